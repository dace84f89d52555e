#include "ColumnMappingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sy {

ColumnMappingDialog::ColumnMappingDialog(const SheetImporter &importer,
                                         const Profile &profile,
                                         const ImportMapping &initial,
                                         QWidget *parent)
    : QDialog(parent)
    , m_importer(importer)
    , m_profile(profile)
    , m_mapping(initial)
{
    setWindowTitle(tr("Match the columns of %1").arg(importer.fileName()));
    setObjectName(QStringLiteral("columnMappingDialog"));
    resize(720, 560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Each column of the spreadsheet is matched to a field of the "
                                    "catalog by its header. Correct the matches that are wrong; "
                                    "columns set to “(ignore)” are not imported. The choice is "
                                    "remembered for spreadsheets with the same headers.")));
    auto *tabs = new QTabWidget;
    layout->addWidget(tabs);

    const QStringList sheets = [&] {
        QStringList names{QString()};
        for (const SheetData &s : importer.sheets())
            names << s.name;
        return names;
    }();
    auto makePage
        = [&](const QString &title, QComboBox **box, QTableWidget **table, const QString &sheet) {
              auto *page = new QWidget;
              auto *v = new QVBoxLayout(page);
              auto *form = new QFormLayout;
              *box = new QComboBox;
              (*box)->addItems(sheets);
              (*box)->setItemText(0, tr("(none)"));
              (*box)->setCurrentIndex(qMax(0, int(sheets.indexOf(sheet))));
              form->addRow(tr("Sheet:"), *box);
              v->addLayout(form);
              *table = new QTableWidget(0, 2);
              (*table)->setHorizontalHeaderLabels(
                  {tr("Column in the spreadsheet"), tr("Field in the catalog")});
              (*table)->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
              (*table)->verticalHeader()->hide();
              v->addWidget(*table);
              tabs->addTab(page, title);
          };
    makePage(tr("Resources"), &m_resourceSheet, &m_resourceTable, initial.resourceSheet);
    makePage(tr("Information items"), &m_itemSheet, &m_itemTable, initial.itemSheet);
    m_resourceSheet->setObjectName(QStringLiteral("resourceSheetComboBox"));
    m_itemSheet->setObjectName(QStringLiteral("itemSheetComboBox"));
    m_resourceTable->setObjectName(QStringLiteral("resourceColumnsTableWidget"));
    m_itemTable->setObjectName(QStringLiteral("itemColumnsTableWidget"));
    fillTable(m_resourceTable, initial.resourceSheet, initial.resourceHeaderRow,
              QStringLiteral("resource"), initial.resourceColumns);
    fillTable(m_itemTable, initial.itemSheet, initial.itemHeaderRow, QStringLiteral("item"),
              initial.itemColumns);
    connect(m_resourceSheet, &QComboBox::currentIndexChanged, this,
            [this] { fillSheet(m_resourceSheet, m_resourceTable, QStringLiteral("resource")); });
    connect(m_itemSheet, &QComboBox::currentIndexChanged, this,
            [this] { fillSheet(m_itemSheet, m_itemTable, QStringLiteral("item")); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ColumnMappingDialog::fillSheet(QComboBox *sheetBox, QTableWidget *table, const QString &entity)
{
    const QString sheet = sheetBox->currentIndex() > 0 ? sheetBox->currentText() : QString();
    // Headers of a newly chosen sheet are matched automatically, row 1 being the header.
    QHash<QString, QString> columns;
    const ImportMapping automatic = m_importer.autoMapping();
    const QHash<QString, QString> &guess
        = entity == QLatin1String("resource") ? automatic.resourceColumns : automatic.itemColumns;
    for (const QString &h : m_importer.headers(sheet, 0))
        columns.insert(h, guess.value(h));
    fillTable(table, sheet, 0, entity, columns);
    if (entity == QLatin1String("resource"))
        m_mapping.resourceHeaderRow = 0;
    else
        m_mapping.itemHeaderRow = 0;
}

void ColumnMappingDialog::fillTable(QTableWidget *table,
                                    const QString &sheet,
                                    int headerRow,
                                    const QString &entity,
                                    const QHash<QString, QString> &columns)
{
    table->setRowCount(0);
    const QStringList headers = m_importer.headers(sheet, headerRow);
    const EntityDef *def = m_profile.entity(entity);
    for (const QString &h : headers) {
        if (h.trimmed().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        auto *item = new QTableWidgetItem(h);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        table->setItem(row, 0, item);
        auto *box = new QComboBox;
        box->addItem(tr("(ignore)"), QString());
        if (entity == QLatin1String("resource")) {
            box->addItem(tr("Resource identifier (uuid)"),
                         QString::fromLatin1(SheetImporter::uuidKey));
        } else {
            box->addItem(tr("Resource code (link)"),
                         QString::fromLatin1(SheetImporter::resourceCodeKey));
            box->addItem(tr("Resource name (link)"),
                         QString::fromLatin1(SheetImporter::resourceNameKey));
        }
        if (def) {
            for (const FieldDef &f : def->fields)
                box->addItem(f.label.text(), f.key);
        }
        box->setCurrentIndex(qMax(0, box->findData(columns.value(h))));
        table->setCellWidget(row, 1, box);
    }
}

QHash<QString, QString> ColumnMappingDialog::read(const QTableWidget *table)
{
    QHash<QString, QString> columns;
    for (int r = 0; r < table->rowCount(); ++r) {
        const auto *box = qobject_cast<QComboBox *>(table->cellWidget(r, 1));
        columns.insert(table->item(r, 0)->text(), box ? box->currentData().toString() : QString());
    }
    return columns;
}

ImportMapping ColumnMappingDialog::mapping() const
{
    ImportMapping m = m_mapping;
    m.resourceSheet
        = m_resourceSheet->currentIndex() > 0 ? m_resourceSheet->currentText() : QString();
    m.itemSheet = m_itemSheet->currentIndex() > 0 ? m_itemSheet->currentText() : QString();
    m.resourceColumns = read(m_resourceTable);
    m.itemColumns = read(m_itemTable);
    return m;
}

} // namespace sy

#include "ImportProblemsDialog.h"

#include "Dialogs.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sy {

ImportProblemsDialog::ImportProblemsDialog(const QList<ImportProblem> &problems,
                                           int rows,
                                           int resources,
                                           QWidget *parent)
    : QDialog(parent)
    , m_problems(problems)
{
    setObjectName(QStringLiteral("importProblemsDialog"));
    setWindowTitle(tr("Check of the Spreadsheet"));
    resize(820, 480);
    auto *layout = new QVBoxLayout(this);
    int errors = 0;
    for (const ImportProblem &p : problems)
        errors += p.severity == Severity::Error;
    layout->addWidget(
        new QLabel(tr("%1 rows read, %2 resources recognised, %3 problems (%4 errors). "
                      "Rows with errors are left out of the import.")
                       .arg(rows)
                       .arg(resources)
                       .arg(problems.size())
                       .arg(errors)));
    auto *table = new QTableWidget(int(problems.size()), 4);
    table->setObjectName(QStringLiteral("importProblemsTableWidget"));
    table->setHorizontalHeaderLabels({tr("Sheet"), tr("Row"), tr("Column"), tr("Problem")});
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < problems.size(); ++i) {
        const ImportProblem &p = problems.at(i);
        table->setItem(i, 0, new QTableWidgetItem(p.sheet));
        table->setItem(i, 1, new QTableWidgetItem(p.row ? QString::number(p.row) : QString()));
        table->setItem(i, 2, new QTableWidgetItem(p.column));
        auto *message = new QTableWidgetItem(p.message);
        if (p.severity == Severity::Error)
            message->setForeground(QBrush(Qt::red));
        table->setItem(i, 3, message);
    }
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *next = buttons->addButton(tr("Continue to the Merge"), QDialogButtonBox::AcceptRole);
    next->setObjectName(QStringLiteral("continueImportButton"));
    auto *save = buttons->addButton(tr("Save Report as XLSX…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveProblemsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path
            = Dialogs::getSaveFileName(this, tr("Save Report"), tr("Excel workbook (*.xlsx)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!SheetImporter::saveProblems(m_problems, path, &error))
            Dialogs::warning(this, tr("Save Report"), error);
    });
    layout->addWidget(buttons);
}

} // namespace sy

#include "NewCatalogDialog.h"

#include "Dialogs.h"
#include "model/Uscc.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>

namespace sy {

NewCatalogDialog::NewCatalogDialog(std::shared_ptr<const Profile> profile,
                                   const QString &directory,
                                   QWidget *parent)
    : QDialog(parent)
    , m_profile(std::move(profile))
    , m_directory(directory)
{
    setObjectName(QStringLiteral("newCatalogDialog"));
    setWindowTitle(tr("New Catalog"));
    auto *form = new QFormLayout;
    auto *intro
        = new QLabel(tr("A catalog file holds one department's public data resource catalog. "
                        "Every change is saved at once."),
                     this);
    intro->setWordWrap(true);

    m_department = new QLineEdit(this);
    m_department->setObjectName(QStringLiteral("departmentLineEdit"));
    m_department->setPlaceholderText(
        tr("e.g. Guangdong Provincial Administration for Market Regulation"));
    form->addRow(tr("&Department:"), m_department);

    m_uscc = new QLineEdit(this);
    m_uscc->setObjectName(QStringLiteral("usccLineEdit"));
    m_uscc->setMaxLength(18);
    m_uscc->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{0,18}")), m_uscc));
    m_uscc->setPlaceholderText(tr("18 characters"));
    m_uscc->setToolTip(tr("The department's unified social credit code (GB 32100)"));
    form->addRow(tr("Unified social credit &code:"), m_uscc);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionComboBox"));
    m_region->addItem(QString(), QString());
    if (const Vocabulary *v
        = m_profile ? m_profile->vocabulary(QStringLiteral("region")) : nullptr) {
        for (const VocabularyItem &item : v->items)
            m_region->addItem(QStringLiteral("%1 %2").arg(item.code, item.label.text()), item.code);
    }
    // Guangdong is the default profile's home.
    const int gd = m_region->findData(QStringLiteral("440000"));
    if (gd > 0)
        m_region->setCurrentIndex(gd);
    form->addRow(tr("&Region:"), m_region);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("catalogNameLineEdit"));
    form->addRow(tr("Catalog &name:"), m_name);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    auto *browse = new QToolButton(this);
    browse->setObjectName(QStringLiteral("browseToolButton"));
    browse->setText(tr("Browse…"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color:#c0392b"));
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_department, &QLineEdit::textEdited, this, &NewCatalogDialog::departmentEdited);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileTouched = true; });
    for (QLineEdit *e : {m_department, m_uscc, m_name, m_file})
        connect(e, &QLineEdit::textChanged, this, &NewCatalogDialog::validate);
    connect(m_region, &QComboBox::currentIndexChanged, this, &NewCatalogDialog::validate);
    connect(browse, &QToolButton::clicked, this, &NewCatalogDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isComplete())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
    validate();
}

void NewCatalogDialog::departmentEdited(const QString &text)
{
    // Suggest the usual catalog title and a file name until the clerk types their own.
    const QString department = text.trimmed();
    if (!m_nameTouched)
        m_name->setText(department.isEmpty()
                            ? QString()
                            : tr("%1 Public Data Resource Catalog").arg(department));
    if (!m_fileTouched) {
        m_file->setText(department.isEmpty()
                            ? QString()
                            : QDir(m_directory).filePath(department + QStringLiteral(".sycat")));
    }
}

void NewCatalogDialog::browse()
{
    QString path = Dialogs::getSaveFileName(this, tr("New Catalog"),
                                            tr("Shuyuan catalogs (*.sycat)"), filePath());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".sycat"), Qt::CaseInsensitive))
        path += QStringLiteral(".sycat");
    m_fileTouched = true;
    m_file->setText(QDir::toNativeSeparators(path));
}

QString NewCatalogDialog::problem() const
{
    if (m_department->text().trimmed().isEmpty())
        return tr("Enter the department's name.");
    const QString code = m_uscc->text().trimmed().toUpper();
    switch (uscc::check(code)) {
    case uscc::Problem::None:
    case uscc::Problem::OrgCodeCheck:
        break;
    case uscc::Problem::Empty:
        return tr("Enter the department's unified social credit code.");
    case uscc::Problem::Length:
        return tr("The unified social credit code has %1 characters; it needs 18.")
            .arg(code.size());
    case uscc::Problem::Charset:
        return tr("The unified social credit code contains characters that are not allowed.");
    case uscc::Problem::CheckChar:
        return tr("The unified social credit code's last character should be %1: check for a typo.")
            .arg(uscc::checkCharacter(code.left(17)));
    }
    if (m_region->currentData().toString().isEmpty())
        return tr("Choose the region.");
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the catalog's name.");
    const QString path = filePath();
    if (path.isEmpty())
        return tr("Choose the file to create.");
    const QFileInfo info(path);
    if (info.exists())
        return tr("\"%1\" already exists: choose another file name.").arg(info.fileName());
    if (!info.absoluteDir().exists())
        return tr("The folder \"%1\" does not exist.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

void NewCatalogDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

CatalogMeta NewCatalogDialog::meta() const
{
    CatalogMeta m;
    m.name = m_name->text().trimmed();
    m.department = m_department->text().trimmed();
    m.uscc = m_uscc->text().trimmed().toUpper();
    m.region = m_region->currentData().toString();
    if (m_profile) {
        m.profileId = m_profile->id();
        m.profileVersion = m_profile->version();
    }
    return m;
}

QString NewCatalogDialog::filePath() const
{
    QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".sycat"), Qt::CaseInsensitive))
        path += QStringLiteral(".sycat");
    return path;
}

} // namespace sy

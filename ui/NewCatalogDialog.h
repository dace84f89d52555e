#pragma once

#include "model/CatalogMeta.h"
#include "model/Profile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sy {

// "New catalog": the four facts a catalog starts from (department, its USCC checked with
// GB 32100, its region from the profile's region vocabulary, the catalog's name) and the file
// to create. OK stays disabled until everything is valid; the reason is shown below.
class NewCatalogDialog : public QDialog
{
    Q_OBJECT

public:
    NewCatalogDialog(std::shared_ptr<const Profile> profile,
                     const QString &directory,
                     QWidget *parent = nullptr);

    CatalogMeta meta() const;
    QString filePath() const;
    bool isComplete() const { return problem().isEmpty(); }
    QString problem() const; // translated; empty when OK may be pressed

private:
    void validate();
    void browse();
    void departmentEdited(const QString &text);

    std::shared_ptr<const Profile> m_profile;
    QString m_directory;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_uscc = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_nameTouched = false;
    bool m_fileTouched = false;
};

} // namespace sy

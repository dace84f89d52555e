#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace sy {

// Preferences: the program's language (applied at once) and the clerk's name that every change
// writes into the catalog's audit log.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QString language() const; // "", "zh_CN" or "en"
    QString userName() const;
    void setLanguage(const QString &language);
    void setUserName(const QString &name);

private:
    QComboBox *m_language = nullptr;
    QLineEdit *m_user = nullptr;
};

} // namespace sy

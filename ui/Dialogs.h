#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace sy {

// Every modal question the GUI asks goes through here, so that GUI tests can answer it in
// advance instead of blocking in a nested event loop (KeePassXC's MessageBox/FileDialog seams).
// Each "next" answer is used once; without one, the real dialog is shown.
class Dialogs
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString getSaveFileName(QWidget *parent,
                                   const QString &caption,
                                   const QString &filter,
                                   const QString &suggestedName = {});
    static QMessageBox::StandardButton
    question(QWidget *parent,
             const QString &title,
             const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    // Runs a dialog modally; returns QDialog::Accepted or Rejected.
    static int exec(QDialog *dialog);

    // --- Test seams ---------------------------------------------------------------------------
    static void setNextFileName(const QString &fileName); // "" = the user cancelled
    // The answers of the next several file dialogs, in order (open a package, then save as...).
    static void setNextFileNames(const QStringList &fileNames);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Called instead of QDialog::exec(): fill the dialog's widgets and return Accepted/Rejected.
    static void setNextDialogHandler(std::function<int(QDialog *)> handler);
    // Messages shown by warning()/information() while a test seam is active (test mode), newest
    // last; the test reads and clears them.
    static void setTestMode(bool on);
    static QStringList &shownMessages();
    static void reset();
};

} // namespace sy

#include "Dialogs.h"

#include <QDialog>
#include <QFileDialog>

#include <optional>

namespace sy {

namespace {

struct Seams
{
    QStringList fileNames; // the answers of the next file dialogs, in order
    std::optional<QMessageBox::StandardButton> answer;
    std::function<int(QDialog *)> dialogHandler;
    bool testMode = false;
    QStringList messages;
};

Seams &seams()
{
    static Seams s;
    return s;
}

std::optional<QString> takeFileName()
{
    if (seams().fileNames.isEmpty())
        return std::nullopt;
    return seams().fileNames.takeFirst();
}

template<typename T> std::optional<T> takeOnce(std::optional<T> &slot)
{
    std::optional<T> value = slot;
    slot.reset();
    return value;
}

} // namespace

QString Dialogs::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (auto next = takeFileName())
        return *next;
    if (seams().testMode)
        return {};
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString Dialogs::getSaveFileName(QWidget *parent,
                                 const QString &caption,
                                 const QString &filter,
                                 const QString &suggestedName)
{
    if (auto next = takeFileName())
        return *next;
    if (seams().testMode)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, suggestedName, filter);
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent,
                                              const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    if (auto next = takeOnce(seams().answer))
        return *next;
    if (seams().testMode) {
        seams().messages << text;
        return defaultButton;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (seams().testMode) {
        seams().messages << text;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    if (seams().testMode) {
        seams().messages << text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

int Dialogs::exec(QDialog *dialog)
{
    if (seams().dialogHandler) {
        auto handler = std::move(seams().dialogHandler);
        seams().dialogHandler = nullptr;
        return handler(dialog);
    }
    if (seams().testMode)
        return QDialog::Rejected;
    return dialog->exec();
}

void Dialogs::setNextFileName(const QString &fileName)
{
    seams().fileNames = QStringList{fileName};
}

void Dialogs::setNextFileNames(const QStringList &fileNames)
{
    seams().fileNames = fileNames;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    seams().answer = answer;
}

void Dialogs::setNextDialogHandler(std::function<int(QDialog *)> handler)
{
    seams().dialogHandler = std::move(handler);
}

void Dialogs::setTestMode(bool on)
{
    seams().testMode = on;
}

QStringList &Dialogs::shownMessages()
{
    return seams().messages;
}

void Dialogs::reset()
{
    seams() = Seams();
}

} // namespace sy

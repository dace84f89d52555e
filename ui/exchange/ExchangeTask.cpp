#include "ExchangeTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace sy {

ExchangeTask::Result ExchangeTask::run(QWidget *parent, const QString &title, const Job &job)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    ExchangeTask relay; // lives on the GUI thread; the worker emits through it (queued)
    QProgressDialog dialog(title, tr("Cancel"), 0, 100, parent);
    dialog.setObjectName(QStringLiteral("exchangeProgressDialog"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);

    Result result;
    QEventLoop loop;
    connect(&relay, &ExchangeTask::progressed, &dialog,
            [&dialog](int percent, const QString &step) {
                dialog.setValue(qBound(0, percent, 99));
                dialog.setLabelText(step);
            });
    connect(&relay, &ExchangeTask::finished, &loop, [&](bool ok, const QString &error) {
        result.ok = ok;
        result.error = error;
        loop.quit();
    });
    connect(&dialog, &QProgressDialog::canceled, &dialog, [cancel, &dialog] {
        cancel->store(true);
        dialog.setLabelText(tr("Cancelling…"));
    });

    QThread *thread = QThread::create([&relay, job, cancel] {
        ExchangeProgress progress;
        progress.report = [&relay](int percent, const QString &step) {
            emit relay.progressed(percent, step);
        };
        progress.cancelled = [cancel] {
            return cancel->load();
        };
        QString error;
        const bool ok = job(progress, &error);
        emit relay.finished(ok, error);
    });
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    result.cancelled = cancel->load() && !result.ok;
    dialog.close();
    return result;
}

} // namespace sy

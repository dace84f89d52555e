#pragma once

#include "exchange/PackageWriter.h"

#include <QObject>

#include <atomic>
#include <functional>

class QWidget;

namespace sy {

// Runs one long exchange job (export, import, merge) on a worker thread while a modal progress
// dialog with Cancel shows its steps. The job gets an ExchangeProgress whose cancelled() turns
// true after Cancel; the job must open its own CatalogStore (one connection per thread) and
// leave the catalog unchanged when cancelled. Returns when the job has finished.
class ExchangeTask : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<bool(const ExchangeProgress &progress, QString *error)>;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
    };

    static Result run(QWidget *parent, const QString &title, const Job &job);

signals:
    void progressed(int percent, const QString &step);
    void finished(bool ok, const QString &error);
};

} // namespace sy

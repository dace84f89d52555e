#pragma once

#include "ResourceRowReader.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace sy {

// Runs ResourceRowReader on a worker thread and hands its rows to the calling thread in
// batches, so that parsing catalog.json and writing SQLite use both cores of an import instead of
// taking turns on one. Rows keep pointing into the package text; the few strings that had
// escapes are copied into their batch.
class ResourceRowQueue
{
public:
    struct Batch
    {
        std::vector<BulkResourceRow> rows;
        std::vector<QList<BulkItemRow>> items;
        std::deque<QByteArray> owned; // decoded strings the rows point into
    };

    ResourceRowQueue(QByteArrayView resources, const QHash<QString, qint64> &officeIds);
    ~ResourceRowQueue(); // stops and joins the worker
    ResourceRowQueue(const ResourceRowQueue &) = delete;
    ResourceRowQueue &operator=(const ResourceRowQueue &) = delete;

    // The next batch; false when the rows are all read or reading failed (see errorString()).
    bool next(Batch *batch);
    // Tells the worker to stop early (the writer failed or was cancelled).
    void stop();
    QString errorString() const;

private:
    void run(QByteArrayView resources, const QHash<QString, qint64> &officeIds);
    bool push(Batch &&batch);

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
    QString m_error;
    std::thread m_worker;
};

} // namespace sy

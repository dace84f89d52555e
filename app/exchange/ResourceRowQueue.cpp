#include "ResourceRowQueue.h"

namespace sy {

namespace {

constexpr size_t batchRows = 256; // resources per hand-over
constexpr size_t maxQueued = 8;   // batches ahead of the writer; bounds the memory in flight

// A view into the package text stays valid for the whole import; anything else (a string the
// reader decoded) is copied into the batch.
QByteArrayView keep(QByteArrayView view, QByteArrayView text, std::deque<QByteArray> *owned)
{
    if (view.isEmpty() || (view.data() >= text.data() && view.data() < text.data() + text.size()))
        return view;
    owned->emplace_back(view.toByteArray());
    return owned->back();
}

} // namespace

ResourceRowQueue::ResourceRowQueue(QByteArrayView resources,
                                   const QHash<QString, qint64> &officeIds)
    : m_worker([this, resources, officeIds] { run(resources, officeIds); })
{
}

ResourceRowQueue::~ResourceRowQueue()
{
    stop();
    m_worker.join();
}

void ResourceRowQueue::run(QByteArrayView text, const QHash<QString, qint64> &officeIds)
{
    Batch batch;
    auto sink = [&](const BulkResourceRow &row, const QList<BulkItemRow> &items, QString *error) {
        BulkResourceRow r = row;
        for (QByteArrayView *v : {&r.uuid, &r.code, &r.name, &r.summary, &r.grade, &r.sharing,
                                  &r.opening, &r.updateCycle, &r.format, &r.status, &r.created,
                                  &r.modified, &r.attrs})
            *v = keep(*v, text, &batch.owned);
        QList<BulkItemRow> copies = items;
        for (BulkItemRow &i : copies) {
            for (QByteArrayView *v : {&i.uuid, &i.name, &i.dataType, &i.attrs})
                *v = keep(*v, text, &batch.owned);
        }
        batch.rows.push_back(r);
        batch.items.push_back(std::move(copies));
        if (batch.rows.size() < batchRows)
            return true;
        if (!push(std::move(batch))) {
            *error = QString(); // stopped by the writer, which has its own message
            return false;
        }
        batch = Batch();
        return true;
    };
    QString error;
    const bool ok = ResourceRowReader::read(text, officeIds, sink, &error)
                    && (batch.rows.empty() || push(std::move(batch)));
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!ok)
        m_error = error;
    m_finished = true;
    m_changed.notify_all();
}

bool ResourceRowQueue::push(Batch &&batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_batches.size() < maxQueued; });
    if (m_stopped)
        return false;
    m_batches.push_back(std::move(batch));
    m_changed.notify_all();
    return true;
}

bool ResourceRowQueue::next(Batch *batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
    if (m_batches.empty())
        return false;
    *batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.notify_all();
    return true;
}

void ResourceRowQueue::stop()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}

QString ResourceRowQueue::errorString() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

} // namespace sy

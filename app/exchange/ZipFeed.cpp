#include "ZipFeed.h"

namespace sy {

ZipFeed::ZipFeed(ZipWriter *zip)
    : m_zip(zip)
{
    m_thread = std::thread([this] { run(); });
}

ZipFeed::~ZipFeed()
{
    abandon();
}

int ZipFeed::reserve(const QString &path)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_entries.push_back({path, QByteArray(), false});
    return int(m_entries.size()) - 1;
}

void ZipFeed::fill(int place, QByteArray data)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        Entry &e = m_entries.at(size_t(place));
        e.data = std::move(data);
        e.ready = true;
    }
    m_changed.notify_all();
}

void ZipFeed::add(const QString &path, QByteArray data)
{
    fill(reserve(path), std::move(data));
}

void ZipFeed::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] {
            return m_abandoned || (m_next < m_entries.size() && m_entries[m_next].ready)
                   || (m_closed && m_next == m_entries.size());
        });
        if (m_abandoned || m_next == m_entries.size())
            return;
        Entry &e = m_entries[m_next];
        const QString path = e.path;
        const QByteArray data = std::move(e.data); // let go of once written
        lock.unlock();
        const bool written = m_zip->addFile(path, data);
        lock.lock();
        if (!written) {
            m_failed = true;
            m_error = m_zip->errorString();
            m_changed.notify_all();
            return;
        }
        ++m_next;
        m_changed.notify_all();
    }
}

bool ZipFeed::finish(QString *error)
{
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_failed || m_next == m_entries.size(); });
        if (m_failed && error)
            *error = m_error;
    }
    m_thread.join();
    return !m_failed;
}

void ZipFeed::abandon()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_abandoned = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

} // namespace sy

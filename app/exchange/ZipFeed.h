#pragma once

#include "ZipWriter.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace sy {

// Compresses a package's files into an open ZipWriter on a thread of its own while they are
// still being made: each file is written as soon as it and every file before it are ready, in
// the order they were announced, and its bytes are let go once written. libarchive deflates on
// one core; fed this way it works beside the writers of the larger files instead of after all
// of them, which was a third of an export of 100k resources.
//
// Announce files with reserve() (made later, by any thread, then fill()) or add() (ready now),
// then call finish(). abandon(), or destroying the feed without finish(), stops the thread and
// leaves the zip to be cancelled by its owner.
class ZipFeed
{
public:
    explicit ZipFeed(ZipWriter *zip);
    ~ZipFeed();
    ZipFeed(const ZipFeed &) = delete;
    ZipFeed &operator=(const ZipFeed &) = delete;

    int reserve(const QString &path); // the file's place in the zip, to fill() later
    void fill(int place, QByteArray data);
    void add(const QString &path, QByteArray data);
    // After the last file: waits until everything is written. False, with the zip's message,
    // when a file could not be written (a full disk).
    bool finish(QString *error);
    void abandon();

private:
    struct Entry
    {
        QString path;
        QByteArray data;
        bool ready = false;
    };

    void run();

    ZipWriter *m_zip;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Entry> m_entries;
    size_t m_next = 0; // the first entry not yet written
    bool m_closed = false;
    bool m_abandoned = false;
    bool m_failed = false;
    QString m_error;
    std::thread m_thread;
};

} // namespace sy

#include "ParallelHash.h"

#include <QCryptographicHash>

#include <atomic>
#include <thread>
#include <vector>

namespace sy {

QStringList sha256All(const QList<QByteArray> &buffers)
{
    QStringList out(buffers.size());
    std::atomic<int> next{0};
    auto work = [&] {
        for (int i = next++; i < buffers.size(); i = next++)
            out[i] = QString::fromLatin1(
                QCryptographicHash::hash(buffers.at(i), QCryptographicHash::Sha256).toHex());
    };
    const int threads = qBound(1, int(std::thread::hardware_concurrency()), 8);
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && t < buffers.size(); ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    return out;
}

} // namespace sy

#include "ParallelHash.h"

#include <QCryptographicHash>

#ifdef SHUYUAN_HAVE_LIBCRYPTO
#include <openssl/evp.h>
#endif

#include <atomic>
#include <thread>
#include <vector>

namespace sy {

QString sha256Hex(QByteArrayView data)
{
#ifdef SHUYUAN_HAVE_LIBCRYPTO
    // OpenSSL uses the CPU's SHA extensions where they exist: several times the speed of Qt 6.4's
    // portable SHA-256, on the gigabyte that a large package is hashed over on export and again
    // on import.
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr) == 1)
        return QString::fromLatin1(
            QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex());
#endif
    return QString::fromLatin1(
        QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QStringList sha256All(const QList<QByteArray> &buffers)
{
    QStringList out(buffers.size());
    std::atomic<int> next{0};
    auto work = [&] {
        for (int i = next++; i < buffers.size(); i = next++)
            out[i] = sha256Hex(buffers.at(i));
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

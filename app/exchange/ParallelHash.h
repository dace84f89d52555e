#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace sy {

// SHA-256 (hex) of several buffers at once, one worker thread per core: hashing a 1 GB package
// is the largest single cost of export and import after compression.
QStringList sha256All(const QList<QByteArray> &buffers);
// SHA-256 (hex) of one buffer, on the calling thread.
QString sha256Hex(QByteArrayView data);

} // namespace sy

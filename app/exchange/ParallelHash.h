#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sy {

// SHA-256 (hex) of several buffers at once, one worker thread per core: hashing a 1 GB package
// is the largest single cost of export and import after compression.
QStringList sha256All(const QList<QByteArray> &buffers);

} // namespace sy

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace sy {

// A data resource (数据资源 / 信息资源) of the catalog. The members are the fields that are
// queried, filtered or charted and therefore real indexed columns of the store; every other
// profile field lives in `attrs` under its profile key. Codes are vocabulary codes of the
// profile (e.g. sharing "1" = 无条件共享), never display labels.
struct Resource
{
    qint64 id = 0;
    QString uuid;
    qint64 officeId = 0;
    QString code;        // 信息资源代码, classification + "/" + sequence
    QString name;        // 信息资源名称
    QString summary;     // 信息资源摘要
    QString grade;       // vocabulary "grade": core, important, g4, g3, g2, g1
    bool secret = false; // 涉密
    QString sharing;     // vocabulary "sharing": 1, 2, 3
    QString opening;     // vocabulary "opening": 1, 2, 3
    QString updateCycle; // vocabulary "update_cycle"
    QString format;      // vocabulary "format"
    QString status;      // vocabulary "resource_status": draft, published, withdrawn
    qint64 records = 0;  // 结构化记录数 (条)
    qint64 bytes = 0;    // 存储量
    QDateTime created;
    QDateTime modified;
    QJsonObject attrs;

    // Profile field access by key. Column keys are listed by columnKeys(); "office" maps to
    // officeId. Any other key reads or writes attrs.
    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);
    static QStringList columnKeys();
    static bool isColumnKey(const QString &key);

    // The columns in the order of columnKeys(), for callers that read many resources' columns
    // without naming them each time (the validation pass).
    enum Column {
        Code,
        Name,
        Office,
        Summary,
        Grade,
        Secret,
        Sharing,
        Opening,
        UpdateCycle,
        Format,
        Status,
        Records,
        Bytes,
        ColumnCount
    };
    static int columnOf(const QString &key); // -1 for a key of attrs
    QVariant columnValue(int column) const;
};

} // namespace sy

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sy {

// The catalog's own header: which department it describes and which profile it follows.
struct CatalogMeta
{
    QString uuid;
    QString name;       // e.g. 广东省市场监督管理局公共数据资源目录
    QString department; // 数据资源提供方 (the department)
    QString uscc;       // the department's 统一社会信用代码
    QString region;     // GB/T 2260 code, e.g. 440000
    QString profileId;
    QString profileVersion;
    QDateTime created;
    QDateTime modified;
    QJsonObject attrs; // other department fields of the profile (contact, phone, ...)
};

} // namespace sy

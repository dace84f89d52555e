#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace sy {

// An information item (信息项): one field/column of a data resource, ordered by position.
struct InfoItem
{
    qint64 id = 0;
    QString uuid;
    qint64 resourceId = 0;
    int position = 0;  // 0-based order within the resource
    QString name;      // 信息项名称 (business name)
    QString dataType;  // vocabulary "item_type": C N Y D T L M G B I F
    int length = 0;    // 数据长度; 0 = not given
    QJsonObject attrs; // tech_name, authoritative, data_element, sensitive, ...

    // Column keys: name, data_type, length. Others read/write attrs.
    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);
    static QStringList columnKeys();
};

} // namespace sy

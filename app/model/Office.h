#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace sy {

// An internal office (内设机构) of the department; parentId 0 means a top-level office.
struct Office
{
    qint64 id = 0;
    QString uuid;
    qint64 parentId = 0;
    QString code;
    QString name;
    int position = 0;
    QJsonObject attrs;

    // Profile field access; column keys: code, name, parent.
    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);
    static QStringList columnKeys();
};

} // namespace sy

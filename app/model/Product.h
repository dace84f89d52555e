#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace sy {

// A data product or service (数据产品和服务) built on the catalog's resources.
struct Product
{
    qint64 id = 0;
    QString uuid;
    qint64 officeId = 0;
    QString code;
    QString name;
    QJsonObject attrs; // scenarios, service_mode, source_resources, price_kind, price, ...

    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);
};

} // namespace sy

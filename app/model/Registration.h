#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace sy {

// A registration (登记) of a resource or of a product/service. The workflow (draft → ready →
// submitted → accepted / returned) and its history belong to the registration layer; the store
// only keeps the row.
struct Registration
{
    qint64 id = 0;
    QString uuid;
    QString regType;    // vocabulary "registration_type": 1 首次, 2 变更, 3 更正, 4 注销
    QString objectType; // vocabulary "object_type": 1 data resource, 2 product/service
    QString objectUuid; // uuid of the resource or product registered
    QString status;     // vocabulary "registration_status"
    QString formNumber;
    QDateTime created;
    QDateTime modified;
    QJsonObject attrs; // the profile's registration fields, history, diff, ...

    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);
};

} // namespace sy

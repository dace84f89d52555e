#pragma once

#include "AuditEntry.h"
#include "model/InfoItem.h"
#include "model/Office.h"
#include "model/Product.h"
#include "model/Registration.h"
#include "model/Resource.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

// Mapping between table rows and value types, shared by CatalogStore and BulkWriter so that the
// column order is written down once.
namespace sy::rows {

// Qt SQL binds a null QString as SQL NULL; text columns are NOT NULL, so bind "" instead.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A foreign key that may be absent: ids are positive, 0 means "none" and binds as SQL NULL.
QVariant nullableId(qint64 id);

QString timeText(const QDateTime &time);      // ISO 8601 UTC with milliseconds
QDateTime timeFromText(const QString &text);
QString jsonText(const QJsonObject &object);  // compact JSON
QJsonObject jsonObject(const QVariant &value);

QString officeColumns();
Office office(const QSqlQuery &q);

QString resourceColumns(); // prefixed with "r."
Resource resource(const QSqlQuery &q);
QString insertResourceSql();
void bindResource(QSqlQuery &q, const Resource &r);

QString itemColumns();
InfoItem item(const QSqlQuery &q);
QString insertItemSql();
void bindItem(QSqlQuery &q, const InfoItem &i);

QString productColumns();
Product product(const QSqlQuery &q);

QString registrationColumns();
Registration registration(const QSqlQuery &q);

AuditEntry auditEntry(const QSqlQuery &q);

} // namespace sy::rows

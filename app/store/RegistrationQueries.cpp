#include "RegistrationQueries.h"

#include "CatalogStore.h"
#include "SqlRows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sy {

RegistrationQueries::RegistrationQueries(const CatalogStore &store)
    : m_store(store)
{
}

QList<LedgerRow> RegistrationQueries::ledger(const QList<qint64> &officeIds)
{
    QList<LedgerRow> out;
    QString where;
    if (!officeIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : officeIds)
            ids << QString::number(id);
        where = QStringLiteral(" WHERE r.office_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    // Correlated look-ups ride on the registrations_object index: a few µs per resource.
    const QString sql
        = QStringLiteral(
              "SELECT r.id, r.uuid, r.code, r.name, coalesce(r.office_id, 0), "
              "       g.id, g.reg_type, g.status, g.form_number, "
              "       json_extract(g.attrs, '$.submitted_date'), "
              "       a.accepted, a.valid_until, a.renewal_due "
              "FROM resources r "
              "LEFT JOIN registrations g ON g.id = (SELECT max(x.id) FROM registrations x "
              "                                     WHERE x.object_uuid = r.uuid) "
              "LEFT JOIN (SELECT y.object_uuid AS ou, json_extract(y.attrs, '$.accepted_date') AS "
              "accepted, "
              "                  json_extract(y.attrs, '$.valid_until') AS valid_until, "
              "                  json_extract(y.attrs, '$.renewal_due') AS renewal_due, "
              "                  row_number() OVER (PARTITION BY y.object_uuid ORDER BY y.id DESC) "
              "AS rn "
              "           FROM registrations y WHERE y.status = 'accepted') a "
              "       ON a.ou = r.uuid AND a.rn = 1"
              "%1 ORDER BY r.code, r.id")
              .arg(where);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        m_error = tr("Cannot read the registration ledger: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next()) {
        LedgerRow row;
        row.resourceId = q.value(0).toLongLong();
        row.resourceUuid = q.value(1).toString();
        row.code = q.value(2).toString();
        row.name = q.value(3).toString();
        row.officeId = q.value(4).toLongLong();
        row.registrationId = q.value(5).toLongLong();
        row.regType = q.value(6).toString();
        row.status = q.value(7).toString();
        row.formNumber = q.value(8).toString();
        row.submitted = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        row.accepted = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        row.validUntil = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        row.renewalDue = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        out << row;
    }
    return out;
}

QList<Registration> RegistrationQueries::registrationsOf(const QString &objectUuid)
{
    QList<Registration> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM registrations WHERE object_uuid = ? ORDER BY id DESC")
                  .arg(rows::registrationColumns()));
    q.addBindValue(objectUuid);
    if (!q.exec()) {
        m_error = tr("Cannot read registrations: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out << rows::registration(q);
    return out;
}

std::optional<Registration> RegistrationQueries::lastAccepted(const QString &objectUuid)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM registrations WHERE object_uuid = ? AND status = "
                             "'accepted' ORDER BY id DESC LIMIT 1")
                  .arg(rows::registrationColumns()));
    q.addBindValue(objectUuid);
    if (!q.exec()) {
        m_error = tr("Cannot read registrations: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return rows::registration(q);
}

int RegistrationQueries::maxFormSequence(const QString &prefix)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT form_number FROM registrations WHERE substr(form_number, 1, ?) = ?"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    int max = 0;
    if (!q.exec()) {
        m_error = tr("Cannot read registrations: %1").arg(q.lastError().text());
        return 0;
    }
    while (q.next()) {
        const QString rest = q.value(0).toString().mid(prefix.size());
        QString digits;
        for (QChar c : rest) {
            if (!c.isDigit())
                break;
            digits += c;
        }
        max = qMax(max, digits.toInt());
    }
    return max;
}

} // namespace sy

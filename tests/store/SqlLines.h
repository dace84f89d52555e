#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace sy::test {

// The rows of a query as "a|b|c" lines, to compare whole tables or schemas in one QCOMPARE.
inline QStringList sqlLines(const QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next()) {
        QStringList values;
        for (int c = 0; c < q.record().count(); ++c)
            values << q.value(c).toString();
        out << values.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace sy::test

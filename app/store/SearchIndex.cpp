#include "SearchIndex.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sy {

namespace {

QStringList terms(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.trimmed().split(space, Qt::SkipEmptyParts);
}

// A term as an FTS5 string literal: the whole term is one phrase, so operators typed by the
// clerk (AND, *, quotes) are taken literally.
QString ftsPhrase(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

bool SearchIndex::refresh(QSqlDatabase &db, qint64 resourceId, QString *error)
{
    if (!remove(db, resourceId, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO search_index(rowid, name, summary, items) "
        "SELECT r.id, r.name, r.summary, coalesce((SELECT group_concat(name, ' ') FROM "
        "(SELECT name FROM items WHERE resource_id = r.id ORDER BY position)), '') "
        "FROM resources r WHERE r.id = ?"));
    q.addBindValue(resourceId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool SearchIndex::remove(QSqlDatabase &db, qint64 resourceId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = ?"));
    q.addBindValue(resourceId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

QString SearchIndex::matchSql(const QString &text, QVariantList *binds)
{
    const QStringList all = terms(text);
    if (all.isEmpty())
        return {};
    QStringList longTerms;
    QStringList conditions;
    for (const QString &t : all) {
        if (t.size() >= 3) {
            longTerms << ftsPhrase(t);
        } else {
            conditions << QStringLiteral(
                "(instr(name, ?) > 0 OR instr(summary, ?) > 0 OR instr(items, ?) > 0)");
            *binds << t << t << t;
        }
    }
    if (!longTerms.isEmpty()) {
        conditions.prepend(QStringLiteral("search_index MATCH ?"));
        binds->prepend(longTerms.join(QLatin1Char(' ')));
    }
    return QStringLiteral("SELECT rowid FROM search_index WHERE ")
           + conditions.join(QLatin1String(" AND "));
}

QList<qint64> SearchIndex::search(const QSqlDatabase &db, const QString &text, int limit,
                                  QString *error)
{
    QVariantList binds;
    QString sql = matchSql(text, &binds);
    if (sql.isEmpty())
        return {};
    // Full-text matches come by relevance; substring scans put name hits first.
    const bool fts = sql.contains(QLatin1String("MATCH"));
    if (fts) {
        sql += QStringLiteral(" ORDER BY rank");
    } else {
        sql += QStringLiteral(" ORDER BY instr(name, ?) = 0, rowid");
        binds << terms(text).constFirst();
    }
    sql += QStringLiteral(" LIMIT ?");
    binds << limit;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<qint64> ids;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace sy

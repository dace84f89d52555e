#include "SearchIndex.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>
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
        "SELECT r.id, r.name || '  ', r.summary || '  ', coalesce((SELECT group_concat(name, ' ') "
        "FROM (SELECT name FROM items WHERE resource_id = r.id ORDER BY position)), '') || '  ' "
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

QString SearchIndex::indexed(const QString &text)
{
    return text + QLatin1String("  ");
}

QByteArray SearchIndex::indexed(QByteArray utf8)
{
    return utf8.append("  ");
}

// The trigrams of the index that begin with a one- or two-character term, or nullopt when
// there are so many that a scan is cheaper.
static std::optional<QStringList> trigramsStartingWith(const QSqlDatabase &db, const QString &term)
{
    constexpr int maxTrigrams = 400;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The tokenizer folds case, so the vocabulary holds lower-case trigrams.
    const QString lower = term.toLower();
    q.prepare(QStringLiteral("SELECT term FROM search_vocab WHERE term >= ? AND term < ? LIMIT ?"));
    q.addBindValue(lower);
    q.addBindValue(lower + QChar(0xDBFF) + QChar(0xDFFF)); // above every continuation
    q.addBindValue(maxTrigrams + 1);
    if (!q.exec())
        return std::nullopt;
    QStringList trigrams;
    while (q.next())
        trigrams << q.value(0).toString();
    if (trigrams.size() > maxTrigrams)
        return std::nullopt;
    return trigrams;
}

QString SearchIndex::matchSql(const QSqlDatabase &db, const QString &text, QVariantList *binds)
{
    const QStringList all = terms(text);
    if (all.isEmpty())
        return {};
    QStringList matchParts;
    QStringList conditions;
    QVariantList scanBinds;
    for (const QString &t : all) {
        if (t.size() >= 3) {
            matchParts << ftsPhrase(t);
            continue;
        }
        const std::optional<QStringList> trigrams = trigramsStartingWith(db, t);
        if (trigrams && trigrams->isEmpty())
            return QStringLiteral("SELECT rowid FROM search_index WHERE 0"); // nowhere in the index
        if (trigrams) {
            QStringList phrases;
            for (const QString &trigram : *trigrams)
                phrases << ftsPhrase(trigram);
            matchParts << QLatin1Char('(') + phrases.join(QLatin1String(" OR ")) + QLatin1Char(')');
        } else {
            conditions << QStringLiteral(
                "(instr(name, ?) > 0 OR instr(summary, ?) > 0 OR instr(items, ?) > 0)");
            scanBinds << t << t << t;
        }
    }
    if (!matchParts.isEmpty()) {
        conditions.prepend(QStringLiteral("search_index MATCH ?"));
        *binds << matchParts.join(QLatin1String(" AND "));
    }
    *binds << scanBinds;
    return QStringLiteral("SELECT rowid FROM search_index WHERE ")
           + conditions.join(QLatin1String(" AND "));
}

QList<qint64> SearchIndex::search(const QSqlDatabase &db, const QString &text, int limit,
                                  QString *error)
{
    QVariantList binds;
    QString sql = matchSql(db, text, &binds);
    if (sql.isEmpty())
        return {};
    // No ORDER BY: FTS5 and the instr() scan both stop at LIMIT when they walk in rowid order,
    // while "ORDER BY rank" scores every match first (0.5 s for a term in 80 % of a 100k catalog).
    // Relevance comes from the stable re-ordering below instead.
    sql = QStringLiteral("SELECT rowid, name FROM search_index WHERE rowid IN (%1 LIMIT ?)").arg(sql);
    binds << limit;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    const QStringList all = terms(text);
    QList<qint64> inName;
    QList<qint64> elsewhere;
    while (q.next()) {
        const QString name = q.value(1).toString();
        const bool nameHit = std::all_of(all.begin(), all.end(), [&name](const QString &t) {
            return name.contains(t, Qt::CaseInsensitive);
        });
        (nameHit ? inName : elsewhere) << q.value(0).toLongLong();
    }
    return inName + elsewhere;
}

} // namespace sy

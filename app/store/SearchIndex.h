#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sy {

// The FTS5 trigram index over resource names, summaries and information item names.
// SQLite 3.40's trigram tokenizer cannot match fewer than three characters (and its LIKE is
// wrong for short non-ASCII patterns), so terms of one or two characters are matched with
// instr() over the index's own columns instead.
class SearchIndex
{
public:
    // Rewrites the index row of one resource from the tables (after its name, summary or items
    // changed). Part of the caller's transaction.
    static bool refresh(QSqlDatabase &db, qint64 resourceId, QString *error);
    static bool remove(QSqlDatabase &db, qint64 resourceId, QString *error);

    // SQL fragment selecting matching resource ids, with its bound values appended to `binds`;
    // empty when the text has no terms.
    static QString matchSql(const QString &text, QVariantList *binds);
    // Ids of matching resources, best first.
    static QList<qint64> search(const QSqlDatabase &db, const QString &text, int limit,
                                QString *error);
};

} // namespace sy

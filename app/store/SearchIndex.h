#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sy {

// The FTS5 trigram index over resource names, summaries and information item names.
// SQLite 3.40's trigram tokenizer cannot match fewer than three characters (and its LIKE is
// wrong for short non-ASCII patterns). A term of one or two characters is therefore expanded
// into the trigrams of the index that begin with it (an OR of them finds exactly the rows that
// contain the term); only when that list is very long (a common single character) does the
// search fall back to an instr() scan, which then finds matches early.
class SearchIndex
{
public:
    // Rewrites the index row of one resource from the tables (after its name, summary or items
    // changed). Part of the caller's transaction.
    static bool refresh(QSqlDatabase &db, qint64 resourceId, QString *error);
    static bool remove(QSqlDatabase &db, qint64 resourceId, QString *error);

    // The text as stored in the index: padded so that a term at the very end of a column still
    // begins a trigram.
    static QString indexed(const QString &text);
    // The same for UTF-8 text (the bulk import's rows).
    static QByteArray indexed(QByteArray utf8);

    // SQL fragment selecting matching resource ids, with its bound values appended to `binds`;
    // empty when the text has no terms. Reads the index vocabulary to expand short terms.
    static QString matchSql(const QSqlDatabase &db, const QString &text, QVariantList *binds);
    // Ids of matching resources, best first.
    static QList<qint64> search(const QSqlDatabase &db, const QString &text, int limit,
                                QString *error);
};

} // namespace sy

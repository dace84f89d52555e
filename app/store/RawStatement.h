#pragma once

#include <QByteArrayView>
#include <QString>

#include <sqlite3.h>

class QSqlDatabase;

namespace sy {

// A prepared statement on the sqlite3 handle underneath a QSqlDatabase connection, for the few
// passes over millions of rows where Qt SQL's per-value work (a UTF-16 copy made by SQLite and a
// QVariant for every column of every row) costs more than the checks themselves: the
// catalog-wide validation pass reads two million information items. Text columns are handed out
// as views of SQLite's own UTF-8 buffer, valid until the next step(). Everything else in the
// store goes through QSqlQuery.
class RawStatement
{
public:
    RawStatement(const QSqlDatabase &db, const char *sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorString() const { return m_error; }

    void bind(int index, qint64 value); // 1-based, as in SQLite
    // UTF-8 text, not copied: it must stay valid until the statement has run (bulk inserts).
    void bindText(int index, QByteArrayView utf8);
    void bindNull(int index);
    // Runs a statement that returns no rows and resets it; false on an error.
    bool exec();
    qint64 lastInsertId() const;
    // Advances to the next row; false at the end or on an error (then errorString() is set).
    bool step()
    {
        if (!m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        return rc == SQLITE_ROW || noRow(rc);
    }
    // Back to before the first row, keeping the bindings (to run it again with new ones).
    void reset();

    // Inline: the validation pass calls these ten times for each of two million rows.
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QByteArrayView text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QByteArrayView(data, data ? sqlite3_column_bytes(m_stmt, column) : 0);
    }
    QString string(int column) const { return QString::fromUtf8(text(column)); }

private:
    // After a step that gave no row: records the error if it was one; returns false.
    bool noRow(int rc);
    void setError();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace sy

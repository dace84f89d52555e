#include "RawStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace sy {

RawStatement::RawStatement(const QSqlDatabase &db, const char *sql)
{
    // QSQLITE hands out its connection as a QVariant holding "sqlite3*". It is the system
    // libsqlite3 on Debian, the same library this file links, so the handle is safe to use.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("not a SQLite connection");
        return;
    }
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db) {
        m_error = QStringLiteral("the connection is closed");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        setError();
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

void RawStatement::setError()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
}

void RawStatement::bind(int index, qint64 value)
{
    if (m_stmt && sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        setError();
}

void RawStatement::bindText(int index, QByteArrayView utf8)
{
    // A null view would bind SQL NULL; the store's text columns are NOT NULL.
    const char *data = utf8.data() ? utf8.data() : "";
    if (m_stmt
        && sqlite3_bind_text(m_stmt, index, data, int(utf8.size()), SQLITE_STATIC) != SQLITE_OK)
        setError();
}

void RawStatement::bindNull(int index)
{
    if (m_stmt && sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        setError();
}

bool RawStatement::exec()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        setError();
    sqlite3_reset(m_stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

qint64 RawStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

bool RawStatement::noRow(int rc)
{
    if (rc != SQLITE_DONE)
        setError();
    return false;
}

void RawStatement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

} // namespace sy

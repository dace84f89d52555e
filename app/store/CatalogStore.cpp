#include "CatalogStore.h"

#include "AuditChain.h"
#include "FileHeader.h"
#include "Schema.h"
#include "SearchIndex.h"
#include "SqlRows.h"
#include "SqliteLibrary.h"
#include "model/Entity.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace sy {

namespace {

QAtomicInteger<int> s_connectionCounter;

// Files whose quick_check passed while a store of this process has them open for writing. A
// worker's read-only connection to such a file need not read all of it again (2 s at 100k).
QMutex s_verifiedMutex;
QSet<QString> s_verifiedPaths;

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QFileInfo(path).absoluteFilePath() : c;
}

bool isVerified(const QString &path)
{
    QMutexLocker lock(&s_verifiedMutex);
    return s_verifiedPaths.contains(canonical(path));
}

void setVerified(const QString &path, bool verified)
{
    QMutexLocker lock(&s_verifiedMutex);
    if (verified)
        s_verifiedPaths.insert(canonical(path));
    else
        s_verifiedPaths.remove(canonical(path));
}

QString nowText()
{
    return rows::timeText(QDateTime::currentDateTimeUtc());
}

// The profile keys and values of an entity as the audit log shows them: its column keys, then
// every attr.
template<typename T>
QVariantMap genericFieldMap(const T &entity, const QStringList &columns)
{
    QVariantMap map;
    for (const QString &key : columns)
        map.insert(key, entity.value(key));
    for (auto it = entity.attrs.begin(); it != entity.attrs.end(); ++it)
        map.insert(it.key(), it.value().toVariant());
    return map;
}

QVariantMap fieldMap(const Resource &r)
{
    return genericFieldMap(r, Resource::columnKeys());
}

// Items and offices also audit their position, so that a reorder shows in the log.
QVariantMap fieldMap(const InfoItem &i)
{
    QVariantMap map = genericFieldMap(i, InfoItem::columnKeys());
    map.insert(QStringLiteral("position"), i.position);
    return map;
}

QVariantMap fieldMap(const Office &o)
{
    QVariantMap map = genericFieldMap(o, Office::columnKeys());
    map.insert(QStringLiteral("position"), o.position);
    return map;
}

const QStringList &productColumns()
{
    static const QStringList keys{QStringLiteral("code"), QStringLiteral("name"),
                                  QStringLiteral("office")};
    return keys;
}

const QStringList &registrationColumns()
{
    static const QStringList keys{QStringLiteral("reg_type"), QStringLiteral("object_type"),
                                  QStringLiteral("object_uuid"), QStringLiteral("status"),
                                  QStringLiteral("form_number")};
    return keys;
}

} // namespace

CatalogStore::CatalogStore()
    : m_user(qEnvironmentVariable("USER"))
{
    configureSqliteLibrary(); // once, before this process's first connection
}

CatalogStore::~CatalogStore()
{
    close();
}

void CatalogStore::fail(const QString &message) const
{
    m_error = message;
}

bool CatalogStore::exec(const QString &sql) const
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        fail(tr("Database error: %1").arg(q.lastError().text()));
        return false;
    }
    return true;
}

bool CatalogStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool CatalogStore::openConnection(const QString &path, bool readOnly)
{
    m_connection = QStringLiteral("sy-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid()) {
        fail(tr("The SQLite driver of Qt (QSQLITE) is not installed."));
        return false;
    }
    m_db.setDatabaseName(path);
    // A busy timeout lets a worker's read and the GUI's write meet without failing at once.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        fail(tr("Cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), m_db.lastError().text()));
        const QString name = m_connection;
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    m_path = path;
    return true;
}

void CatalogStore::close()
{
    if (!m_db.isValid())
        return;
    // A writer's close ends what "verified" vouches for; so does the close of the reader whose
    // own check established it.
    if (m_writable || m_holdsVerification)
        setVerified(m_path, false);
    m_writable = false;
    m_holdsVerification = false;
    m_statements.clear();
    if (m_db.isOpen()) {
        while (m_txDepth > 0)
            rollback();
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_path.clear();
    m_txDepth = 0;
}

bool CatalogStore::applyPragmas()
{
    return exec(QStringLiteral("PRAGMA journal_mode = WAL"))
           && exec(QStringLiteral("PRAGMA synchronous = FULL"))
           && exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

bool CatalogStore::create(const QString &path, const CatalogMeta &meta)
{
    close();
    if (QFileInfo::exists(path)) {
        fail(tr("“%1” already exists; choose a new file name.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir()) {
        fail(tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    if (!openConnection(path, false))
        return false;
    m_writable = true;
    bool ok = applyPragmas() && migrate(0);
    if (ok) {
        CatalogMeta m = meta;
        if (m.uuid.isEmpty())
            m.uuid = newUuid();
        const QString now = nowText();
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO catalog(id, uuid, name, department, uscc, region, profile_id, "
            "profile_version, created, modified, attrs) VALUES(1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(rows::notNull(m.uuid));
        q.addBindValue(rows::notNull(m.name));
        q.addBindValue(rows::notNull(m.department));
        q.addBindValue(rows::notNull(m.uscc));
        q.addBindValue(rows::notNull(m.region));
        q.addBindValue(rows::notNull(m.profileId));
        q.addBindValue(rows::notNull(m.profileVersion));
        q.addBindValue(m.created.isValid() ? rows::timeText(m.created) : now);
        q.addBindValue(now);
        q.addBindValue(rows::jsonText(m.attrs));
        ok = q.exec();
        if (!ok)
            fail(tr("Cannot create the catalog: %1").arg(q.lastError().text()));
        ok = ok && loadAuditHead() && begin() && writeAudit(QStringLiteral("catalog"), m.uuid, {}, {}, m.name) && commit();
    }
    if (!ok) {
        const QString error = m_error;
        close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        m_error = error;
    } else {
        setVerified(path, true);
    }
    return ok;
}

bool CatalogStore::verifyIntegrity(const QString &path, QString *error)
{
    CatalogStore probe;
    int version = 0;
    if (probe.inspect(path, &version, true)) {
        setVerified(path, true);
        return true;
    }
    if (error)
        *error = probe.errorString();
    return false;
}

bool CatalogStore::inspect(const QString &path, int *version, bool quickCheck)
{
    FileHeader header;
    QString error;
    if (!FileHeader::read(path, &header, &error)) {
        fail(error);
        return false;
    }
    if (header.applicationId != applicationId) {
        fail(tr("“%1” is an SQLite database but not a Shuyuan catalog.")
                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (header.userVersion > currentSchemaVersion) {
        fail(tr("“%1” was written by a newer version of Shuyuan (catalog format %2; this version "
                "reads up to %3). Update Shuyuan to open it.")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(header.userVersion)
                 .arg(currentSchemaVersion));
        return false;
    }
    if (header.userVersion < 1) {
        fail(tr("“%1” is not a Shuyuan catalog (no catalog format version).")
                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (header.truncated) {
        fail(tr("“%1” is damaged: the file is shorter than its own header says (%2 of %3 bytes). "
                "Restore it from a backup.")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(header.fileSize)
                 .arg(header.expectedSize));
        return false;
    }
    // quick_check through a read-only connection: a damaged file is refused before anything
    // could write to it.
    if (!openConnection(path, true))
        return false;
    QSqlQuery q(m_db);
    QStringList problems;
    if (quickCheck && q.exec(QStringLiteral("PRAGMA quick_check"))) {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
    } else if (quickCheck) {
        problems << q.lastError().text();
    }
    q.finish();
    // Even without quick_check, prove that SQLite can read the schema and the catalog row.
    if (problems.isEmpty() && !q.exec(QStringLiteral("SELECT count(*) FROM catalog"))) {
        problems << q.lastError().text();
    }
    q = QSqlQuery();
    close();
    if (!problems.isEmpty()) {
        fail(tr("“%1” is damaged (%2). Restore it from a backup.")
                 .arg(QDir::toNativeSeparators(path), problems.mid(0, 3).join(QLatin1String("; "))));
        return false;
    }
    *version = header.userVersion;
    return true;
}

bool CatalogStore::open(const QString &path, IntegrityCheck check)
{
    close();
    int version = 0;
    if (!inspect(path, &version, check == IntegrityCheck::BeforeOpening))
        return false;
    if (version < currentSchemaVersion && check == IntegrityCheck::Deferred
        && !inspect(path, &version, true)) {
        return false; // never migrate a file that has not been checked
    }
    m_backupPath.clear();
    if (version < currentSchemaVersion) {
        // Keep the file as it was before any migration touches it.
        const QFileInfo info(path);
        QString backup = info.dir().filePath(
            QStringLiteral("%1.v%2-backup.sycat").arg(info.completeBaseName()).arg(version));
        if (QFileInfo::exists(backup)) {
            backup = info.dir().filePath(QStringLiteral("%1.v%2-backup-%3.sycat")
                                             .arg(info.completeBaseName())
                                             .arg(version)
                                             .arg(QDateTime::currentDateTimeUtc().toString(
                                                 QStringLiteral("yyyyMMddHHmmss"))));
        }
        if (!openConnection(path, true))
            return false;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
        const bool copied = q.exec();
        const QString sqlError = q.lastError().text();
        q = QSqlQuery();
        close();
        if (!copied) {
            fail(tr("Cannot write the backup “%1” before upgrading the catalog: %2")
                     .arg(QDir::toNativeSeparators(backup), sqlError));
            return false;
        }
        m_backupPath = backup;
    }
    if (!openConnection(path, false))
        return false;
    m_writable = true;
    if (!applyPragmas() || (version < currentSchemaVersion && !migrate(version))
        || !loadAuditHead()) {
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    if (check == IntegrityCheck::BeforeOpening || !m_backupPath.isEmpty())
        setVerified(path, true);
    return true;
}

bool CatalogStore::openReadOnly(const QString &path, IntegrityCheck integrity)
{
    close();
    int version = 0;
    const bool check = !isVerified(path);
    if (!inspect(path, &version, check && integrity == IntegrityCheck::BeforeOpening))
        return false;
    if (version != currentSchemaVersion) {
        fail(tr("“%1” must be opened once for editing to upgrade it to the current format.")
                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!openConnection(path, true))
        return false;
    if (check) {
        // Worker connections opened while this one is open need not read the file again.
        setVerified(path, true);
        m_holdsVerification = true;
    }
    return exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

int CatalogStore::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool CatalogStore::migrate(int fromVersion)
{
    for (int v = fromVersion + 1; v <= currentSchemaVersion; ++v) {
        if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
            return false;
        bool ok = true;
        const QStringList statements = schema::migration(v);
        for (const QString &sql : statements) {
            QSqlQuery q(m_db);
            if (!q.exec(sql)) {
                fail(tr("Cannot upgrade the catalog to format %1: %2")
                         .arg(v)
                         .arg(q.lastError().text()));
                ok = false;
                break;
            }
        }
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(v));
        if (!ok) {
            const QString error = m_error;
            exec(QStringLiteral("ROLLBACK"));
            m_error = error;
            return false;
        }
        if (!exec(QStringLiteral("COMMIT")))
            return false;
    }
    return true;
}

// ---- transactions --------------------------------------------------------------------------

bool CatalogStore::begin()
{
    if (!isOpen()) {
        fail(tr("No catalog is open."));
        return false;
    }
    if (m_txDepth == 0) {
        // IMMEDIATE takes the write lock now, so the audit head read below cannot go stale.
        if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
            return false;
        if (!loadAuditHead()) {
            exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    } else if (!exec(QStringLiteral("SAVEPOINT sy_%1").arg(m_txDepth))) {
        return false;
    }
    ++m_txDepth;
    return true;
}

bool CatalogStore::commit()
{
    if (m_txDepth <= 0)
        return false;
    --m_txDepth;
    if (m_txDepth == 0) {
        if (!exec(QStringLiteral("COMMIT"))) {
            const QString error = m_error;
            exec(QStringLiteral("ROLLBACK"));
            loadAuditHead();
            m_error = error;
            return false;
        }
        return true;
    }
    return exec(QStringLiteral("RELEASE sy_%1").arg(m_txDepth));
}

bool CatalogStore::rollback()
{
    if (m_txDepth <= 0)
        return false;
    --m_txDepth;
    bool ok;
    if (m_txDepth == 0) {
        ok = exec(QStringLiteral("ROLLBACK"));
    } else {
        ok = exec(QStringLiteral("ROLLBACK TO sy_%1").arg(m_txDepth))
             && exec(QStringLiteral("RELEASE sy_%1").arg(m_txDepth));
    }
    const QString error = m_error;
    loadAuditHead();
    m_error = error;
    return ok;
}

bool CatalogStore::finish(bool ok)
{
    if (ok)
        return commit();
    const QString error = m_error;
    rollback();
    m_error = error;
    return false;
}

// ---- audit ---------------------------------------------------------------------------------

bool CatalogStore::loadAuditHead()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT hash FROM audit ORDER BY id DESC LIMIT 1"))) {
        fail(tr("Database error: %1").arg(q.lastError().text()));
        return false;
    }
    m_auditHead = q.next() ? q.value(0).toString() : QString();
    return true;
}

bool CatalogStore::writeAudit(const QString &entity, const QString &uuid, const QString &field,
                              const QString &oldValue, const QString &newValue)
{
    AuditEntry e;
    e.entity = entity;
    e.uuid = uuid;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.user = m_user;
    e.time = QDateTime::currentDateTimeUtc();
    e.prevHash = m_auditHead;
    // Kept prepared (cachedStatement()): an import audits 100k resources, and preparing both
    // statements for every row cost seconds.
    QSqlQuery *nextId
        = cachedStatement(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM audit"));
    QSqlQuery *insert = cachedStatement(QStringLiteral(
        "INSERT INTO audit(id, entity, uuid, field, old, new, user, time, prev_hash, "
        "hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!nextId || !insert)
        return false;
    if (!nextId->exec() || !nextId->next()) {
        fail(tr("Database error: %1").arg(nextId->lastError().text()));
        return false;
    }
    e.id = nextId->value(0).toLongLong();
    nextId->finish();
    e.hash = audit::rowHash(e);
    QSqlQuery &q = *insert;
    q.addBindValue(e.id);
    q.addBindValue(rows::notNull(e.entity));
    q.addBindValue(rows::notNull(e.uuid));
    q.addBindValue(rows::notNull(e.field));
    q.addBindValue(rows::notNull(e.oldValue));
    q.addBindValue(rows::notNull(e.newValue));
    q.addBindValue(rows::notNull(e.user));
    q.addBindValue(rows::timeText(e.time));
    q.addBindValue(rows::notNull(e.prevHash));
    q.addBindValue(rows::notNull(e.hash));
    if (!q.exec()) {
        fail(tr("Cannot write the audit log: %1").arg(q.lastError().text()));
        return false;
    }
    q.finish();
    m_auditHead = e.hash;
    return true;
}

// Writes one audit row per field whose value differs between `before` and `after`.
static bool auditDiff(CatalogStore &store, const QString &entity, const QString &uuid,
                      const QVariantMap &before, const QVariantMap &after)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QString oldText = audit::valueText(before.value(key));
        const QString newText = audit::valueText(after.value(key));
        if (oldText != newText && !store.writeAudit(entity, uuid, key, oldText, newText))
            return false;
    }
    return true;
}

QList<AuditEntry> CatalogStore::auditLog(const QString &uuid, int limit) const
{
    QList<AuditEntry> entries;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, entity, uuid, field, old, new, user, time, prev_hash, hash "
                             "FROM audit %1 ORDER BY id DESC LIMIT ?")
                  .arg(uuid.isEmpty() ? QString() : QStringLiteral("WHERE uuid = ?")));
    if (!uuid.isEmpty())
        q.addBindValue(uuid);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(tr("Database error: %1").arg(q.lastError().text()));
        return entries;
    }
    while (q.next())
        entries << rows::auditEntry(q);
    return entries;
}

IntegrityReport CatalogStore::check() const
{
    IntegrityReport report;
    auto problem = [&report](const QString &text) {
        report.ok = false;
        report.problems << text;
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problem(tr("SQLite integrity: %1").arg(line));
        }
    } else {
        problem(tr("SQLite integrity check failed: %1").arg(q.lastError().text()));
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            problem(tr("Broken reference in table %1, row %2").arg(q.value(0).toString(),
                                                                   q.value(1).toString()));
    }
    if (!q.exec(QStringLiteral("SELECT id, entity, uuid, field, old, new, user, time, prev_hash, "
                               "hash FROM audit ORDER BY id"))) {
        problem(tr("Cannot read the audit log: %1").arg(q.lastError().text()));
        return report;
    }
    QString previous;
    while (q.next()) {
        const AuditEntry e = rows::auditEntry(q);
        ++report.auditRowsChecked;
        if (e.prevHash != previous || audit::rowHash(e) != e.hash) {
            report.firstBrokenAuditRow = e.id;
            problem(tr("The audit log was altered: row %1 (%2 %3, field “%4”, %5) does not match "
                       "its hash chain.")
                        .arg(e.id)
                        .arg(e.entity, e.uuid, e.field, e.time.toString(Qt::ISODate)));
            break;
        }
        previous = e.hash;
    }
    return report;
}

// ---- catalog meta --------------------------------------------------------------------------

CatalogMeta CatalogStore::meta() const
{
    CatalogMeta m;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT uuid, name, department, uscc, region, profile_id, "
                              "profile_version, created, modified, attrs FROM catalog WHERE id = 1"))
        && q.next()) {
        m.uuid = q.value(0).toString();
        m.name = q.value(1).toString();
        m.department = q.value(2).toString();
        m.uscc = q.value(3).toString();
        m.region = q.value(4).toString();
        m.profileId = q.value(5).toString();
        m.profileVersion = q.value(6).toString();
        m.created = rows::timeFromText(q.value(7).toString());
        m.modified = rows::timeFromText(q.value(8).toString());
        m.attrs = rows::jsonObject(q.value(9));
    }
    return m;
}

static QVariantMap metaFields(const CatalogMeta &m)
{
    QVariantMap map{{QStringLiteral("name"), m.name},
                    {QStringLiteral("department"), m.department},
                    {QStringLiteral("uscc"), m.uscc},
                    {QStringLiteral("region"), m.region},
                    {QStringLiteral("profile_id"), m.profileId},
                    {QStringLiteral("profile_version"), m.profileVersion}};
    for (auto it = m.attrs.begin(); it != m.attrs.end(); ++it)
        map.insert(it.key(), it.value().toVariant());
    return map;
}

bool CatalogStore::setMeta(const CatalogMeta &m)
{
    if (!begin())
        return false;
    const CatalogMeta old = meta();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE catalog SET name = ?, department = ?, uscc = ?, region = ?, "
                             "profile_id = ?, profile_version = ?, modified = ?, attrs = ? "
                             "WHERE id = 1"));
    q.addBindValue(rows::notNull(m.name));
    q.addBindValue(rows::notNull(m.department));
    q.addBindValue(rows::notNull(m.uscc));
    q.addBindValue(rows::notNull(m.region));
    q.addBindValue(rows::notNull(m.profileId));
    q.addBindValue(rows::notNull(m.profileVersion));
    q.addBindValue(nowText());
    q.addBindValue(rows::jsonText(m.attrs));
    bool ok = q.exec();
    if (!ok)
        fail(tr("Cannot save the catalog details: %1").arg(q.lastError().text()));
    ok = ok && auditDiff(*this, QStringLiteral("catalog"), old.uuid, metaFields(old), metaFields(m));
    return finish(ok);
}

CatalogCounts CatalogStore::counts() const
{
    CatalogCounts c;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM offices), (SELECT count(*) FROM resources), "
            "(SELECT count(*) FROM items), (SELECT count(*) FROM products), "
            "(SELECT count(*) FROM registrations), (SELECT max(id) FROM audit)"))
        && q.next()) {
        c.offices = q.value(0).toLongLong();
        c.resources = q.value(1).toLongLong();
        c.items = q.value(2).toLongLong();
        c.products = q.value(3).toLongLong();
        c.registrations = q.value(4).toLongLong();
        c.auditRows = q.value(5).toLongLong();
    }
    return c;
}

// ---- offices -------------------------------------------------------------------------------

QList<Office> CatalogStore::offices() const
{
    QList<Office> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM offices ORDER BY coalesce(parent_id, 0), position, "
                               "name, id")
                    .arg(rows::officeColumns()))) {
        fail(tr("Database error: %1").arg(q.lastError().text()));
        return list;
    }
    while (q.next())
        list << rows::office(q);
    return list;
}

std::optional<Office> CatalogStore::office(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM offices WHERE id = ?").arg(rows::officeColumns()));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return rows::office(q);
    return std::nullopt;
}

std::optional<Office> CatalogStore::officeByUuid(const QString &uuid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM offices WHERE uuid = ?").arg(rows::officeColumns()));
    q.addBindValue(uuid);
    if (q.exec() && q.next())
        return rows::office(q);
    return std::nullopt;
}

bool CatalogStore::insertOffice(Office &o)
{
    if (o.name.trimmed().isEmpty()) {
        fail(tr("An office needs a name."));
        return false;
    }
    if (!begin())
        return false;
    if (o.uuid.isEmpty())
        o.uuid = newUuid();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO offices(uuid, parent_id, code, name, position, attrs) "
                             "VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(rows::notNull(o.uuid));
    q.addBindValue(rows::nullableId(o.parentId));
    q.addBindValue(rows::notNull(o.code));
    q.addBindValue(rows::notNull(o.name));
    q.addBindValue(o.position);
    q.addBindValue(rows::jsonText(o.attrs));
    bool ok = q.exec();
    if (ok)
        o.id = q.lastInsertId().toLongLong();
    else
        fail(tr("Cannot add the office “%1”: %2").arg(o.name, q.lastError().text()));
    ok = ok && writeAudit(QStringLiteral("office"), o.uuid, {}, {}, o.name);
    return finish(ok);
}

bool CatalogStore::updateOffice(const Office &o)
{
    if (!begin())
        return false;
    const auto old = office(o.id);
    if (!old) {
        fail(tr("The office no longer exists."));
        return finish(false);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE offices SET parent_id = ?, code = ?, name = ?, position = ?, "
                             "attrs = ? WHERE id = ?"));
    q.addBindValue(rows::nullableId(o.parentId));
    q.addBindValue(rows::notNull(o.code));
    q.addBindValue(rows::notNull(o.name));
    q.addBindValue(o.position);
    q.addBindValue(rows::jsonText(o.attrs));
    q.addBindValue(o.id);
    bool ok = q.exec();
    if (!ok)
        fail(tr("Cannot save the office “%1”: %2").arg(o.name, q.lastError().text()));
    ok = ok && auditDiff(*this, QStringLiteral("office"), old->uuid, fieldMap(*old), fieldMap(o));
    return finish(ok);
}

bool CatalogStore::deleteOffice(qint64 id)
{
    if (!begin())
        return false;
    const auto old = office(id);
    if (!old) {
        fail(tr("The office no longer exists."));
        return finish(false);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM resources WHERE office_id = ?), "
                             "(SELECT count(*) FROM offices WHERE parent_id = ?)"));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        fail(tr("Database error: %1").arg(q.lastError().text()));
        return finish(false);
    }
    if (q.value(0).toLongLong() > 0 || q.value(1).toLongLong() > 0) {
        fail(tr("The office “%1” still has %2 resources and %3 sub-offices; move or delete them "
                "first.")
                 .arg(old->name)
                 .arg(q.value(0).toLongLong())
                 .arg(q.value(1).toLongLong()));
        return finish(false);
    }
    q.prepare(QStringLiteral("DELETE FROM offices WHERE id = ?"));
    q.addBindValue(id);
    bool ok = q.exec();
    if (!ok)
        fail(tr("Cannot delete the office: %1").arg(q.lastError().text()));
    ok = ok && writeAudit(QStringLiteral("office"), old->uuid, {}, old->name, {});
    return finish(ok);
}

QHash<qint64, qint64> CatalogStore::resourceCountByOffice() const
{
    QHash<qint64, qint64> counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT coalesce(office_id, 0), count(*) FROM resources GROUP BY 1"))) {
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return counts;
}

// ---- resources -----------------------------------------------------------------------------

bool CatalogStore::insertResource(Resource &r)
{
    if (!begin())
        return false;
    if (r.uuid.isEmpty())
        r.uuid = newUuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!r.created.isValid())
        r.created = now;
    if (!r.modified.isValid())
        r.modified = r.created;
    QSqlQuery q(m_db);
    q.prepare(rows::insertResourceSql());
    rows::bindResource(q, r);
    bool ok = q.exec();
    if (ok)
        r.id = q.lastInsertId().toLongLong();
    else
        fail(tr("Cannot add the resource “%1”: %2").arg(r.name, q.lastError().text()));
    QString error;
    if (ok && !SearchIndex::refresh(m_db, r.id, &error)) {
        fail(tr("Cannot update the search index: %1").arg(error));
        ok = false;
    }
    ok = ok && writeAudit(QStringLiteral("resource"), r.uuid, {}, {}, r.code + QLatin1Char(' ') + r.name);
    return finish(ok);
}

bool CatalogStore::updateResource(const Resource &r)
{
    if (!begin())
        return false;
    const auto old = resource(r.id);
    if (!old) {
        fail(tr("The resource no longer exists."));
        return finish(false);
    }
    Resource updated = r;
    updated.uuid = old->uuid;
    updated.created = old->created;
    updated.modified = QDateTime::currentDateTimeUtc();
    QSqlQuery *q = cachedStatement(
        QStringLiteral("UPDATE resources SET office_id = ?, code = ?, name = ?, summary = ?, "
                       "grade = ?, secret = ?, sharing = ?, opening = ?, update_cycle = ?, "
                       "format = ?, status = ?, records = ?, bytes = ?, modified = ?, "
                       "attrs = ? WHERE id = ?"));
    if (!q)
        return finish(false);
    const QVariantList values{rows::nullableId(updated.officeId),
                              rows::notNull(updated.code),
                              rows::notNull(updated.name),
                              rows::notNull(updated.summary),
                              rows::notNull(updated.grade),
                              updated.secret ? 1 : 0,
                              rows::notNull(updated.sharing),
                              rows::notNull(updated.opening),
                              rows::notNull(updated.updateCycle),
                              rows::notNull(updated.format),
                              rows::notNull(updated.status),
                              updated.records,
                              updated.bytes,
                              rows::timeText(updated.modified),
                              rows::jsonText(updated.attrs),
                              updated.id};
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    bool ok = q->exec();
    if (!ok)
        fail(tr("Cannot save the resource “%1”: %2").arg(r.name, q->lastError().text()));
    q->finish();
    QString error;
    if (ok && (old->name != updated.name || old->summary != updated.summary)
        && !SearchIndex::refresh(m_db, r.id, &error)) {
        fail(tr("Cannot update the search index: %1").arg(error));
        ok = false;
    }
    ok = ok && auditDiff(*this, QStringLiteral("resource"), old->uuid, fieldMap(*old), fieldMap(updated));
    return finish(ok);
}

bool CatalogStore::deleteResource(qint64 id)
{
    if (!begin())
        return false;
    const auto old = resource(id);
    if (!old) {
        fail(tr("The resource no longer exists."));
        return finish(false);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM items WHERE resource_id = ?"));
    q.addBindValue(id);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM resources WHERE id = ?"));
        q.addBindValue(id);
        ok = q.exec();
    }
    if (!ok)
        fail(tr("Cannot delete the resource: %1").arg(q.lastError().text()));
    QString error;
    if (ok && !SearchIndex::remove(m_db, id, &error)) {
        fail(tr("Cannot update the search index: %1").arg(error));
        ok = false;
    }
    ok = ok && writeAudit(QStringLiteral("resource"), old->uuid, {},
                          old->code + QLatin1Char(' ') + old->name, {});
    return finish(ok);
}

QSqlQuery *CatalogStore::cachedStatement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            fail(tr("Database error: %1").arg(q.lastError().text()));
            return nullptr;
        }
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return &it->second;
}

std::optional<Resource> CatalogStore::lookUpResource(const QString &sql, const QVariant &key) const
{
    QSqlQuery *q = cachedStatement(sql);
    if (!q)
        return std::nullopt;
    q->bindValue(0, key);
    std::optional<Resource> out;
    if (q->exec() && q->next())
        out = rows::resource(*q);
    q->finish(); // no statement left running into the caller's transaction
    return out;
}

std::optional<Resource> CatalogStore::resource(qint64 id) const
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM resources r WHERE r.id = ?").arg(rows::resourceColumns());
    return lookUpResource(sql, id);
}

std::optional<Resource> CatalogStore::resourceByUuid(const QString &uuid) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM resources r WHERE r.uuid = ?")
                                   .arg(rows::resourceColumns());
    return lookUpResource(sql, uuid);
}

std::optional<Resource> CatalogStore::resourceByCode(const QString &code) const
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM resources r WHERE r.code = ? ORDER BY r.id LIMIT 1")
              .arg(rows::resourceColumns());
    return lookUpResource(sql, code);
}

// Builds "FROM resources r WHERE ..." for a query; officeIds expand to their sub-offices.
static QString resourceWhere(const CatalogStore &store, const ResourceQuery &query,
                             QVariantList *binds)
{
    QStringList where;
    auto inList = [&](const QString &column, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList marks;
        for (const QString &v : values) {
            marks << QStringLiteral("?");
            *binds << v;
        }
        where << QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
    };
    if (!query.officeIds.isEmpty()) {
        QSet<qint64> wanted(query.officeIds.begin(), query.officeIds.end());
        if (query.includeSubOffices) {
            const QList<Office> all = store.offices();
            bool grew = true;
            while (grew) {
                grew = false;
                for (const Office &o : all) {
                    if (o.parentId > 0 && wanted.contains(o.parentId) && !wanted.contains(o.id)) {
                        wanted.insert(o.id);
                        grew = true;
                    }
                }
            }
        }
        QStringList ids;
        bool none = false;
        for (qint64 id : std::as_const(wanted)) {
            if (id == 0)
                none = true;
            else
                ids << QString::number(id);
        }
        QStringList parts;
        if (!ids.isEmpty())
            parts << QStringLiteral("r.office_id IN (%1)").arg(ids.join(QLatin1Char(',')));
        if (none)
            parts << QStringLiteral("r.office_id IS NULL");
        where << QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    inList(QStringLiteral("r.grade"), query.grades);
    inList(QStringLiteral("r.sharing"), query.sharing);
    inList(QStringLiteral("r.opening"), query.opening);
    inList(QStringLiteral("r.update_cycle"), query.updateCycles);
    inList(QStringLiteral("r.format"), query.formats);
    inList(QStringLiteral("r.status"), query.statuses);
    if (query.secret.has_value())
        where << (*query.secret ? QStringLiteral("r.secret <> 0") : QStringLiteral("r.secret = 0"));
    if (!query.ids.isEmpty()) {
        QStringList ids;
        for (qint64 id : query.ids)
            ids << QString::number(id);
        where << QStringLiteral("r.id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    if (!query.text.trimmed().isEmpty()) {
        QVariantList searchBinds;
        const QString sql = SearchIndex::matchSql(store.database(), query.text, &searchBinds);
        where << QStringLiteral("r.id IN (%1)").arg(sql);
        *binds << searchBinds;
    }
    QString sql = QStringLiteral(" FROM resources r");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    return sql;
}

static QString orderBy(const ResourceQuery &query)
{
    static const QHash<QString, QString> columns{
        {QStringLiteral("code"), QStringLiteral("r.code")},
        {QStringLiteral("name"), QStringLiteral("r.name")},
        {QStringLiteral("office"), QStringLiteral("r.office_id")},
        {QStringLiteral("summary"), QStringLiteral("r.summary")},
        {QStringLiteral("grade"), QStringLiteral("r.grade")},
        {QStringLiteral("secret"), QStringLiteral("r.secret")},
        {QStringLiteral("sharing"), QStringLiteral("r.sharing")},
        {QStringLiteral("opening"), QStringLiteral("r.opening")},
        {QStringLiteral("update_cycle"), QStringLiteral("r.update_cycle")},
        {QStringLiteral("format"), QStringLiteral("r.format")},
        {QStringLiteral("status"), QStringLiteral("r.status")},
        {QStringLiteral("records"), QStringLiteral("r.records")},
        {QStringLiteral("bytes"), QStringLiteral("r.bytes")},
        {QStringLiteral("items"), QStringLiteral("r.item_count")},
        {QStringLiteral("created"), QStringLiteral("r.created")},
        {QStringLiteral("modified"), QStringLiteral("r.modified")},
    };
    const QString column = columns.value(query.sortKey, QStringLiteral("r.code"));
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    // The id breaks ties so that paging is stable.
    return QStringLiteral(" ORDER BY %1%2, r.id%2").arg(column, dir);
}

QList<Resource> CatalogStore::resources(const ResourceQuery &query) const
{
    QList<Resource> list;
    QVariantList binds;
    QString sql = QStringLiteral("SELECT ") + rows::resourceColumns()
                  + resourceWhere(*this, query, &binds) + orderBy(query);
    if (query.limit >= 0 || query.offset > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("Database error: %1").arg(q.lastError().text()));
        return list;
    }
    while (q.next())
        list << rows::resource(q);
    return list;
}

QList<qint64> CatalogStore::resourceIds(const ResourceQuery &query) const
{
    QList<qint64> ids;
    QVariantList binds;
    QString sql = QStringLiteral("SELECT r.id") + resourceWhere(*this, query, &binds) + orderBy(query);
    if (query.limit >= 0 || query.offset > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("Database error: %1").arg(q.lastError().text()));
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

qint64 CatalogStore::countResources(const ResourceQuery &query) const
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT count(*)") + resourceWhere(*this, query, &binds);
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    fail(tr("Database error: %1").arg(q.lastError().text()));
    return 0;
}

// ---- information items ---------------------------------------------------------------------

QList<InfoItem> CatalogStore::items(qint64 resourceId) const
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM items WHERE resource_id = ? ORDER BY position, id")
              .arg(rows::itemColumns());
    QList<InfoItem> list;
    QSqlQuery *q = cachedStatement(sql);
    if (!q)
        return list;
    q->bindValue(0, resourceId);
    if (!q->exec()) {
        fail(tr("Database error: %1").arg(q->lastError().text()));
        return list;
    }
    while (q->next())
        list << rows::item(*q);
    q->finish();
    return list;
}

int CatalogStore::itemCount(qint64 resourceId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM items WHERE resource_id = ?"));
    q.addBindValue(resourceId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

bool CatalogStore::setItems(qint64 resourceId, QList<InfoItem> &items)
{
    if (!begin())
        return false;
    const auto owner = resource(resourceId);
    if (!owner) {
        fail(tr("The resource no longer exists."));
        return finish(false);
    }
    const QList<InfoItem> before = this->items(resourceId);
    QHash<qint64, InfoItem> oldById;
    for (const InfoItem &i : before)
        oldById.insert(i.id, i);

    bool ok = true;
    QSet<qint64> kept;
    // Each statement is prepared once per call, not once per item: preparing was an eighth of
    // a spreadsheet import that adds thousands of resources with twenty items each.
    QSqlQuery update(m_db);
    QSqlQuery insert(m_db);
    QSqlQuery remove(m_db);
    QSqlQuery *failed = nullptr; // the statement whose error is reported
    auto run = [&failed](QSqlQuery &q, const QString &sql, bool *prepared,
                         const std::function<void()> &bind) {
        if (!*prepared && !(*prepared = q.prepare(sql))) {
            failed = &q;
            return false;
        }
        bind();
        if (!q.exec()) {
            failed = &q;
            return false;
        }
        return true;
    };
    bool updatePrepared = false;
    bool insertPrepared = false;
    bool removePrepared = false;
    for (int pos = 0; ok && pos < items.size(); ++pos) {
        InfoItem &item = items[pos];
        item.resourceId = resourceId;
        item.position = pos;
        const auto old = oldById.constFind(item.id);
        if (item.id > 0 && old != oldById.constEnd()) {
            kept.insert(item.id);
            const QVariantMap a = fieldMap(*old);
            const QVariantMap b = fieldMap(item);
            if (a == b)
                continue;
            ok = run(update,
                     QStringLiteral("UPDATE items SET position = ?, name = ?, data_type = ?, "
                                    "length = ?, attrs = ? WHERE id = ?"),
                     &updatePrepared, [&update, &item] {
                         update.addBindValue(item.position);
                         update.addBindValue(rows::notNull(item.name));
                         update.addBindValue(rows::notNull(item.dataType));
                         update.addBindValue(item.length);
                         update.addBindValue(rows::jsonText(item.attrs));
                         update.addBindValue(item.id);
                     });
            ok = ok && auditDiff(*this, QStringLiteral("item"), old->uuid, a, b);
        } else {
            if (item.uuid.isEmpty())
                item.uuid = newUuid();
            ok = run(insert, rows::insertItemSql(), &insertPrepared,
                     [&insert, &item] { rows::bindItem(insert, item); });
            if (ok)
                item.id = insert.lastInsertId().toLongLong();
            ok = ok && writeAudit(QStringLiteral("item"), item.uuid, {}, {}, item.name);
        }
    }
    for (const InfoItem &old : before) {
        if (!ok)
            break;
        if (kept.contains(old.id))
            continue;
        ok = run(remove, QStringLiteral("DELETE FROM items WHERE id = ?"), &removePrepared,
                 [&remove, &old] { remove.addBindValue(old.id); })
             && writeAudit(QStringLiteral("item"), old.uuid, {}, old.name, {});
    }
    QSqlQuery q(m_db);
    if (ok) {
        q.prepare(QStringLiteral("UPDATE resources SET item_count = ?, modified = ? WHERE id = ?"));
        q.addBindValue(items.size());
        q.addBindValue(nowText());
        q.addBindValue(resourceId);
        ok = q.exec();
        if (!ok)
            failed = &q;
    }
    // A failed audit row has set its own message; a failed statement has not.
    if (!ok && failed && failed->lastError().isValid())
        fail(tr("Cannot save the information items: %1").arg(failed->lastError().text()));
    QString error;
    if (ok && !SearchIndex::refresh(m_db, resourceId, &error)) {
        fail(tr("Cannot update the search index: %1").arg(error));
        ok = false;
    }
    return finish(ok);
}

// ---- products ------------------------------------------------------------------------------

QList<Product> CatalogStore::products() const
{
    QList<Product> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM products ORDER BY code, id").arg(rows::productColumns()))) {
        while (q.next())
            list << rows::product(q);
    }
    return list;
}

std::optional<Product> CatalogStore::product(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM products WHERE id = ?").arg(rows::productColumns()));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return rows::product(q);
    return std::nullopt;
}

bool CatalogStore::insertProduct(Product &p)
{
    if (!begin())
        return false;
    if (p.uuid.isEmpty())
        p.uuid = newUuid();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO products(uuid, office_id, code, name, attrs) "
                             "VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(rows::notNull(p.uuid));
    q.addBindValue(rows::nullableId(p.officeId));
    q.addBindValue(rows::notNull(p.code));
    q.addBindValue(rows::notNull(p.name));
    q.addBindValue(rows::jsonText(p.attrs));
    bool ok = q.exec();
    if (ok)
        p.id = q.lastInsertId().toLongLong();
    else
        fail(tr("Cannot add the product “%1”: %2").arg(p.name, q.lastError().text()));
    ok = ok && writeAudit(QStringLiteral("product"), p.uuid, {}, {}, p.name);
    return finish(ok);
}

bool CatalogStore::updateProduct(const Product &p)
{
    if (!begin())
        return false;
    const auto old = product(p.id);
    if (!old) {
        fail(tr("The product no longer exists."));
        return finish(false);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE products SET office_id = ?, code = ?, name = ?, attrs = ? "
                             "WHERE id = ?"));
    q.addBindValue(rows::nullableId(p.officeId));
    q.addBindValue(rows::notNull(p.code));
    q.addBindValue(rows::notNull(p.name));
    q.addBindValue(rows::jsonText(p.attrs));
    q.addBindValue(p.id);
    bool ok = q.exec();
    if (!ok)
        fail(tr("Cannot save the product “%1”: %2").arg(p.name, q.lastError().text()));
    ok = ok && auditDiff(*this, QStringLiteral("product"), old->uuid,
                         genericFieldMap(*old, productColumns()), genericFieldMap(p, productColumns()));
    return finish(ok);
}

bool CatalogStore::deleteProduct(qint64 id)
{
    if (!begin())
        return false;
    const auto old = product(id);
    if (!old) {
        fail(tr("The product no longer exists."));
        return finish(false);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM products WHERE id = ?"));
    q.addBindValue(id);
    bool ok = q.exec();
    if (!ok)
        fail(tr("Cannot delete the product: %1").arg(q.lastError().text()));
    ok = ok && writeAudit(QStringLiteral("product"), old->uuid, {}, old->name, {});
    return finish(ok);
}

// ---- registrations -------------------------------------------------------------------------

QList<Registration> CatalogStore::registrations() const
{
    QList<Registration> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM registrations ORDER BY created, id")
                   .arg(rows::registrationColumns()))) {
        while (q.next())
            list << rows::registration(q);
    }
    return list;
}

std::optional<Registration> CatalogStore::registration(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM registrations WHERE id = ?").arg(rows::registrationColumns()));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return rows::registration(q);
    return std::nullopt;
}

bool CatalogStore::insertRegistration(Registration &r)
{
    if (!begin())
        return false;
    if (r.uuid.isEmpty())
        r.uuid = newUuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!r.created.isValid())
        r.created = now;
    r.modified = now;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO registrations(uuid, reg_type, object_type, object_uuid, "
                             "status, form_number, created, modified, attrs) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(rows::notNull(r.uuid));
    q.addBindValue(rows::notNull(r.regType));
    q.addBindValue(rows::notNull(r.objectType));
    q.addBindValue(rows::notNull(r.objectUuid));
    q.addBindValue(rows::notNull(r.status));
    q.addBindValue(rows::notNull(r.formNumber));
    q.addBindValue(rows::timeText(r.created));
    q.addBindValue(rows::timeText(r.modified));
    q.addBindValue(rows::jsonText(r.attrs));
    bool ok = q.exec();
    if (ok)
        r.id = q.lastInsertId().toLongLong();
    else
        fail(tr("Cannot add the registration: %1").arg(q.lastError().text()));
    ok = ok && writeAudit(QStringLiteral("registration"), r.uuid, {}, {}, r.regType);
    return finish(ok);
}

bool CatalogStore::updateRegistration(const Registration &r)
{
    if (!begin())
        return false;
    const auto old = registration(r.id);
    if (!old) {
        fail(tr("The registration no longer exists."));
        return finish(false);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE registrations SET reg_type = ?, object_type = ?, "
                             "object_uuid = ?, status = ?, form_number = ?, modified = ?, "
                             "attrs = ? WHERE id = ?"));
    q.addBindValue(rows::notNull(r.regType));
    q.addBindValue(rows::notNull(r.objectType));
    q.addBindValue(rows::notNull(r.objectUuid));
    q.addBindValue(rows::notNull(r.status));
    q.addBindValue(rows::notNull(r.formNumber));
    q.addBindValue(nowText());
    q.addBindValue(rows::jsonText(r.attrs));
    q.addBindValue(r.id);
    bool ok = q.exec();
    if (!ok)
        fail(tr("Cannot save the registration: %1").arg(q.lastError().text()));
    ok = ok && auditDiff(*this, QStringLiteral("registration"), old->uuid,
                         genericFieldMap(*old, registrationColumns()),
                         genericFieldMap(r, registrationColumns()));
    return finish(ok);
}

bool CatalogStore::deleteRegistration(qint64 id)
{
    if (!begin())
        return false;
    const auto old = registration(id);
    if (!old) {
        fail(tr("The registration no longer exists."));
        return finish(false);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM registrations WHERE id = ?"));
    q.addBindValue(id);
    bool ok = q.exec();
    if (!ok)
        fail(tr("Cannot delete the registration: %1").arg(q.lastError().text()));
    ok = ok && writeAudit(QStringLiteral("registration"), old->uuid, {}, old->regType, {});
    return finish(ok);
}

// ---- attachments ---------------------------------------------------------------------------

QString CatalogStore::addAttachment(const QByteArray &data, const QString &fileName,
                                    const QString &mime, const QString &ownerUuid)
{
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    if (!begin())
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO attachments(sha256, file_name, mime, "
                             "owner_uuid, bytes, data, created) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(hash);
    q.addBindValue(rows::notNull(fileName));
    q.addBindValue(rows::notNull(mime));
    q.addBindValue(rows::notNull(ownerUuid));
    q.addBindValue(data.size());
    q.addBindValue(data);
    q.addBindValue(nowText());
    bool ok = q.exec();
    if (!ok)
        fail(tr("Cannot store the attachment “%1”: %2").arg(fileName, q.lastError().text()));
    ok = ok && writeAudit(QStringLiteral("attachment"), ownerUuid, fileName, {}, hash);
    return finish(ok) ? hash : QString();
}

QByteArray CatalogStore::attachment(const QString &sha256) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM attachments WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

// ---- search --------------------------------------------------------------------------------

QList<qint64> CatalogStore::search(const QString &text, int limit) const
{
    m_error.clear(); // callers tell "no match" from "failed" by errorString()
    QString error;
    const QList<qint64> ids = SearchIndex::search(m_db, text, limit, &error);
    if (!error.isEmpty())
        fail(tr("Search failed: %1").arg(error));
    return ids;
}

} // namespace sy

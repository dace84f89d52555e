#pragma once

#include "AuditEntry.h"
#include "ResourceQuery.h"
#include "model/CatalogMeta.h"
#include "model/InfoItem.h"
#include "model/Office.h"
#include "model/Product.h"
#include "model/Registration.h"
#include "model/Resource.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>
#include <unordered_map>

namespace sy {

struct CatalogCounts
{
    qint64 offices = 0;
    qint64 resources = 0;
    qint64 items = 0;
    qint64 products = 0;
    qint64 registrations = 0;
    qint64 auditRows = 0;
};

struct IntegrityReport
{
    bool ok = true;
    QStringList problems;    // translated, one per finding
    qint64 auditRowsChecked = 0;
    qint64 firstBrokenAuditRow = 0; // 0 = chain intact
};

// The open catalog file. Not thread-safe: a worker thread opens its own CatalogStore on the same
// path (each instance has its own connection). Every mutating call is one transaction unless
// the caller has begun one (then it joins it); on failure nothing is written and
// errorString() says what went wrong.
class CatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(sy::CatalogStore)

public:
    static constexpr int currentSchemaVersion = 4;
    static constexpr qint32 applicationId = 0x53594341; // "SYCA"

    CatalogStore();
    ~CatalogStore();
    CatalogStore(const CatalogStore &) = delete;
    CatalogStore &operator=(const CatalogStore &) = delete;

    // Creates a new catalog file (refuses to overwrite an existing file).
    bool create(const QString &path, const CatalogMeta &meta);
    // When open() runs SQLite's quick_check. It reads the whole file (about 2 s for a 700 MB
    // catalog of 100k resources), so the GUI may defer it to a worker (verifyIntegrity()) and keep
    // the catalog read-only until it passes. Files that need a migration are always checked first.
    enum class IntegrityCheck { BeforeOpening, Deferred };

    // Opens an existing catalog, refusing without modifying the file anything that is not a
    // healthy Shuyuan catalog of this or an older schema version; older ones are migrated after
    // a backup copy "<name>.v<N>-backup.sycat" is written next to the file.
    bool open(const QString &path, IntegrityCheck check = IntegrityCheck::BeforeOpening);
    // quick_check of a catalog file through its own read-only connection; thread-safe. False
    // with a translated message naming the damage.
    static bool verifyIntegrity(const QString &path, QString *error);
    // Opens for reading only (no migration, no WAL checkpoint writes); used by checks and workers.
    // quick_check is skipped while another store of this process that checked the file (or the
    // writer whose deferred check passed) still has it open. Deferred skips it here too, and
    // vouches for the file to this process's workers meanwhile: the caller must run
    // verifyIntegrity() beside its reading and let nothing it read leave before that passes (the
    // CLI's export commits its package only then).
    bool openReadOnly(const QString &path, IntegrityCheck check = IntegrityCheck::BeforeOpening);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    QString migrationBackupPath() const { return m_backupPath; }

    // The name written into audit rows (the clerk's name from the preferences).
    void setUser(const QString &user) { m_user = user; }
    QString user() const { return m_user; }

    // Transactions nest: the outermost begin/commit is a real transaction, inner ones savepoints.
    bool begin();
    bool commit();
    bool rollback();
    bool inTransaction() const { return m_txDepth > 0; }

    CatalogMeta meta() const;
    bool setMeta(const CatalogMeta &meta);
    CatalogCounts counts() const;

    // Offices
    QList<Office> offices() const; // ordered by parent, position, name
    std::optional<Office> office(qint64 id) const;
    std::optional<Office> officeByUuid(const QString &uuid) const;
    bool insertOffice(Office &office); // fills id/uuid
    bool updateOffice(const Office &office);
    bool deleteOffice(qint64 id); // refuses while the office has resources or sub-offices
    QHash<qint64, qint64> resourceCountByOffice() const; // direct counts

    // Resources
    bool insertResource(Resource &resource); // fills id/uuid/created/modified
    bool updateResource(const Resource &resource);
    bool deleteResource(qint64 id); // deletes its items too
    std::optional<Resource> resource(qint64 id) const;
    std::optional<Resource> resourceByUuid(const QString &uuid) const;
    std::optional<Resource> resourceByCode(const QString &code) const;
    QList<Resource> resources(const ResourceQuery &query) const;
    QList<qint64> resourceIds(const ResourceQuery &query) const;
    qint64 countResources(const ResourceQuery &query) const;

    // Information items of one resource, ordered by position
    QList<InfoItem> items(qint64 resourceId) const;
    int itemCount(qint64 resourceId) const;
    // Replaces the resource's items with `items` (matched by id; new ones get ids; positions
    // renumbered in list order), auditing every difference.
    bool setItems(qint64 resourceId, QList<InfoItem> &items);

    // Products and services
    QList<Product> products() const;
    std::optional<Product> product(qint64 id) const;
    bool insertProduct(Product &product);
    bool updateProduct(const Product &product);
    bool deleteProduct(qint64 id);

    // Registrations
    QList<Registration> registrations() const;
    std::optional<Registration> registration(qint64 id) const;
    bool insertRegistration(Registration &registration);
    bool updateRegistration(const Registration &registration);
    bool deleteRegistration(qint64 id);

    // Attachments, stored once by SHA-256
    QString addAttachment(const QByteArray &data, const QString &fileName, const QString &mime,
                          const QString &ownerUuid); // returns the hex hash, empty on failure
    QByteArray attachment(const QString &sha256) const;

    // Search over resource names, summaries and information item names; ids by relevance.
    QList<qint64> search(const QString &text, int limit = 200) const;

    // Audit
    QList<AuditEntry> auditLog(const QString &uuid = {}, int limit = 1000) const;
    // Integrity: SQLite integrity_check, foreign keys, and the audit chain.
    IntegrityReport check() const;

    // For classes of the store layer only (BulkWriter, StatsQueries, ...).
    QSqlDatabase database() const { return m_db; }
    bool writeAudit(const QString &entity, const QString &uuid, const QString &field,
                    const QString &oldValue, const QString &newValue);
    void setError(const QString &error) const { m_error = error; }

private:
    bool openConnection(const QString &path, bool readOnly);
    bool inspect(const QString &path, int *version, bool quickCheck = true);
    bool migrate(int fromVersion);
    bool applyPragmas();
    bool exec(const QString &sql) const;
    bool loadAuditHead();
    void fail(const QString &message) const;
    bool finish(bool ok); // commit or roll back an implicit transaction
    // The look-ups and updates that run once per resource in a merge or an edit keep their
    // prepared statement: preparing each time was a sixth of a 15k-row spreadsheet import. The
    // statement stays valid until close(); a caller binds, runs it and calls finish() before it
    // returns. nullptr (and errorString()) when the SQL cannot be prepared.
    QSqlQuery *cachedStatement(const QString &sql) const;
    std::optional<Resource> lookUpResource(const QString &sql, const QVariant &key) const;

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_user;
    QString m_backupPath;
    QString m_auditHead;
    // Statements prepared once and kept for the next call, by their SQL (cachedStatement()).
    mutable std::unordered_map<QString, QSqlQuery> m_statements;
    mutable QString m_error;
    int m_txDepth = 0;
    bool m_writable = false;
    bool m_holdsVerification = false; // this read-only store's own quick_check vouches for the file
};

} // namespace sy

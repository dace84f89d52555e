#include "Schema.h"

namespace sy::schema {

namespace {

// The information items; `uuidConstraint` is " UNIQUE" in version 1 and empty from version 3 on.
QString itemsTable(const QString &name, const QString &uuidConstraint)
{
    return QStringLiteral(R"(CREATE TABLE %1 (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL%2,
            resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            data_type TEXT NOT NULL DEFAULT '',
            length INTEGER NOT NULL DEFAULT 0,
            attrs TEXT NOT NULL DEFAULT '{}'))")
        .arg(name, uuidConstraint);
}

// Version 1: the tables. Queried or charted fields are real columns with indexes; every other
// profile field is in the JSON `attrs` column. Timestamps are ISO 8601 UTC text.
QStringList version1()
{
    return {
        QStringLiteral("PRAGMA application_id = 1398358849"), // 0x53594341 "SYCA"
        QStringLiteral(R"(CREATE TABLE catalog (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            uuid TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            uscc TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            profile_id TEXT NOT NULL DEFAULT '',
            profile_version TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            attrs TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral(R"(CREATE TABLE offices (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            parent_id INTEGER REFERENCES offices(id),
            code TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            attrs TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral("CREATE INDEX offices_parent ON offices(parent_id)"),
        QStringLiteral(R"(CREATE TABLE resources (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            office_id INTEGER REFERENCES offices(id),
            code TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            grade TEXT NOT NULL DEFAULT '',
            secret INTEGER NOT NULL DEFAULT 0,
            sharing TEXT NOT NULL DEFAULT '',
            opening TEXT NOT NULL DEFAULT '',
            update_cycle TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT '',
            records INTEGER NOT NULL DEFAULT 0,
            bytes INTEGER NOT NULL DEFAULT 0,
            item_count INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            attrs TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral("CREATE INDEX resources_code ON resources(code)"),
        QStringLiteral("CREATE INDEX resources_name ON resources(name)"),
        QStringLiteral("CREATE INDEX resources_office ON resources(office_id)"),
        QStringLiteral("CREATE INDEX resources_grade ON resources(grade)"),
        QStringLiteral("CREATE INDEX resources_sharing ON resources(sharing)"),
        QStringLiteral("CREATE INDEX resources_opening ON resources(opening)"),
        QStringLiteral("CREATE INDEX resources_update_cycle ON resources(update_cycle)"),
        QStringLiteral("CREATE INDEX resources_format ON resources(format)"),
        QStringLiteral("CREATE INDEX resources_status ON resources(status)"),
        QStringLiteral("CREATE INDEX resources_records ON resources(records)"),
        QStringLiteral("CREATE INDEX resources_bytes ON resources(bytes)"),
        itemsTable(QStringLiteral("items"), QStringLiteral(" UNIQUE")),
        QStringLiteral("CREATE INDEX items_resource ON items(resource_id, position)"),
        QStringLiteral("CREATE INDEX items_name ON items(name)"),
        QStringLiteral(R"(CREATE TABLE products (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            office_id INTEGER REFERENCES offices(id),
            code TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            attrs TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral(R"(CREATE TABLE registrations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            reg_type TEXT NOT NULL DEFAULT '',
            object_type TEXT NOT NULL DEFAULT '',
            object_uuid TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT '',
            form_number TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            attrs TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral("CREATE INDEX registrations_object ON registrations(object_uuid)"),
        QStringLiteral("CREATE INDEX registrations_status ON registrations(status)"),
        QStringLiteral(R"(CREATE TABLE attachments (
            sha256 TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            mime TEXT NOT NULL DEFAULT '',
            owner_uuid TEXT NOT NULL DEFAULT '',
            bytes INTEGER NOT NULL,
            data BLOB NOT NULL,
            created TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            uuid TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '',
            old TEXT,
            new TEXT,
            user TEXT NOT NULL DEFAULT '',
            time TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX audit_uuid ON audit(uuid)"),
    };
}

// Version 2: full-text search. One FTS5 row per resource (rowid = resources.id) over its name,
// summary and the names of its information items. The trigram tokenizer finds substrings of
// three or more characters. Every column ends in two spaces so that every occurrence of a one-
// or two-character term also starts a trigram; search_vocab lists those trigrams, which turns a
// short term into a MATCH of the few trigrams that begin with it (see SearchIndex).
QStringList version2()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(name, summary, items, "
                       "tokenize = 'trigram')"),
        QStringLiteral("CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_index, 'row')"),
        QStringLiteral(R"(INSERT INTO search_index(rowid, name, summary, items)
            SELECT r.id, r.name || '  ', r.summary || '  ',
                   coalesce((SELECT group_concat(i.name, ' ') FROM items i
                             WHERE i.resource_id = r.id), '') || '  '
            FROM resources r)"),
        // Covering indexes for the inventory aggregates (StatsQueries): the dashboard groups
        // 100k resources by office × sharing × opening and by month without touching the table.
        QStringLiteral("CREATE INDEX resources_office_stats ON resources(office_id, sharing, "
                       "opening, secret, records, bytes, item_count, uuid)"),
        QStringLiteral("CREATE INDEX resources_created ON resources(created, office_id)"),
        QStringLiteral("CREATE INDEX resources_modified ON resources(modified, office_id)"),
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
    };
}

// Version 3: the uniqueness of items.uuid moves from the column (an automatic index that no
// statement can drop) to the named index items_uuid. Same rule, but an import into a new catalog
// can now build it once after two million rows, sorted, instead of inserting random uuids into
// it row by row (BulkWriter's FreshCatalog), which was the largest part of such an import.
// SQLite cannot drop a column constraint, so the table is rebuilt with the same ids and rows;
// nothing references items, and the search index refers to resources only.
QStringList version3()
{
    return {
        itemsTable(QStringLiteral("items_v3"), QString()),
        QStringLiteral("INSERT INTO items_v3(id, uuid, resource_id, position, name, data_type, "
                       "length, attrs) SELECT id, uuid, resource_id, position, name, data_type, "
                       "length, attrs FROM items ORDER BY id"),
        QStringLiteral("DROP TABLE items"),
        QStringLiteral("ALTER TABLE items_v3 RENAME TO items"),
        QStringLiteral("CREATE UNIQUE INDEX items_uuid ON items(uuid)"),
        QStringLiteral("CREATE INDEX items_resource ON items(resource_id, position)"),
        QStringLiteral("CREATE INDEX items_name ON items(name)"),
    };
}

// Version 4: items_resource also holds what the catalog-wide validation pass reads of an item
// (name, data type, length, attrs; the id comes with every index entry). The pass then reads the
// index alone, in (resource, position) order, instead of looking up each of two million rows in
// the table: a fifth of its CPU time on the 100k demo catalog, for about 15 % more file. SQLite
// keeps the index in step with the table, so nothing can go stale; statements that look up the
// items of one resource use it as before.
QStringList version4()
{
    return {
        QStringLiteral("DROP INDEX items_resource"),
        QStringLiteral("CREATE INDEX items_resource ON items(resource_id, position, name, "
                       "data_type, length, attrs)"),
    };
}

} // namespace

QStringList migration(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    default:
        return {};
    }
}

} // namespace sy::schema

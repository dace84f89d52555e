// BulkWriter's FreshCatalog mode (indexes and search index built after the rows, rollback
// journal) and its UTF-8 rows must leave a catalog indistinguishable from the row-by-row path:
// the same schema, the same search index, the same search results, WAL afterwards.
#include "SqlLines.h"
#include "store/BulkWriter.h"
#include "store/CatalogStore.h"
#include "store/SearchIndex.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace sy;

namespace {

struct Row
{
    Resource resource;
    QList<InfoItem> items;
};

// Resources with one- to many-character Chinese names and items, some without items.
QList<Row> sampleRows()
{
    const QStringList words{QStringLiteral("企业登记信息"), QStringLiteral("食品抽检"),
                            QStringLiteral("特种设备"),     QStringLiteral("质"),
                            QStringLiteral("信用修复记录"), QStringLiteral("电梯维保")};
    QList<Row> rows;
    // More than two of SearchIndexBuilder::wakeAt, and not a multiple of it.
    for (int i = 0; i < 150; ++i) {
        Row row;
        Resource &r = row.resource;
        r.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        r.code = QStringLiteral("101001/%1").arg(i, 6, 10, QLatin1Char('0'));
        r.name = words.at(i % words.size()) + QString::number(i);
        r.summary
            = QStringLiteral("用于%1的数据，覆盖广州市").arg(words.at((i + 2) % words.size()));
        r.grade = QStringLiteral("g%1").arg(1 + i % 3);
        r.secret = i % 7 == 0;
        r.sharing = QString::number(1 + i % 3);
        r.opening = QString::number(1 + i % 2);
        r.records = 1000 * i;
        r.bytes = 4096 * i;
        r.created = QDateTime(QDate(2024, 1, 1 + i % 28), QTime(8, i % 60, 5), Qt::UTC);
        r.modified = r.created.addDays(3);
        r.attrs.insert(QStringLiteral("topic"), QStringLiteral("organisation"));
        r.attrs.insert(QStringLiteral("remark"), QStringLiteral("引号\"与\\反斜杠\n换行"));
        for (int k = 0; k < i % 5; ++k) {
            InfoItem item;
            item.uuid = QStringLiteral("10000000-0000-4000-8000-%1%2")
                            .arg(i, 10, 10, QLatin1Char('0'))
                            .arg(k, 2, 10, QLatin1Char('0'));
            item.name = words.at((i + k) % words.size()) + QStringLiteral("代码");
            item.dataType = QStringLiteral("C");
            item.length = 18 + k;
            item.attrs.insert(QStringLiteral("is_key"), k == 0);
            row.items << item;
        }
        rows << row;
    }
    return rows;
}

QString journalMode(const QSqlDatabase &db)
{
    const QStringList mode = test::sqlLines(db, QStringLiteral("PRAGMA journal_mode"));
    return mode.value(0);
}

enum class Path { RowByRow, FreshObjects, FreshRows };

// Writes the rows into a new catalog through one of the three paths.
bool writeCatalog(const QString &path, Path how, QString *error)
{
    CatalogStore store;
    CatalogMeta meta;
    meta.uuid = QStringLiteral("c0000000-0000-4000-8000-000000000001");
    meta.name = QStringLiteral("测试目录");
    if (!store.create(path, meta)) {
        *error = store.errorString();
        return false;
    }
    BulkWriter bulk(store);
    if (!bulk.start(how == Path::RowByRow ? BulkWriter::Mode::Incremental
                                          : BulkWriter::Mode::FreshCatalog)) {
        *error = bulk.errorString();
        return false;
    }
    Office office;
    office.uuid = QStringLiteral("o0000000-0000-4000-8000-000000000001");
    office.name = QStringLiteral("登记注册局");
    if (!bulk.addOffice(office)) {
        *error = bulk.errorString();
        return false;
    }
    for (Row row : sampleRows()) {
        row.resource.officeId = office.id;
        bool ok = false;
        if (how == Path::FreshRows) {
            const Resource &r = row.resource;
            // The texts as a package carries them: UTF-8 and ISO 8601; `created` without
            // milliseconds, so the writer's normalisation to the stored form is exercised too.
            const QByteArray uuid = r.uuid.toUtf8(), code = r.code.toUtf8(), name = r.name.toUtf8(),
                             summary = r.summary.toUtf8(), grade = r.grade.toUtf8(),
                             sharing = r.sharing.toUtf8(), opening = r.opening.toUtf8(),
                             created = r.created.toString(Qt::ISODate).toUtf8(),
                             modified = r.modified.toString(Qt::ISODateWithMs).toUtf8(),
                             attrs = QJsonDocument(r.attrs).toJson(QJsonDocument::Compact);
            BulkResourceRow raw;
            raw.uuid = uuid;
            raw.code = code;
            raw.name = name;
            raw.summary = summary;
            raw.grade = grade;
            raw.sharing = sharing;
            raw.opening = opening;
            raw.created = created;
            raw.modified = modified;
            raw.attrs = attrs;
            raw.officeId = r.officeId;
            raw.records = r.records;
            raw.bytes = r.bytes;
            raw.secret = r.secret;
            QList<QByteArray> keep;
            QList<BulkItemRow> items;
            for (const InfoItem &i : std::as_const(row.items)) {
                keep << i.uuid.toUtf8() << i.name.toUtf8() << i.dataType.toUtf8()
                     << QJsonDocument(i.attrs).toJson(QJsonDocument::Compact);
                BulkItemRow item;
                item.uuid = keep.at(keep.size() - 4);
                item.name = keep.at(keep.size() - 3);
                item.dataType = keep.at(keep.size() - 2);
                item.attrs = keep.at(keep.size() - 1);
                item.length = i.length;
                items << item;
            }
            ok = bulk.addResourceRow(raw, items);
        } else {
            ok = bulk.addResource(row.resource, row.items);
        }
        if (!ok) {
            *error = bulk.errorString();
            return false;
        }
    }
    if (!bulk.finish()) {
        *error = bulk.errorString();
        return false;
    }
    return true;
}

} // namespace

class TestBulkWriter : public QObject
{
    Q_OBJECT

private slots:
    void freshCatalogMatchesRowByRow()
    {
        QTemporaryDir dir;
        QString error;
        const QString reference = dir.filePath(QStringLiteral("reference.sycat"));
        QVERIFY2(writeCatalog(reference, Path::RowByRow, &error), qPrintable(error));
        for (const Path how : {Path::FreshObjects, Path::FreshRows}) {
            const QString path = dir.filePath(QStringLiteral("fresh-%1.sycat").arg(int(how)));
            QVERIFY2(writeCatalog(path, how, &error), qPrintable(error));
            CatalogStore a;
            CatalogStore b;
            QVERIFY(a.openReadOnly(reference));
            QVERIFY(b.openReadOnly(path));
            const QSqlDatabase da = a.database(), db = b.database();
            QCOMPARE(journalMode(db), QStringLiteral("wal"));
            // The same schema: every table, index and trigger with the same SQL.
            const QString schema = QStringLiteral(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
            const QStringList schemaA = test::sqlLines(da, schema);
            QVERIFY(schemaA.size() > 20);
            QCOMPARE(test::sqlLines(db, schema), schemaA);
            // The same rows (ids included: both paths number them in the same order) and the
            // same search index, text for text.
            for (const QString &sql :
                 {QStringLiteral("SELECT id, uuid, office_id, code, name, summary, grade, secret, "
                                 "sharing, opening, records, bytes, item_count, created, "
                                 "modified, attrs FROM resources ORDER BY id"),
                  QStringLiteral("SELECT id, uuid, resource_id, position, name, data_type, length, "
                                 "attrs FROM items ORDER BY id"),
                  QStringLiteral("SELECT rowid, name, summary, items FROM search_index "
                                 "ORDER BY rowid"),
                  QStringLiteral("SELECT term, doc, cnt FROM search_vocab ORDER BY term"),
                  // FreshCatalog builds the index in a private database and copies its tables
                  // (SearchIndexBuilder): the stored index is the same, byte for byte.
                  QStringLiteral("SELECT id, hex(block) FROM search_index_data ORDER BY id"),
                  QStringLiteral("SELECT segid, hex(term), pgno FROM search_index_idx "
                                 "ORDER BY segid, term"),
                  QStringLiteral("SELECT id, hex(sz) FROM search_index_docsize ORDER BY id"),
                  QStringLiteral("SELECT k, v FROM search_index_config ORDER BY k")}) {
                const QStringList rowsA = test::sqlLines(da, sql);
                QVERIFY(!rowsA.isEmpty() && !rowsA.first().startsWith(QStringLiteral("error")));
                QCOMPARE(test::sqlLines(db, sql), rowsA);
            }
            // And the same answers to searches of one, two, three and more characters.
            for (const QString &term :
                 {QStringLiteral("质"), QStringLiteral("食品"), QStringLiteral("特种设备"),
                  QStringLiteral("代码"), QStringLiteral("广州市"), QStringLiteral("维保 代码")}) {
                QString e1, e2;
                const QList<qint64> hitsA = SearchIndex::search(da, term, 100, &e1);
                QVERIFY2(!hitsA.isEmpty(), qPrintable(term));
                QCOMPARE(SearchIndex::search(db, term, 100, &e2), hitsA);
            }
            QVERIFY(test::sqlLines(db, QStringLiteral("PRAGMA integrity_check"))
                    == QStringList{QStringLiteral("ok")});
        }
    }

    void cancelledFreshCatalogKeepsSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.sycat"));
        CatalogStore store;
        QVERIFY(store.create(path, CatalogMeta()));
        const QString schema
            = QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name");
        const QStringList before = test::sqlLines(store.database(), schema);
        {
            BulkWriter bulk(store);
            QVERIFY(bulk.start(BulkWriter::Mode::FreshCatalog));
            // The indexes are gone while the writer runs...
            QVERIFY(test::sqlLines(store.database(), schema) != before);
            Row row = sampleRows().at(3);
            QVERIFY(bulk.addResource(row.resource, row.items));
            bulk.cancel();
        }
        // ...and back, with no rows and the WAL journal, once it is cancelled.
        QCOMPARE(test::sqlLines(store.database(), schema), before);
        QCOMPARE(test::sqlLines(store.database(), QStringLiteral("SELECT count(*) FROM resources")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(journalMode(store.database()), QStringLiteral("wal"));
    }

    void duplicateUuidIsRefused()
    {
        QTemporaryDir dir;
        CatalogStore store;
        QVERIFY(store.create(dir.filePath(QStringLiteral("dup.sycat")), CatalogMeta()));
        BulkWriter bulk(store);
        QVERIFY(bulk.start(BulkWriter::Mode::FreshCatalog));
        BulkResourceRow row;
        row.uuid = "dddddddd-0000-4000-8000-000000000001";
        row.name = "重复";
        QVERIFY2(bulk.addResourceRow(row, {}), qPrintable(bulk.errorString()));
        QVERIFY(!bulk.addResourceRow(row, {}));
        QVERIFY(bulk.errorString().contains(QStringLiteral("重复")));
    }

    // items_uuid is built after the rows in FreshCatalog mode: a repeated item uuid is refused
    // by finish(), which names it and leaves nothing behind; row by row it is refused at once.
    void duplicateItemUuidIsRefused()
    {
        QTemporaryDir dir;
        for (const auto mode : {BulkWriter::Mode::FreshCatalog, BulkWriter::Mode::Incremental}) {
            CatalogStore store;
            QVERIFY(store.create(dir.filePath(QStringLiteral("items-%1.sycat").arg(int(mode))),
                                 CatalogMeta()));
            BulkWriter bulk(store);
            QVERIFY(bulk.start(mode));
            const QByteArray itemUuid = "eeeeeeee-0000-4000-8000-000000000001";
            BulkItemRow item;
            item.uuid = itemUuid;
            item.name = "统一社会信用代码";
            BulkResourceRow first;
            first.uuid = "dddddddd-0000-4000-8000-000000000001";
            QVERIFY2(bulk.addResourceRow(first, {item}), qPrintable(bulk.errorString()));
            BulkResourceRow second;
            second.uuid = "dddddddd-0000-4000-8000-000000000002";
            if (mode == BulkWriter::Mode::FreshCatalog) {
                QVERIFY2(bulk.addResourceRow(second, {item}), qPrintable(bulk.errorString()));
                QVERIFY(!bulk.finish());
                QVERIFY2(bulk.errorString().contains(QString::fromLatin1(itemUuid)),
                         qPrintable(bulk.errorString()));
                QCOMPARE(
                    test::sqlLines(store.database(), QStringLiteral("SELECT count(*) FROM items")),
                    QStringList{QStringLiteral("0")});
                QCOMPARE(journalMode(store.database()), QStringLiteral("wal"));
            } else {
                QVERIFY(!bulk.addResourceRow(second, {item}));
                QVERIFY(bulk.errorString().contains(QStringLiteral("统一社会信用代码")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "tst_bulkwriter.moc"

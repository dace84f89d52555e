#include "PackageWriter.h"

#include "CatalogJson.h"
#include "DcatWriter.h"
#include "ExchangeHooks.h"
#include "PackageTables.h"
#include "ParallelHash.h"
#include "ZipFeed.h"
#include "ZipWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <thread>

namespace sy {

namespace {

QString scopeName(ExportScope::Kind kind)
{
    switch (kind) {
    case ExportScope::Offices:
        return QStringLiteral("offices");
    case ExportScope::Registrations:
        return QStringLiteral("registrations");
    case ExportScope::Whole:
        break;
    }
    return QStringLiteral("whole");
}

QString safeFileName(QString name)
{
    static const QString bad = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (bad.contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    }
    return name.trimmed().isEmpty() ? QStringLiteral("form") : name.trimmed();
}

} // namespace

PackageWriter::PackageWriter(std::shared_ptr<const Profile> profile)
    : m_profile(std::move(profile))
    , m_validator(ExchangeHooks::defaultValidator())
    , m_renderer(ExchangeHooks::defaultFormRenderer())
{
}

bool PackageWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool PackageWriter::write(const CatalogStore &store,
                          const QString &path,
                          const PackageOptions &options)
{
    m_error.clear();
    m_validationErrors.clear();
    m_cancelled = false;
    m_progress.step(0, tr("Reading the catalog"));
    auto snapshot = std::make_unique<CatalogSnapshot>();
    QString error;
    if (!CatalogSnapshot::load(store, options.scope, snapshot.get(), &error,
                               [this] { return m_progress.isCancelled(); })) {
        m_cancelled = m_progress.isCancelled();
        return fail(error);
    }
    // Freeing two million items takes about a second: it runs beside the compression, which no
    // longer reads the snapshot, instead of after it.
    std::thread release;
    const bool ok = writePackage(*snapshot, path, options, [&release, &snapshot] {
        release = std::thread([gone = std::move(snapshot)]() mutable { gone.reset(); });
    });
    if (release.joinable())
        release.join();
    return ok;
}

bool PackageWriter::writeSnapshot(const CatalogSnapshot &s,
                                  const QString &path,
                                  const PackageOptions &options)
{
    return writePackage(s, path, options, {});
}

bool PackageWriter::writePackage(const CatalogSnapshot &s,
                                 const QString &path,
                                 const PackageOptions &options,
                                 const std::function<void()> &snapshotDone)
{
    m_error.clear();
    m_validationErrors.clear();
    m_cancelled = false;
    m_files = 0;
    if (!m_profile)
        return fail(tr("No profile is loaded."));
    auto cancelled = [this] {
        if (m_progress.isCancelled()) {
            m_cancelled = true;
            m_error = tr("The export was cancelled; no file was written.");
            return true;
        }
        return false;
    };

    m_progress.step(10, tr("Validating"));
    if (m_validator && !options.draft && !options.survey) {
        m_validationErrors = m_validator(*m_profile, s);
        if (!m_validationErrors.isEmpty()) {
            return fail(tr("The catalog has %n error(s); fix them or export a draft.", nullptr,
                           int(m_validationErrors.size())));
        }
    }
    if (cancelled())
        return false;

    // The zip is written while its files are made (ZipFeed), in this order: dcat.jsonld (the
    // quickest of the three large files), catalog.json, the tables, datapackage.json, the forms,
    // the attachments, and last the manifest, which lists every file's hash. Any zip reader can
    // find the manifest first through the central directory, and Shuyuan's checks it before it
    // trusts anything else in the package.
    ZipWriter zip;
    if (!zip.open(path))
        return fail(zip.errorString());
    ZipFeed feed(&zip);
    auto stop = [&feed, &zip] {
        feed.abandon();
        zip.cancel();
        return false;
    };
    struct Entry
    {
        QString path;
        QByteArray data; // shared with the feed, which lets go of its copy once written
    };
    QList<Entry> entries; // every file but the manifest, in the order of the zip
    auto add = [&entries, &feed](const QString &entryPath, const QByteArray &data) {
        entries.append({entryPath, data});
        feed.add(entryPath, data);
    };

    // catalog.json and dcat.jsonld are written on worker threads while this one writes the
    // tables: all three only read the snapshot, and each file is hashed by the thread that made
    // it, so the three largest steps of an export share the cores instead of queueing.
    m_progress.step(20, tr("Writing catalog.json, the tables and dcat.jsonld"));
    struct Produced
    {
        QByteArray data;
        QString sha256;
    };
    Produced catalog;
    Produced dcat;
    // Their bytes join `entries` (places 0 and 1) once the threads are joined.
    const int dcatPlace = feed.reserve(QStringLiteral("dcat.jsonld"));
    const int catalogPlace = feed.reserve(QStringLiteral("catalog.json"));
    entries.append({QStringLiteral("dcat.jsonld"), {}});
    entries.append({QStringLiteral("catalog.json"), {}});
    std::thread catalogThread([&catalog, &s, &feed, catalogPlace] {
        catalog.data = CatalogJson::write(s);
        feed.fill(catalogPlace, catalog.data);
        catalog.sha256 = sha256Hex(catalog.data);
    });
    std::thread dcatThread([&dcat, &s, &feed, dcatPlace, this] {
        dcat.data = DcatWriter::write(*m_profile, s);
        feed.fill(dcatPlace, dcat.data);
        dcat.sha256 = sha256Hex(dcat.data);
    });
    const bool strict = !options.draft && !options.survey;
    const QList<PackageTable> tables = PackageTables::build(*m_profile, s, strict);
    QStringList tableHashes;
    for (const PackageTable &t : tables) {
        add(t.path, t.csv);
        tableHashes << sha256Hex(t.csv);
    }
    // Joined here, not at the end: the threads read `s` and fill the feed.
    auto joinWriters = [&catalogThread, &dcatThread] {
        catalogThread.join();
        dcatThread.join();
    };
    if (cancelled()) {
        joinWriters();
        return stop();
    }
    QHash<QString, QString> knownHashes; // path → hex, so nothing is hashed twice
    QJsonArray resources;
    for (int ti = 0; ti < tables.size(); ++ti) {
        const PackageTable &t = tables.at(ti);
        knownHashes.insert(t.path, tableHashes.at(ti));
        resources.append(QJsonObject{
            {QStringLiteral("name"), t.name},
            {QStringLiteral("type"), QStringLiteral("table")},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("path"), t.path},
            {QStringLiteral("scheme"), QStringLiteral("file")},
            {QStringLiteral("format"), QStringLiteral("csv")},
            {QStringLiteral("mediatype"), QStringLiteral("text/csv")},
            {QStringLiteral("encoding"), QStringLiteral("utf-8")},
            {QStringLiteral("bytes"), qint64(t.csv.size())},
            {QStringLiteral("hash"), QStringLiteral("sha256:") + tableHashes.at(ti)},
            {QStringLiteral("dialect"),
             QJsonObject{{QStringLiteral("$schema"),
                          QStringLiteral("https://datapackage.org/profiles/2.0/tabledialect.json")},
                         {QStringLiteral("header"), true},
                         {QStringLiteral("delimiter"), QStringLiteral(",")},
                         {QStringLiteral("lineTerminator"), QStringLiteral("\r\n")},
                         {QStringLiteral("quoteChar"), QStringLiteral("\"")},
                         {QStringLiteral("doubleQuote"), true}}},
            {QStringLiteral("schema"), t.schema},
        });
    }
    const QString created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QJsonObject datapackage{
        {QStringLiteral("$schema"),
         QStringLiteral("https://datapackage.org/profiles/2.0/datapackage.json")},
        {QStringLiteral("name"), QStringLiteral("shuyuan-") + s.meta.uuid},
        {QStringLiteral("id"), QStringLiteral("urn:uuid:") + s.meta.uuid},
        {QStringLiteral("title"), s.meta.name},
        {QStringLiteral("description"),
         QStringLiteral("%1 公共数据资源目录 (%2)").arg(s.meta.department, s.meta.uscc)},
        {QStringLiteral("version"), QStringLiteral("%1.0.0").arg(formatVersion)},
        {QStringLiteral("created"), created},
        {QStringLiteral("contributors"),
         QJsonArray{
             QJsonObject{{QStringLiteral("title"), s.meta.department},
                         {QStringLiteral("roles"), QJsonArray{QStringLiteral("publisher")}}}}},
        {QStringLiteral("resources"), resources},
    };
    if (s.meta.department.isEmpty())
        datapackage.remove(QStringLiteral("contributors"));
    add(QStringLiteral("datapackage.json"),
        QJsonDocument(datapackage).toJson(QJsonDocument::Indented));

    int forms = 0;
    if (options.forms && m_renderer && !options.survey) {
        m_progress.step(60, tr("Printing the registration forms"));
        QSet<QString> used;
        for (const Registration &r : s.registrations) {
            QByteArray pdf;
            QString error;
            if (!m_renderer(*m_profile, s, r, &pdf, &error)) {
                joinWriters();
                stop();
                return fail(tr("Cannot print the form of registration %1: %2")
                                .arg(r.formNumber.isEmpty() ? r.uuid : r.formNumber, error));
            }
            QString name = safeFileName(r.formNumber.isEmpty() ? r.uuid : r.formNumber);
            if (used.contains(name))
                name += QLatin1Char('-') + r.uuid.left(8);
            used.insert(name);
            add(QStringLiteral("forms/%1.pdf").arg(name), pdf);
            ++forms;
            if (cancelled()) {
                joinWriters();
                return stop();
            }
        }
    }
    for (const AttachmentData &a : s.attachments)
        add(CatalogJson::attachmentPath(a), a.data);
    joinWriters();
    knownHashes.insert(QStringLiteral("catalog.json"), catalog.sha256);
    knownHashes.insert(QStringLiteral("dcat.jsonld"), dcat.sha256);
    entries[0].data = std::move(dcat.data);
    entries[1].data = std::move(catalog.data);

    m_progress.step(70, tr("Hashing"));
    QList<QByteArray> unhashed;
    for (const Entry &e : std::as_const(entries)) {
        if (!knownHashes.contains(e.path))
            unhashed << e.data;
    }
    const QStringList hashes = sha256All(unhashed);
    QJsonArray files;
    int next = 0;
    for (const Entry &e : std::as_const(entries)) {
        const QString hash
            = knownHashes.contains(e.path) ? knownHashes.value(e.path) : hashes.at(next++);
        files.append(QJsonObject{{QStringLiteral("path"), e.path},
                                 {QStringLiteral("bytes"), qint64(e.data.size())},
                                 {QStringLiteral("sha256"), hash}});
    }
    QJsonArray scopeOffices;
    if (options.scope.kind == ExportScope::Offices) {
        for (qint64 id : options.scope.officeIds) {
            if (const Office *o = s.office(id))
                scopeOffices.append(o->uuid);
        }
    }
    QJsonObject manifest{
        {QStringLiteral("format"), formatId()},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("kind"),
         options.survey ? QStringLiteral("survey") : QStringLiteral("submission")},
        {QStringLiteral("draft"), options.draft},
        {QStringLiteral("generator"), QStringLiteral("Shuyuan " SHUYUAN_VERSION)},
        {QStringLiteral("created"), created},
        {QStringLiteral("catalog"),
         QJsonObject{{QStringLiteral("uuid"), s.meta.uuid}, {QStringLiteral("name"), s.meta.name}}},
        {QStringLiteral("department"), QJsonObject{{QStringLiteral("name"), s.meta.department},
                                                   {QStringLiteral("uscc"), s.meta.uscc},
                                                   {QStringLiteral("region"), s.meta.region}}},
        {QStringLiteral("profile"), QJsonObject{{QStringLiteral("id"), m_profile->id()},
                                                {QStringLiteral("version"), m_profile->version()}}},
        {QStringLiteral("scope"),
         QJsonObject{{QStringLiteral("kind"), scopeName(options.scope.kind)},
                     {QStringLiteral("offices"), scopeOffices}}},
        {QStringLiteral("counts"),
         QJsonObject{{QStringLiteral("offices"), qint64(s.offices.size())},
                     {QStringLiteral("resources"), qint64(s.resources.size())},
                     {QStringLiteral("items"), s.itemCount()},
                     {QStringLiteral("products"), qint64(s.products.size())},
                     {QStringLiteral("registrations"), qint64(s.registrations.size())},
                     {QStringLiteral("forms"), forms},
                     {QStringLiteral("attachments"), qint64(s.attachments.size())},
                     {QStringLiteral("datasets"), DcatWriter::datasetCount(s)}}},
        {QStringLiteral("files"), files},
    };
    if (cancelled())
        return stop();

    const int fileCount = int(entries.size()) + 1; // and the manifest
    // The feed holds what it has not written yet.
    entries.clear();
    if (snapshotDone)
        snapshotDone(); // from here on `s` may be gone
    m_progress.step(80, tr("Writing %1").arg(QFileInfo(path).fileName()));
    feed.add(QStringLiteral("manifest.json"),
             QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    QString zipError;
    if (!feed.finish(&zipError)) {
        zip.cancel();
        return fail(zipError);
    }
    QString gateError;
    if (m_commitGate && !m_commitGate(&gateError)) {
        zip.cancel();
        return fail(gateError);
    }
    if (!zip.commit())
        return fail(zip.errorString());
    m_files = fileCount;
    m_progress.step(100, tr("Done"));
    return true;
}

} // namespace sy

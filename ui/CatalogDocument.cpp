#include "CatalogDocument.h"

#include "DocumentCommands.h"
#include "store/CatalogBackup.h"
#include "store/CatalogStore.h"

#include <QFileInfo>
#include <QThread>
#include <QUndoStack>

namespace sy {

CatalogDocument::CatalogDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_profile(Profile::builtin())
{
    m_undoStack->setObjectName(QStringLiteral("catalogUndoStack"));
}

CatalogDocument::~CatalogDocument()
{
    // The undo stack's commands must not outlive the store they point into.
    m_undoStack->clear();
}

bool CatalogDocument::create(const QString &path, const CatalogMeta &meta, QString *error)
{
    close();
    auto store = std::make_unique<CatalogStore>();
    store->setUser(m_user);
    CatalogMeta m = meta;
    if (m_profile) {
        if (m.profileId.isEmpty())
            m.profileId = m_profile->id();
        if (m.profileVersion.isEmpty())
            m.profileVersion = m_profile->version();
    }
    if (!store->create(path, m)) {
        m_error = store->errorString();
        if (error)
            *error = m_error;
        return false;
    }
    m_store = std::move(store);
    reloadOffices();
    emit catalogOpened();
    return true;
}

bool CatalogDocument::open(const QString &path, QString *error)
{
    close();
    auto store = std::make_unique<CatalogStore>();
    store->setUser(m_user);
    // quick_check reads the whole file (seconds for 100k resources): big files are shown at
    // once and checked on a worker thread while edits wait.
    const bool defer = QFileInfo(path).size() > m_deferCheckAbove;
    if (!store->open(path, defer ? CatalogStore::IntegrityCheck::Deferred
                                 : CatalogStore::IntegrityCheck::BeforeOpening)) {
        m_error = store->errorString();
        if (error)
            *error = m_error;
        return false;
    }
    m_store = std::move(store);
    ++m_generation;
    reloadOffices();
    emit catalogOpened();
    if (defer)
        startIntegrityCheck(path);
    return true;
}

void CatalogDocument::startIntegrityCheck(const QString &path)
{
    m_checking = true;
    struct Result
    {
        bool ok = false;
        QString error;
    };
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create(
        [path, result] { result->ok = CatalogStore::verifyIntegrity(path, &result->error); });
    const int generation = m_generation;
    // finished() is delivered in this object's thread; the connection dies with the document.
    connect(thread, &QThread::finished, this, [this, result, generation] {
        if (generation != m_generation)
            return; // the catalog was closed or replaced meanwhile
        m_checking = false;
        if (!result->ok) {
            close();
            m_error = result->error;
        }
        emit integrityChecked(result->ok, result->error);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void CatalogDocument::close()
{
    if (!m_store)
        return;
    ++m_generation;
    m_checking = false;
    m_undoStack->clear();
    m_store->close();
    m_store.reset();
    m_offices.clear();
    m_officeNames.clear();
    // After the store is gone: listeners see isOpen() == false and store() == nullptr.
    emit catalogClosed();
}

bool CatalogDocument::isOpen() const
{
    return m_store && m_store->isOpen();
}

QString CatalogDocument::path() const
{
    return m_store ? m_store->path() : QString();
}

bool CatalogDocument::saveCopyAs(const QString &target, QString *error)
{
    if (!isOpen()) {
        m_error = tr("No catalog is open.");
    } else if (QFileInfo(target).absoluteFilePath() == QFileInfo(path()).absoluteFilePath()) {
        m_error = tr("Choose another file name: \"%1\" is the open catalog itself.").arg(target);
    } else if (CatalogBackup::vacuumInto(*m_store, target, &m_error)) {
        return true;
    }
    if (error)
        *error = m_error;
    return false;
}

CatalogStore *CatalogDocument::store() const
{
    return m_store.get();
}

QUndoStack *CatalogDocument::undoStack() const
{
    return m_undoStack;
}

std::shared_ptr<const Profile> CatalogDocument::profile() const
{
    return m_profile;
}

void CatalogDocument::setProfile(std::shared_ptr<const Profile> profile)
{
    m_profile = std::move(profile);
}

void CatalogDocument::setUser(const QString &user)
{
    m_user = user;
    if (m_store)
        m_store->setUser(user);
}

QString CatalogDocument::user() const
{
    return m_user;
}

QList<Office> CatalogDocument::offices() const
{
    return m_offices;
}

QString CatalogDocument::officeName(qint64 officeId) const
{
    return m_officeNames.value(officeId);
}

CatalogMeta CatalogDocument::meta() const
{
    return m_store ? m_store->meta() : CatalogMeta();
}

void CatalogDocument::reloadOffices()
{
    m_offices = m_store ? m_store->offices() : QList<Office>();
    m_officeNames.clear();
    for (const Office &o : std::as_const(m_offices))
        m_officeNames.insert(o.id, o.name);
}

void CatalogDocument::setErrorString(const QString &error)
{
    m_error = error;
}

// Runs a command once and pushes it only if it worked, so the undo stack holds only actions
// that really happened.
static bool runAndPush(CatalogDocument *doc, QUndoStack *stack, DocumentCommand *command)
{
    if (doc->isCheckingIntegrity()) {
        doc->setErrorString(CatalogDocument::tr("The catalog file is still being checked for "
                                                "damage; you can edit it in a moment."));
        delete command;
        emit doc->errorOccurred(doc->errorString());
        return false;
    }
    if (!command->apply(true)) {
        delete command;
        emit doc->errorOccurred(doc->errorString());
        return false;
    }
    stack->push(command);
    return true;
}

static QString fieldLabel(const Profile *profile, const QString &key)
{
    if (profile) {
        if (const FieldDef *f = profile->field(QStringLiteral("resource"), key))
            return f->label.text();
    }
    return key;
}

bool CatalogDocument::setResourceField(qint64 resourceId, const QString &key, const QVariant &value)
{
    return applyFieldChanges({{resourceId, key, value}},
                             tr("Edit %1").arg(fieldLabel(m_profile.get(), key)));
}

bool CatalogDocument::applyFieldChanges(const QList<FieldChange> &changes, const QString &undoText)
{
    if (!isOpen()) {
        m_error = tr("No catalog is open.");
        return false;
    }
    QList<FieldChangesCommand::Change> list;
    QHash<qint64, Resource> cache;
    for (const FieldChange &c : changes) {
        if (!cache.contains(c.resourceId)) {
            const auto r = m_store->resource(c.resourceId);
            if (!r) {
                m_error = tr("Resource %1 does not exist.").arg(c.resourceId);
                return false;
            }
            cache.insert(c.resourceId, *r);
        }
        const Resource &r = cache[c.resourceId];
        const QVariant old = r.value(c.key);
        if (old == c.value || (!old.isValid() && c.value.toString().isEmpty()))
            continue; // nothing to do: keep the undo stack free of no-op steps
        list.append({r.uuid, c.key, old, c.value});
    }
    if (list.isEmpty())
        return true;
    return runAndPush(this, m_undoStack, new FieldChangesCommand(this, list, undoText));
}

bool CatalogDocument::setFieldForResources(const QList<qint64> &resourceIds,
                                           const QString &key,
                                           const QVariant &value)
{
    QList<FieldChange> changes;
    for (qint64 id : resourceIds)
        changes.append({id, key, value});
    return applyFieldChanges(changes,
                             tr("Set %1 of %n resource(s)", nullptr, int(resourceIds.size()))
                                 .arg(fieldLabel(m_profile.get(), key)));
}

qint64 CatalogDocument::addResource(const Resource &resource, const QList<InfoItem> &items)
{
    if (!isOpen()) {
        m_error = tr("No catalog is open.");
        return 0;
    }
    auto *command = new ResourcesCommand(this, {{resource, items}}, true, tr("Add resource"));
    if (!runAndPush(this, m_undoStack, command))
        return 0;
    // Pushed commands stay alive on the stack; its ids are those of the first run.
    return command->insertedIds().value(0);
}

qint64 CatalogDocument::duplicateResource(qint64 resourceId)
{
    if (!isOpen())
        return 0;
    const auto r = m_store->resource(resourceId);
    if (!r) {
        m_error = tr("Resource %1 does not exist.").arg(resourceId);
        return 0;
    }
    Resource copy = *r;
    copy.id = 0;
    copy.uuid.clear();
    copy.name = tr("%1 (copy)").arg(r->name);
    copy.code.clear(); // codes are unique: the clerk assigns the copy its own
    QList<InfoItem> items = m_store->items(resourceId);
    for (InfoItem &item : items) {
        item.id = 0;
        item.uuid.clear();
    }
    auto *command = new ResourcesCommand(this, {{copy, items}}, true, tr("Duplicate resource"));
    if (!runAndPush(this, m_undoStack, command))
        return 0;
    return command->insertedIds().value(0);
}

bool CatalogDocument::deleteResources(const QList<qint64> &resourceIds)
{
    if (!isOpen() || resourceIds.isEmpty())
        return false;
    QList<ResourcesCommand::Snapshot> snapshots;
    for (qint64 id : resourceIds) {
        const auto r = m_store->resource(id);
        if (!r)
            continue;
        snapshots.append({*r, m_store->items(id)});
    }
    return runAndPush(
        this, m_undoStack,
        new ResourcesCommand(this, snapshots, false,
                             tr("Delete %n resource(s)", nullptr, int(snapshots.size()))));
}

bool CatalogDocument::setItems(qint64 resourceId,
                               const QList<InfoItem> &items,
                               const QString &undoText)
{
    if (!isOpen())
        return false;
    const auto r = m_store->resource(resourceId);
    if (!r) {
        m_error = tr("Resource %1 does not exist.").arg(resourceId);
        return false;
    }
    return runAndPush(this, m_undoStack,
                      new ItemsCommand(this, r->uuid, m_store->items(resourceId), items, undoText));
}

qint64 CatalogDocument::addOffice(const Office &office)
{
    if (!isOpen())
        return 0;
    auto *command = new OfficeCommand(this, OfficeCommand::Add, office, tr("Add office"));
    if (!runAndPush(this, m_undoStack, command))
        return 0;
    return command->officeId();
}

bool CatalogDocument::renameOffice(qint64 officeId, const QString &name)
{
    if (!isOpen())
        return false;
    const auto o = m_store->office(officeId);
    if (!o || o->name == name)
        return bool(o);
    return runAndPush(
        this, m_undoStack,
        new OfficeCommand(this, OfficeCommand::Rename, *o, tr("Rename office"), name));
}

bool CatalogDocument::deleteOffice(qint64 officeId)
{
    if (!isOpen())
        return false;
    const auto o = m_store->office(officeId);
    if (!o)
        return false;
    return runAndPush(this, m_undoStack,
                      new OfficeCommand(this, OfficeCommand::Delete, *o, tr("Delete office")));
}

bool CatalogDocument::setMeta(const CatalogMeta &meta)
{
    if (!isOpen())
        return false;
    return runAndPush(this, m_undoStack, new MetaCommand(this, m_store->meta(), meta));
}

void CatalogDocument::pushCommand(QUndoCommand *command)
{
    if (m_checking || !isOpen()) {
        m_error = m_checking ? tr("The catalog file is still being checked for damage; you can "
                                  "edit it in a moment.")
                             : tr("No catalog is open.");
        delete command;
        emit errorOccurred(m_error);
        return;
    }
    m_undoStack->push(command);
}

void CatalogDocument::notifyResourceChanged(qint64 resourceId)
{
    emit resourceChanged(resourceId);
}

void CatalogDocument::notifyResourcesChanged()
{
    emit resourcesChanged();
}

void CatalogDocument::notifyOfficesChanged()
{
    reloadOffices();
    emit officesChanged();
}

void CatalogDocument::notifyItemsChanged(qint64 resourceId)
{
    emit itemsChanged(resourceId);
    emit resourceChanged(resourceId);
}

} // namespace sy

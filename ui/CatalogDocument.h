#pragma once

#include "model/CatalogMeta.h"
#include "model/InfoItem.h"
#include "model/Office.h"
#include "model/Profile.h"
#include "model/Resource.h"

#include <QHash>
#include <QObject>
#include <QVariant>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace sy {

class CatalogStore;

// One change of one resource field, as used by bulk edit and find & replace.
struct FieldChange
{
    qint64 resourceId = 0;
    QString key;
    QVariant value;
};

// The open catalog as the GUI sees it (STYLE.md: "a CatalogDocument owns the open catalog's store
// and its QUndoStack"). Widgets and item models read through store() but never write to it:
// every change goes through one of the edit methods below (or pushCommand()), which pushes one
// QUndoCommand whose redo()/undo() are each one store transaction. After every change the
// document emits the matching signal so that all views refresh, whoever made the change.
//
// Commands find resources by UUID, not by row id, so that "delete, undo, redo an older edit"
// still hits the right row even if the store gives a re-inserted resource a new id.
class CatalogDocument : public QObject
{
    Q_OBJECT

public:
    explicit CatalogDocument(QObject *parent = nullptr);
    ~CatalogDocument() override;

    // Files. create() refuses an existing file; all return false and fill *error on failure.
    bool create(const QString &path, const CatalogMeta &meta, QString *error = nullptr);
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const;
    // Big catalogs open at once and are checked (SQLite quick_check) on a worker thread; until
    // the check passes the document refuses edits. Small ones are checked before opening.
    void setDeferCheckAboveBytes(qint64 bytes) { m_deferCheckAbove = bytes; } // default 64 MiB
    bool isCheckingIntegrity() const { return m_checking; }
    // Writes a consistent copy of the open catalog to `target` (SQLite VACUUM INTO); the open
    // file stays the current one.
    bool saveCopyAs(const QString &target, QString *error = nullptr);

    // nullptr while no catalog is open. Read freely; write only through commands.
    CatalogStore *store() const;
    QUndoStack *undoStack() const;
    std::shared_ptr<const Profile> profile() const;
    void setProfile(std::shared_ptr<const Profile> profile);
    // The clerk's name, written into every audit row.
    void setUser(const QString &user);
    QString user() const;

    // Cached offices of the open catalog (refreshed on officesChanged()).
    QList<Office> offices() const;
    QString officeName(qint64 officeId) const;
    CatalogMeta meta() const;

    // --- Edits: each pushes exactly one undo command; false + errorString() on failure -------
    bool setResourceField(qint64 resourceId, const QString &key, const QVariant &value);
    // Bulk edit / find & replace: all changes in one transaction and one undo step.
    bool applyFieldChanges(const QList<FieldChange> &changes, const QString &undoText);
    // Sets one field of many resources to the same value (one undo step).
    bool setFieldForResources(const QList<qint64> &resourceIds,
                              const QString &key,
                              const QVariant &value);
    // Returns the new resource's id, 0 on failure. `items` are inserted with it.
    qint64 addResource(const Resource &resource, const QList<InfoItem> &items = {});
    qint64 duplicateResource(qint64 resourceId);
    bool deleteResources(const QList<qint64> &resourceIds);
    // Replaces the resource's information items (add, remove, reorder, edit, paste).
    bool setItems(qint64 resourceId, const QList<InfoItem> &items, const QString &undoText);
    qint64 addOffice(const Office &office);
    bool renameOffice(qint64 officeId, const QString &name);
    bool deleteOffice(qint64 officeId);
    bool setMeta(const CatalogMeta &meta);

    // For panels of other folders: push your own command. Its redo()/undo() must write through
    // store() inside begin()/commit() and then call one of the notify*() methods below. Refused
    // (the command is deleted, errorOccurred() emitted) while isCheckingIntegrity().
    void pushCommand(QUndoCommand *command);
    void notifyResourceChanged(qint64 resourceId);
    void notifyResourcesChanged();
    void notifyOfficesChanged();
    void notifyItemsChanged(qint64 resourceId);

    QString errorString() const { return m_error; }
    // Set by commands; the last failure of a redo()/undo().
    void setErrorString(const QString &error);

signals:
    void catalogOpened();
    void catalogClosed(); // emitted after the store is closed: store() is nullptr
    void resourceChanged(qint64 resourceId); // fields of one resource (or its items) changed
    void resourcesChanged();                 // rows added/removed, or many changed: reload
    void officesChanged();
    void itemsChanged(qint64 resourceId);
    void metaChanged();
    void errorOccurred(const QString &message); // a command failed; already rolled back
    // The deferred integrity check finished. On failure the document has closed the catalog.
    void integrityChecked(bool ok, const QString &error);

private:
    void reloadOffices();
    void startIntegrityCheck(const QString &path);

    std::unique_ptr<CatalogStore> m_store;
    QUndoStack *m_undoStack = nullptr;
    std::shared_ptr<const Profile> m_profile;
    QList<Office> m_offices;
    QHash<qint64, QString> m_officeNames;
    QString m_user;
    QString m_error;
    bool m_checking = false;
    qint64 m_deferCheckAbove = 64 * 1024 * 1024;
    int m_generation = 0; // which open() a finished check belongs to
};

} // namespace sy

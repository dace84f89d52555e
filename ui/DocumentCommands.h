#pragma once

#include "CatalogDocument.h"

#include <QUndoCommand>

namespace sy {

// The undo commands of CatalogDocument (Tiled's undocommands pattern). Each apply() is one
// store transaction; on failure it rolls back and reports through the document. The document
// runs a command once before pushing it, so a failed action never reaches the undo stack and
// the stack's first redo() is skipped.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(CatalogDocument *document, const QString &text);
    void redo() override;
    void undo() override;
    // Runs the command in one direction, in one transaction.
    bool apply(bool forward);

protected:
    virtual bool doApply(bool forward) = 0; // inside a transaction; false = roll back
    virtual void notify(bool forward) = 0;  // after a successful commit
    CatalogStore *store() const;

    CatalogDocument *m_document;

private:
    bool m_skipRedo = true;
};

// Sets fields of resources (one edit, bulk edit, find & replace).
class FieldChangesCommand : public DocumentCommand
{
public:
    struct Change
    {
        QString uuid;
        QString key;
        QVariant oldValue;
        QVariant newValue;
    };
    FieldChangesCommand(CatalogDocument *document,
                        const QList<Change> &changes,
                        const QString &text);

protected:
    bool doApply(bool forward) override;
    void notify(bool forward) override;

private:
    QList<Change> m_changes;
    QList<qint64> m_touched;
    bool m_structural = false; // an office changed: counts and filters move
};

// Inserts (forward) or deletes (backward) whole resources with their items; a delete command
// is the same with the directions swapped.
class ResourcesCommand : public DocumentCommand
{
public:
    struct Snapshot
    {
        Resource resource;
        QList<InfoItem> items;
    };
    ResourcesCommand(CatalogDocument *document,
                     const QList<Snapshot> &snapshots,
                     bool insert,
                     const QString &text);
    QList<qint64> insertedIds() const { return m_insertedIds; }

protected:
    bool doApply(bool forward) override;
    void notify(bool forward) override;

private:
    bool insertAll();
    bool deleteAll();

    QList<Snapshot> m_snapshots;
    bool m_insert;
    QList<qint64> m_insertedIds;
};

// Replaces the information items of one resource.
class ItemsCommand : public DocumentCommand
{
public:
    ItemsCommand(CatalogDocument *document,
                 const QString &resourceUuid,
                 const QList<InfoItem> &oldItems,
                 const QList<InfoItem> &newItems,
                 const QString &text);

protected:
    bool doApply(bool forward) override;
    void notify(bool forward) override;

private:
    QString m_uuid;
    QList<InfoItem> m_old;
    QList<InfoItem> m_new;
    qint64 m_resourceId = 0;
};

// Adds (insert = true) or deletes an office, or renames it (oldName/newName set).
class OfficeCommand : public DocumentCommand
{
public:
    enum Kind { Add, Delete, Rename };
    OfficeCommand(CatalogDocument *document,
                  Kind kind,
                  const Office &office,
                  const QString &text,
                  const QString &newName = {});
    qint64 officeId() const { return m_office.id; }

protected:
    bool doApply(bool forward) override;
    void notify(bool forward) override;

private:
    bool insert();
    bool remove();

    Kind m_kind;
    Office m_office;
    QString m_parentUuid;
    QString m_oldName;
    QString m_newName;
};

class MetaCommand : public DocumentCommand
{
public:
    MetaCommand(CatalogDocument *document, const CatalogMeta &oldMeta, const CatalogMeta &newMeta);

protected:
    bool doApply(bool forward) override;
    void notify(bool forward) override;

private:
    CatalogMeta m_old;
    CatalogMeta m_new;
};

} // namespace sy

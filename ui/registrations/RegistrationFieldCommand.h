#pragma once

#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace sy {

class CatalogDocument;

// One field of one registration changed in the editor: undo/redo rewrite just that field (found
// by uuid), so undoing an edit never reverts a later status change.
class RegistrationFieldCommand : public QUndoCommand
{
public:
    RegistrationFieldCommand(CatalogDocument *document,
                             const QString &registrationUuid,
                             const QString &key,
                             const QVariant &before,
                             const QVariant &after,
                             const QString &text);

    void redo() override;
    void undo() override;

    // Called after every redo/undo with the registration's uuid (the panel refreshes).
    static void setChangedCallback(std::function<void(const QString &uuid)> callback);

private:
    void apply(const QVariant &value);

    CatalogDocument *m_document;
    QString m_uuid;
    QString m_key;
    QVariant m_before;
    QVariant m_after;
};

} // namespace sy

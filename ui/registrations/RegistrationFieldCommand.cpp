#include "RegistrationFieldCommand.h"

#include "CatalogDocument.h"
#include "store/CatalogStore.h"

#include <functional>

namespace sy {

static std::function<void(const QString &)> &changedCallback()
{
    static std::function<void(const QString &)> callback;
    return callback;
}

void RegistrationFieldCommand::setChangedCallback(std::function<void(const QString &)> callback)
{
    changedCallback() = std::move(callback);
}

RegistrationFieldCommand::RegistrationFieldCommand(CatalogDocument *document,
                                                   const QString &registrationUuid,
                                                   const QString &key,
                                                   const QVariant &before,
                                                   const QVariant &after,
                                                   const QString &text)
    : m_document(document)
    , m_uuid(registrationUuid)
    , m_key(key)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

void RegistrationFieldCommand::apply(const QVariant &value)
{
    CatalogStore *store = m_document->store();
    if (!store)
        return;
    const QList<Registration> all = store->registrations();
    for (Registration r : all) {
        if (r.uuid != m_uuid)
            continue;
        r.setValue(m_key, value);
        if (!store->updateRegistration(r))
            m_document->setErrorString(store->errorString());
        break;
    }
    if (changedCallback())
        changedCallback()(m_uuid);
}

void RegistrationFieldCommand::redo()
{
    apply(m_after);
}

void RegistrationFieldCommand::undo()
{
    apply(m_before);
}

} // namespace sy

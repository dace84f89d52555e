#pragma once

#include "RegistrationWorkflow.h"
#include "rules/Finding.h"
#include "rules/RuleEngine.h"
#include "store/CatalogStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

namespace sy {

// One field that differs between the last accepted registration and a 变更/更正 registration.
struct FieldDiff
{
    QString field;
    QString label;
    QString oldValue;
    QString newValue;
};

// Registrations (登记) over an open catalog: creating them from a resource or a product (the
// fields of DOMAIN.md §1.3 filled from the catalog), validating, and moving them through the
// workflow. Each call is one store transaction; failures leave the catalog unchanged and say
// why in *error.
class RegistrationService
{
    Q_DECLARE_TR_FUNCTIONS(sy::RegistrationService)

public:
    RegistrationService(CatalogStore &store, const RuleEngine &engine);

    // Clock seam for tests and reproducible forms.
    void setClock(const std::function<QDateTime()> &clock) { m_clock = clock; }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    // A new draft registration of type `regType` (1 首次, 2 变更, 3 更正, 4 注销). 变更/更正/注销
    // need an accepted registration of the object; 首次 refuses an object registered already.
    std::optional<Registration>
    createForResource(qint64 resourceId, const QString &regType, QString *error = nullptr);
    std::optional<Registration>
    createForProduct(qint64 productId, const QString &regType, QString *error = nullptr);
    // Re-reads the object's current values into an editable registration (keeps what the clerk
    // typed into fields the catalog does not hold) and recomputes the diff.
    bool refresh(Registration &registration, QString *error = nullptr);

    // Registration rules plus, for a resource, the resource's own errors: what blocks "ready".
    QList<Finding> validate(const Registration &registration) const;
    // Moves a registration to `to`; "ready" requires validate() without errors. Accepting a 注销
    // also cancels the object's previous accepted registration.
    bool setStatus(qint64 registrationId,
                   const QString &to,
                   const QString &reason,
                   QString *error = nullptr);
    bool update(const Registration &registration, QString *error = nullptr);

    // Field-by-field difference of two snapshots (attrs["snapshot"] of accepted registrations).
    QList<FieldDiff> diff(const QJsonObject &before, const QJsonObject &after) const;
    static QList<FieldDiff> storedDiff(const Registration &registration);

    // The registration's fields as a flat snapshot (profile keys → text).
    QJsonObject snapshot(const Registration &registration) const;
    QString nextFormNumber();

    const RegistrationWorkflow &workflow() const { return m_workflow; }

private:
    void fillFromResource(Registration &reg, const Resource &r);
    void fillFromProduct(Registration &reg, const Product &p);
    void fillRegistrant(Registration &reg);
    bool attachPrevious(Registration &reg, QString *error);

    CatalogStore &m_store;
    const RuleEngine &m_engine;
    RegistrationWorkflow m_workflow;
    std::function<QDateTime()> m_clock;
};

} // namespace sy

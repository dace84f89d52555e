#pragma once

#include "model/Registration.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sy {

class CatalogStore;

// One line of the registration ledger (资源底账): a resource and the state of its registrations.
struct LedgerRow
{
    qint64 resourceId = 0;
    QString resourceUuid;
    QString code;
    QString name;
    qint64 officeId = 0;
    qint64 registrationId = 0; // latest registration, 0 = never registered
    QString regType;
    QString status;
    QString formNumber;
    QDate submitted;
    QDate accepted; // of the latest accepted registration
    QDate validUntil;
    QDate renewalDue;
};

// Queries of the registration layer: the ledger over every resource, the last accepted
// registration of an object, and form-number sequences.
class RegistrationQueries
{
    Q_DECLARE_TR_FUNCTIONS(sy::RegistrationQueries)

public:
    explicit RegistrationQueries(const CatalogStore &store);

    // Every resource (optionally of some offices) with its latest registration, ordered by code.
    QList<LedgerRow> ledger(const QList<qint64> &officeIds = {});
    // Registrations of one object, newest first.
    QList<Registration> registrationsOf(const QString &objectUuid);
    // The newest accepted registration of an object that is not itself cancelled.
    std::optional<Registration> lastAccepted(const QString &objectUuid);
    // Highest sequence number already used in form numbers starting with `prefix`.
    int maxFormSequence(const QString &prefix);

    QString errorString() const { return m_error; }

private:
    const CatalogStore &m_store;
    QString m_error;
};

} // namespace sy

#pragma once

#include "model/Profile.h"
#include "model/Registration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <memory>

namespace sy {

// One dated entry of a registration's history (attrs["history"]).
struct StatusChange
{
    QString from;
    QString to;
    QDateTime time; // UTC
    QString user;
    QString reason;
};

// The status workflow of a registration (登记), read from the profile's settings
// (registration_status_transitions, registration_editable_statuses, validity days):
//   draft → ready (validated, no errors) → submitted (exported) → accepted
//                                                             ↘ returned (reason) → draft/ready
//                                                             ↘ objection (异议, reason) →
//                                                             accepted/returned
//   accepted → cancelled (by a 注销登记 being accepted)
// Every change appends a dated StatusChange to attrs["history"]; illegal ones are refused with a
// translated message naming both statuses.
class RegistrationWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(sy::RegistrationWorkflow)

public:
    explicit RegistrationWorkflow(std::shared_ptr<const Profile> profile = Profile::builtin());

    QStringList statuses() const; // in vocabulary order
    QStringList nextStatuses(const QString &from) const;
    bool canTransition(const QString &from, const QString &to) const;
    bool isEditable(const QString &status) const; // fields may be changed
    bool needsReason(const QString &to) const;    // returned, objection, cancelled

    // Applies the change to `registration` (status, history, and on acceptance the dates) or
    // refuses it. The caller validates before "ready" and stores the result.
    bool transition(Registration &registration,
                    const QString &to,
                    const QString &reason,
                    const QString &user,
                    const QDateTime &when,
                    QString *error = nullptr) const;

    static QList<StatusChange> history(const Registration &registration);

    // Validity (登记结果有效期) and renewal (续展) from the profile settings.
    int validityDays() const;
    int renewalNoticeDays() const;
    QDate validUntil(const QDate &accepted) const;
    QDate renewalDue(const QDate &accepted) const; // validUntil - notice days

    QString statusLabel(const QString &status) const;

private:
    std::shared_ptr<const Profile> m_profile;
    QHash<QString, QStringList> m_transitions;
    QStringList m_editable;
};

} // namespace sy

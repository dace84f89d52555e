#include "RegistrationWorkflow.h"

#include <QJsonObject>

namespace sy {

RegistrationWorkflow::RegistrationWorkflow(std::shared_ptr<const Profile> profile)
    : m_profile(std::move(profile))
{
    QVariantMap map;
    if (m_profile)
        map = m_profile->setting(QStringLiteral("registration_status_transitions")).toMap();
    if (map.isEmpty()) {
        // The Guangdong default, should a profile not say.
        map.insert(QStringLiteral("draft"), QStringList{QStringLiteral("ready")});
        map.insert(QStringLiteral("ready"),
                   QStringList{QStringLiteral("draft"), QStringLiteral("submitted")});
        map.insert(QStringLiteral("submitted"),
                   QStringList{QStringLiteral("accepted"), QStringLiteral("returned"),
                               QStringLiteral("objection")});
        map.insert(QStringLiteral("objection"),
                   QStringList{QStringLiteral("accepted"), QStringLiteral("returned")});
        map.insert(QStringLiteral("returned"),
                   QStringList{QStringLiteral("draft"), QStringLiteral("ready")});
        map.insert(QStringLiteral("accepted"), QStringList{QStringLiteral("cancelled")});
        map.insert(QStringLiteral("cancelled"), QStringList{});
    }
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        m_transitions.insert(it.key(), it.value().toStringList());
    m_editable
        = m_profile
              ? m_profile->setting(QStringLiteral("registration_editable_statuses")).toStringList()
              : QStringList();
    if (m_editable.isEmpty())
        m_editable = {QStringLiteral("draft"), QStringLiteral("returned")};
}

QStringList RegistrationWorkflow::statuses() const
{
    QStringList out;
    if (m_profile) {
        if (const Vocabulary *v = m_profile->vocabulary(QStringLiteral("registration_status"))) {
            for (const VocabularyItem &i : v->items)
                out << i.code;
        }
    }
    if (out.isEmpty())
        out = m_transitions.keys();
    return out;
}

QStringList RegistrationWorkflow::nextStatuses(const QString &from) const
{
    return m_transitions.value(from.isEmpty() ? QStringLiteral("draft") : from);
}

bool RegistrationWorkflow::canTransition(const QString &from, const QString &to) const
{
    return nextStatuses(from).contains(to);
}

bool RegistrationWorkflow::isEditable(const QString &status) const
{
    return status.isEmpty() || m_editable.contains(status);
}

bool RegistrationWorkflow::needsReason(const QString &to) const
{
    return to == QLatin1String("returned") || to == QLatin1String("objection")
           || to == QLatin1String("cancelled");
}

QString RegistrationWorkflow::statusLabel(const QString &status) const
{
    return m_profile ? m_profile->label(QStringLiteral("registration_status"), status) : status;
}

int RegistrationWorkflow::validityDays() const
{
    return m_profile
               ? m_profile->setting(QStringLiteral("registration_validity_days"), 1095).toInt()
               : 1095;
}

int RegistrationWorkflow::renewalNoticeDays() const
{
    return m_profile
               ? m_profile->setting(QStringLiteral("registration_renewal_notice_days"), 60).toInt()
               : 60;
}

QDate RegistrationWorkflow::validUntil(const QDate &accepted) const
{
    return accepted.isValid() ? accepted.addDays(validityDays()) : QDate();
}

QDate RegistrationWorkflow::renewalDue(const QDate &accepted) const
{
    const QDate until = validUntil(accepted);
    return until.isValid() ? until.addDays(-renewalNoticeDays()) : QDate();
}

bool RegistrationWorkflow::transition(Registration &registration,
                                      const QString &to,
                                      const QString &reason,
                                      const QString &user,
                                      const QDateTime &when,
                                      QString *error) const
{
    const QString from
        = registration.status.isEmpty() ? QStringLiteral("draft") : registration.status;
    if (!canTransition(from, to)) {
        if (error) {
            const QStringList next = nextStatuses(from);
            QStringList labels;
            for (const QString &n : next)
                labels << statusLabel(n);
            *error = next.isEmpty()
                         ? tr("A registration that is “%1” cannot change any more.")
                               .arg(statusLabel(from))
                         : tr("A registration that is “%1” cannot become “%2”; it can only become: "
                              "%3.")
                               .arg(statusLabel(from), statusLabel(to), labels.join(tr(", ")));
        }
        return false;
    }
    if (needsReason(to) && reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("Changing a registration to “%1” needs a reason. Enter the reason given "
                        "by the registration body.")
                         .arg(statusLabel(to));
        return false;
    }
    QJsonArray history = registration.attrs.value(QStringLiteral("history")).toArray();
    QJsonObject entry;
    entry.insert(QStringLiteral("from"), from);
    entry.insert(QStringLiteral("to"), to);
    entry.insert(QStringLiteral("time"), when.toUTC().toString(Qt::ISODate));
    entry.insert(QStringLiteral("user"), user);
    if (!reason.trimmed().isEmpty())
        entry.insert(QStringLiteral("reason"), reason.trimmed());
    history.append(entry);
    registration.attrs.insert(QStringLiteral("history"), history);
    registration.status = to;
    const QDate day = when.toLocalTime().date();
    if (to == QLatin1String("submitted"))
        registration.attrs.insert(QStringLiteral("submitted_date"), day.toString(Qt::ISODate));
    if (to == QLatin1String("returned"))
        registration.attrs.insert(QStringLiteral("return_reason"), reason.trimmed());
    if (to == QLatin1String("objection"))
        registration.attrs.insert(QStringLiteral("objection"), reason.trimmed());
    if (to == QLatin1String("accepted")) {
        registration.attrs.insert(QStringLiteral("accepted_date"), day.toString(Qt::ISODate));
        registration.attrs.insert(QStringLiteral("valid_until"),
                                  validUntil(day).toString(Qt::ISODate));
        registration.attrs.insert(QStringLiteral("renewal_due"),
                                  renewalDue(day).toString(Qt::ISODate));
    }
    if (to == QLatin1String("cancelled"))
        registration.attrs.insert(QStringLiteral("cancelled_date"), day.toString(Qt::ISODate));
    return true;
}

QList<StatusChange> RegistrationWorkflow::history(const Registration &registration)
{
    QList<StatusChange> out;
    const QJsonArray a = registration.attrs.value(QStringLiteral("history")).toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        StatusChange c;
        c.from = o.value(QStringLiteral("from")).toString();
        c.to = o.value(QStringLiteral("to")).toString();
        c.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
        c.user = o.value(QStringLiteral("user")).toString();
        c.reason = o.value(QStringLiteral("reason")).toString();
        out << c;
    }
    return out;
}

} // namespace sy

#include "RegistrationService.h"

#include "rules/CatalogValidator.h"
#include "store/RegistrationQueries.h"

#include <QJsonArray>

namespace sy {

namespace {

// Keys of the workflow bookkeeping, never part of a snapshot or a diff.
bool isBookkeeping(const QString &key)
{
    static const QStringList keys = {
        QStringLiteral("history"),        QStringLiteral("snapshot"),
        QStringLiteral("diff"),           QStringLiteral("previous_uuid"),
        QStringLiteral("status"),         QStringLiteral("form_number"),
        QStringLiteral("reg_type"),       QStringLiteral("reason"),
        QStringLiteral("accepted_date"),  QStringLiteral("valid_until"),
        QStringLiteral("renewal_due"),    QStringLiteral("submitted_date"),
        QStringLiteral("return_reason"),  QStringLiteral("objection"),
        QStringLiteral("cancelled_date"), QStringLiteral("registration_code"),
        QStringLiteral("lookup_code"),    QStringLiteral("quality"),
    };
    return keys.contains(key);
}

QString text(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(','));
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if ((v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) && v.toLongLong() == 0)
        return {};
    return v.toString();
}

} // namespace

RegistrationService::RegistrationService(CatalogStore &store, const RuleEngine &engine)
    : m_store(store)
    , m_engine(engine)
    , m_workflow(engine.profile())
{
}

QString RegistrationService::nextFormNumber()
{
    // Template like "DJ-{yyyy}-{seq:5}" from the profile.
    QString tpl
        = m_engine.profile()
              ->setting(QStringLiteral("form_number_template"), QStringLiteral("DJ-{yyyy}-{seq:5}"))
              .toString();
    const QDate today = now().toLocalTime().date();
    tpl.replace(QStringLiteral("{yyyy}"), today.toString(QStringLiteral("yyyy")));
    const int seqAt = tpl.indexOf(QStringLiteral("{seq"));
    if (seqAt < 0)
        return tpl;
    const int end = tpl.indexOf(QLatin1Char('}'), seqAt);
    const int width = tpl.mid(seqAt + 5, end - seqAt - 5).toInt();
    const QString prefix = tpl.left(seqAt);
    RegistrationQueries q(m_store);
    const int seq = q.maxFormSequence(prefix) + 1;
    return prefix + QStringLiteral("%1").arg(seq, qMax(1, width), 10, QLatin1Char('0'))
           + tpl.mid(end + 1);
}

void RegistrationService::fillRegistrant(Registration &reg)
{
    const CatalogMeta meta = m_store.meta();
    reg.setValue(QStringLiteral("registrant_name"), meta.department);
    reg.setValue(QStringLiteral("registrant_uscc"), meta.uscc);
    reg.setValue(QStringLiteral("region"), meta.region);
    reg.setValue(QStringLiteral("contact"), attrValue(meta.attrs, QStringLiteral("contact")));
    reg.setValue(QStringLiteral("phone"), attrValue(meta.attrs, QStringLiteral("phone")));
}

void RegistrationService::fillFromResource(Registration &reg, const Resource &r)
{
    fillRegistrant(reg);
    reg.setValue(QStringLiteral("resource_name"), r.name);
    reg.setValue(QStringLiteral("description"), r.summary);
    reg.setValue(QStringLiteral("source"), r.value(QStringLiteral("source")));
    QString responsible = r.value(QStringLiteral("responsible_office")).toString();
    if (responsible.isEmpty()) {
        if (const auto office = m_store.office(r.officeId))
            responsible = office->name;
    }
    reg.setValue(QStringLiteral("responsible_dept"), responsible);
    reg.setValue(QStringLiteral("records"), r.records > 0 ? QVariant(r.records) : QVariant());
    reg.setValue(QStringLiteral("bytes"), r.bytes > 0 ? QVariant(r.bytes) : QVariant());
    reg.setValue(QStringLiteral("update_cycle"), r.updateCycle);
    reg.setValue(QStringLiteral("format"), r.format);
    reg.setValue(QStringLiteral("classification"), r.value(QStringLiteral("classification")));
    reg.setValue(QStringLiteral("grade"), r.grade);
    reg.setValue(QStringLiteral("sharing"), r.sharing);
    reg.setValue(QStringLiteral("opening"), r.opening);
    // 数据质量: the GB/T 36344 score with its explanation, so the form states what was measured.
    const QualityScore score = CatalogValidator::scoreResource(m_engine, m_store, r.id);
    reg.setValue(QStringLiteral("quality"),
                 tr("Overall %1 (%2). %3")
                     .arg(QString::number(score.overall, 'f', 1), score.band(),
                          score.explanation().join(QLatin1Char(' '))));
}

void RegistrationService::fillFromProduct(Registration &reg, const Product &p)
{
    fillRegistrant(reg);
    reg.setValue(QStringLiteral("resource_name"), p.name);
    for (const char *key : {"description", "scenarios", "service_mode", "source_resources",
                            "price_kind", "price_amount", "price_unit"}) {
        const QString k = QString::fromLatin1(key);
        reg.setValue(k, p.value(k));
    }
    if (const auto office = m_store.office(p.officeId))
        reg.setValue(QStringLiteral("responsible_dept"), office->name);
}

bool RegistrationService::attachPrevious(Registration &reg, QString *error)
{
    RegistrationQueries q(m_store);
    // One registration of an object at a time: finish (or cancel) the pending one first.
    const QList<Registration> existing = q.registrationsOf(reg.objectUuid);
    for (const Registration &other : existing) {
        if (other.status != QLatin1String("accepted")
            && other.status != QLatin1String("cancelled")) {
            if (error)
                *error = tr("Registration %1 of this object is still in progress (“%2”). Finish it "
                            "before starting another one.")
                             .arg(other.formNumber, m_workflow.statusLabel(other.status));
            return false;
        }
    }
    const std::optional<Registration> previous = q.lastAccepted(reg.objectUuid);
    if (reg.regType == QLatin1String("1")) {
        if (previous) {
            if (error)
                *error = tr("This object already has an accepted registration (%1). Use a 变更 or "
                            "更正 registration to change it.")
                             .arg(previous->formNumber);
            return false;
        }
        return true;
    }
    if (!previous) {
        if (error)
            *error
                = tr("A 变更, 更正 or 注销 registration needs an accepted 首次 registration of the "
                     "same object; there is none yet. Register it first.");
        return false;
    }
    reg.attrs.insert(QStringLiteral("previous_uuid"), previous->uuid);
    reg.setValue(QStringLiteral("registration_code"),
                 previous->value(QStringLiteral("registration_code")));
    QJsonArray changes;
    const QList<FieldDiff> d
        = diff(previous->attrs.value(QStringLiteral("snapshot")).toObject(), snapshot(reg));
    for (const FieldDiff &c : d) {
        QJsonObject o;
        o.insert(QStringLiteral("field"), c.field);
        o.insert(QStringLiteral("old"), c.oldValue);
        o.insert(QStringLiteral("new"), c.newValue);
        changes.append(o);
    }
    reg.attrs.insert(QStringLiteral("diff"), changes);
    return true;
}

std::optional<Registration>
RegistrationService::createForResource(qint64 resourceId, const QString &regType, QString *error)
{
    const std::optional<Resource> r = m_store.resource(resourceId);
    if (!r) {
        if (error)
            *error = tr("The resource to register no longer exists.");
        return std::nullopt;
    }
    Registration reg;
    reg.regType = regType;
    reg.objectType = QStringLiteral("1");
    reg.objectUuid = r->uuid;
    reg.status = QStringLiteral("draft");
    reg.created = now();
    fillFromResource(reg, *r);
    if (!attachPrevious(reg, error))
        return std::nullopt;
    reg.formNumber = nextFormNumber();
    if (!m_store.insertRegistration(reg)) {
        if (error)
            *error = m_store.errorString();
        return std::nullopt;
    }
    return reg;
}

std::optional<Registration>
RegistrationService::createForProduct(qint64 productId, const QString &regType, QString *error)
{
    const std::optional<Product> p = m_store.product(productId);
    if (!p) {
        if (error)
            *error = tr("The product or service to register no longer exists.");
        return std::nullopt;
    }
    Registration reg;
    reg.regType = regType;
    reg.objectType = QStringLiteral("2");
    reg.objectUuid = p->uuid;
    reg.status = QStringLiteral("draft");
    reg.created = now();
    fillFromProduct(reg, *p);
    if (!attachPrevious(reg, error))
        return std::nullopt;
    reg.formNumber = nextFormNumber();
    if (!m_store.insertRegistration(reg)) {
        if (error)
            *error = m_store.errorString();
        return std::nullopt;
    }
    return reg;
}

bool RegistrationService::refresh(Registration &reg, QString *error)
{
    if (!m_workflow.isEditable(reg.status)) {
        if (error)
            *error = tr("A registration that is “%1” cannot be changed.")
                         .arg(m_workflow.statusLabel(reg.status));
        return false;
    }
    if (reg.objectType == QLatin1String("2")) {
        const QList<Product> products = m_store.products();
        for (const Product &p : products) {
            if (p.uuid == reg.objectUuid)
                fillFromProduct(reg, p);
        }
    } else if (const auto r = m_store.resourceByUuid(reg.objectUuid)) {
        fillFromResource(reg, *r);
    }
    if (reg.regType != QLatin1String("1"))
        return attachPrevious(reg, error);
    return true;
}

QList<Finding> RegistrationService::validate(const Registration &reg) const
{
    QList<Finding> out = m_engine.checkRegistration(reg);
    if (reg.objectType == QLatin1String("1")) {
        if (const auto r = m_store.resourceByUuid(reg.objectUuid)) {
            const QList<Finding> own = CatalogValidator::checkResource(m_engine, m_store, r->id);
            for (const Finding &f : own) {
                if (f.severity == Severity::Error)
                    out << f;
            }
        }
    }
    return out;
}

bool RegistrationService::update(const Registration &registration, QString *error)
{
    if (!m_store.updateRegistration(registration)) {
        if (error)
            *error = m_store.errorString();
        return false;
    }
    return true;
}

bool RegistrationService::setStatus(qint64 registrationId,
                                    const QString &to,
                                    const QString &reason,
                                    QString *error)
{
    std::optional<Registration> reg = m_store.registration(registrationId);
    if (!reg) {
        if (error)
            *error = tr("The registration no longer exists.");
        return false;
    }
    if (to == QLatin1String("ready")) {
        const FindingCounts counts = countFindings(validate(*reg));
        if (counts.errors > 0) {
            if (error)
                *error = tr("The registration has %n error(s). Fix them (see the problems panel) "
                            "before marking it ready.",
                            nullptr, counts.errors);
            return false;
        }
    }
    const QDateTime when = now();
    if (!m_workflow.transition(*reg, to, reason, m_store.user(), when, error))
        return false;
    if (to == QLatin1String("accepted"))
        reg->attrs.insert(QStringLiteral("snapshot"), snapshot(*reg));

    if (!m_store.begin()) {
        if (error)
            *error = m_store.errorString();
        return false;
    }
    bool ok = m_store.updateRegistration(*reg);
    // An accepted 注销 ends the object's registration: its previous accepted one is cancelled.
    if (ok && to == QLatin1String("accepted") && reg->regType == QLatin1String("4")) {
        const QString previousUuid = reg->attrs.value(QStringLiteral("previous_uuid")).toString();
        RegistrationQueries q(m_store);
        const QList<Registration> all = q.registrationsOf(reg->objectUuid);
        for (Registration other : all) {
            if (other.id == reg->id || other.status != QLatin1String("accepted"))
                continue;
            QString e;
            if (!m_workflow.transition(other, QStringLiteral("cancelled"),
                                       reason.isEmpty() ? tr("Cancelled by %1").arg(reg->formNumber)
                                                        : reason,
                                       m_store.user(), when, &e)) {
                continue;
            }
            Q_UNUSED(previousUuid)
            ok = ok && m_store.updateRegistration(other);
        }
    }
    if (!ok) {
        if (error)
            *error = m_store.errorString();
        m_store.rollback();
        return false;
    }
    if (!m_store.commit()) {
        if (error)
            *error = m_store.errorString();
        return false;
    }
    return true;
}

QJsonObject RegistrationService::snapshot(const Registration &reg) const
{
    QJsonObject snap;
    const EntityDef *def = m_engine.profile()->entity(QStringLiteral("registration"));
    if (!def)
        return snap;
    for (const FieldDef &f : def->fields) {
        if (isBookkeeping(f.key) || f.key == QLatin1String("object_type")
            || f.key == QLatin1String("object_uuid"))
            continue;
        const QString v = text(reg.value(f.key));
        if (!v.isEmpty())
            snap.insert(f.key, v);
    }
    return snap;
}

QList<FieldDiff> RegistrationService::diff(const QJsonObject &before,
                                           const QJsonObject &after) const
{
    QList<FieldDiff> out;
    const EntityDef *def = m_engine.profile()->entity(QStringLiteral("registration"));
    QStringList keys;
    if (def) {
        for (const FieldDef &f : def->fields)
            keys << f.key;
    }
    for (const QString &k : before.keys() + after.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    for (const QString &k : std::as_const(keys)) {
        if (isBookkeeping(k))
            continue;
        const QString o = before.value(k).toString();
        const QString n = after.value(k).toString();
        if (o == n)
            continue;
        FieldDiff c;
        c.field = k;
        const FieldDef *f = def ? def->field(k) : nullptr;
        c.label = f ? f->label.text() : k;
        if (f && !f->vocabulary.isEmpty()) {
            c.oldValue = o.isEmpty() ? o : m_engine.profile()->label(f->vocabulary, o);
            c.newValue = n.isEmpty() ? n : m_engine.profile()->label(f->vocabulary, n);
        } else {
            c.oldValue = o;
            c.newValue = n;
        }
        out << c;
    }
    return out;
}

QList<FieldDiff> RegistrationService::storedDiff(const Registration &registration)
{
    QList<FieldDiff> out;
    const QJsonArray a = registration.attrs.value(QStringLiteral("diff")).toArray();
    const auto profile = Profile::builtin();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        FieldDiff c;
        c.field = o.value(QStringLiteral("field")).toString();
        const FieldDef *f
            = profile ? profile->field(QStringLiteral("registration"), c.field) : nullptr;
        c.label = f ? f->label.text() : c.field;
        c.oldValue = o.value(QStringLiteral("old")).toString();
        c.newValue = o.value(QStringLiteral("new")).toString();
        out << c;
    }
    return out;
}

} // namespace sy

#include "RuleEngine.h"

#include "IsoDate.h"

#include "model/RegionCodes.h"
#include "model/Uscc.h"
#include "store/TextHash.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QVarLengthArray>

#include <algorithm>

namespace sy {

// Where the findings of one entity go, how they are located, and the quality counts.
struct RuleEngine::Context
{
    QList<Finding> *out = nullptr;
    QualityTally *tally = nullptr;
    Finding base; // entity, uuid, resource id/code, item position
    QString entityKey;

    void pass(bool consistency)
    {
        if (!tally)
            return;
        ++tally->evaluated;
        ++tally->passed;
        if (consistency) {
            ++tally->consistencyChecks;
            ++tally->consistent;
        }
    }
    void fail(Severity severity,
              const QString &ruleId,
              const QString &field,
              const QString &message,
              bool consistency)
    {
        Finding f = base;
        f.severity = severity;
        f.ruleId = ruleId;
        f.field = field;
        f.message = message;
        out->append(f);
        if (!tally)
            return;
        ++tally->evaluated;
        // Info findings are advice, not failures of the metadata.
        if (severity == Severity::Info)
            ++tally->passed;
        if (consistency) {
            ++tally->consistencyChecks;
            if (severity == Severity::Info)
                ++tally->consistent;
            else if (tally->explanation)
                tally->explanation->inconsistencies << message;
        }
    }
    template<typename LabelFn> void expect(bool filled, LabelFn &&label)
    {
        if (!tally)
            return;
        ++tally->expected;
        if (filled) {
            ++tally->filled;
        } else if (tally->explanation) {
            const QString l = label();
            if (!tally->explanation->missingFields.contains(l))
                tally->explanation->missingFields << l;
        }
    }
    // Advances the check for a check result: pass() or fail().
    // The message is built only on failure: tr() and arg() on every passing check would cost
    // more than the checks themselves over a 100k-resource catalog.
    template<typename MessageFn>
    void check(bool ok,
               Severity severity,
               const QString &ruleId,
               const QString &field,
               MessageFn &&message,
               bool consistency)
    {
        if (ok)
            pass(consistency);
        else
            fail(severity, ruleId, field, message(), consistency);
    }
};

namespace {

QStringList valueCodes(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
        return v.toStringList();
    const QString s = FieldValue::textOf(v);
    return s.isEmpty() ? QStringList() : QStringList{s};
}

bool boolValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    return s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes")
           || s == QStringLiteral("是");
}

// Compares with the "if_values"/"values" of a rule; bools accept true/1/是 alike.
bool valueIn(const FieldValue &value, const QStringList &values)
{
    const QVariant &v = value.value();
    if (!v.isValid() || v.isNull())
        return false;
    if (v.typeId() == QMetaType::Bool) {
        const QString b = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        for (const QString &x : values) {
            const QString lx = x.trimmed().toLower();
            if (lx == b || (v.toBool() && (lx == QLatin1String("1") || lx == QStringLiteral("是")))
                || (!v.toBool() && (lx == QLatin1String("0") || lx == QStringLiteral("否"))))
                return true;
        }
        return false;
    }
    // Compared with ==, which tests the sizes first; QStringList::contains() orders the texts.
    auto listed = [&values](const QString &s) {
        return std::any_of(values.cbegin(), values.cend(),
                           [&s](const QString &x) { return x == s; });
    };
    // A single value (most fields) is compared as it is: no list for it.
    if (!value.isList()) {
        const QString &s = value.text();
        return !s.isEmpty() && listed(s);
    }
    const QStringList codes = valueCodes(v);
    return std::any_of(codes.cbegin(), codes.cend(), listed);
}

// The codes of `value` that `vocabulary` does not list (a single value is checked without a
// list).
QStringList codesNotIn(const FieldValue &value, const Vocabulary &vocabulary)
{
    if (!value.isList()) {
        const QString &s = value.text();
        return s.isEmpty() || vocabulary.contains(s) ? QStringList() : QStringList{s};
    }
    QStringList bad;
    const QStringList codes = valueCodes(value.value());
    for (const QString &c : codes) {
        if (!vocabulary.contains(c))
            bad << c;
    }
    return bad;
}

// Resource codes: classification (at least six digits) "/" sequence number, unless the profile
// sets resource_code_pattern.
const char *const defaultResourceCodePattern = "[1-3][0-9]{5,}/[0-9]{1,}";

QString declKey(const QString &entity, const QString &field, RuleKind kind)
{
    return entity + QLatin1Char('|') + field + QLatin1Char('|') + ruleKindName(kind);
}

QString sharingCode(const Resource &r)
{
    return r.sharing.trimmed();
}
QString openingCode(const Resource &r)
{
    return r.opening.trimmed();
}

} // namespace

RuleEngine::RuleEngine(std::shared_ptr<const Profile> profile)
    : m_profile(std::move(profile))
    , m_today(QDate::currentDate())
    , m_resourceCodeRegex(
          QRegularExpression::anchoredPattern(QString::fromLatin1(defaultResourceCodePattern)))
{
    if (!m_profile) {
        addSlots(); // the Guangdong checks' attributes
        return;
    }
    const QList<RuleDef> rules = m_profile->rules();
    for (const RuleDef &r : rules) {
        m_declared.insert(declKey(r.entity, r.field, r.kind));
        const QString ifField = r.params.value(QStringLiteral("if_field")).toString();
        if (!ifField.isEmpty())
            m_declared.insert(declKey(r.entity, r.field, r.kind) + QLatin1Char('|') + ifField);
        if (r.kind == RuleKind::Checksum)
            m_declared.insert(declKey(r.entity, r.field, r.kind) + QLatin1Char('|')
                              + r.params.value(QStringLiteral("kind")).toString());
    }
    const QStringList entities = m_profile->entityKeys();
    for (const QString &e : entities) {
        const EntityDef *def = m_profile->entity(e);
        if (!def)
            continue;
        QList<FieldCheck> &checks = m_fieldChecks[e];
        for (const FieldDef &f : def->fields) {
            FieldCheck fc;
            fc.def = &f;
            fc.idBase = e + QLatin1Char('.') + f.key;
            fc.requiredId = fc.idBase + QStringLiteral(".required");
            fc.maxLengthId = fc.idBase + QStringLiteral(".max_length");
            fc.patternId = fc.idBase + QStringLiteral(".pattern");
            fc.vocabularyId = fc.idBase + QStringLiteral(".vocabulary");
            fc.dateId = fc.idBase + QStringLiteral(".date");
            fc.futureId = fc.idBase + QStringLiteral(".future");
            fc.regionId = fc.idBase + QStringLiteral(".region");
            fc.numberId = fc.idBase + QStringLiteral(".number");
            fc.label = f.label.text().isEmpty() ? f.key : f.label.text();
            fc.required = f.required && !profileDeclares(e, f.key, RuleKind::Required);
            fc.pattern = !f.pattern.isEmpty() && !profileDeclares(e, f.key, RuleKind::Pattern);
            if (fc.pattern)
                fc.patternRegex
                    = QRegularExpression(QRegularExpression::anchoredPattern(f.pattern));
            fc.vocabulary = (f.type == FieldType::Enum || f.type == FieldType::MultiEnum)
                            && !f.vocabulary.isEmpty() && m_profile->vocabulary(f.vocabulary)
                            && !profileDeclares(e, f.key, RuleKind::Vocabulary);
            fc.vocabularyDef = fc.vocabulary ? m_profile->vocabulary(f.vocabulary) : nullptr;
            fc.uscc = f.type == FieldType::Uscc && !profileDeclares(e, f.key, RuleKind::Checksum);
            if (fc.uscc) {
                fc.usccRule.rule.id = fc.idBase + QStringLiteral(".uscc");
                fc.usccRule.rule.entity = e;
                fc.usccRule.rule.field = f.key;
                fc.usccRule.rule.kind = RuleKind::Checksum;
                fc.usccRule.def = &f;
                fc.usccRule.label = fc.label;
                fc.usccRule.checksumKind = QStringLiteral("uscc");
            }
            const bool typed = f.type == FieldType::Date || f.type == FieldType::Region
                               || f.type == FieldType::Int || f.type == FieldType::Bytes
                               || (f.maxLength > 0
                                   && (f.type == FieldType::Text || f.type == FieldType::LongText));
            if (fc.required || fc.pattern || fc.vocabulary || fc.uscc || typed)
                checks << fc;
        }
    }
    for (const RuleDef &r : rules) {
        CompiledRule c;
        c.rule = r;
        c.def = m_profile->field(r.entity, r.field);
        c.label = fieldLabel(r.entity, r.field);
        c.ifField = r.params.value(QStringLiteral("if_field")).toString();
        c.ifLabel = c.ifField.isEmpty() ? QString() : fieldLabel(r.entity, c.ifField);
        // The same key text as the field definition's: the per-entity value cache of the checks
        // then finds a field read by several rules by pointer, without comparing text.
        if (c.def)
            c.rule.field = c.def->key;
        if (const FieldDef *ifDef = m_profile->field(r.entity, c.ifField))
            c.ifField = ifDef->key;
        // if_values may be JSON booleans (secret: [true]); compare their text.
        const QVariantList ifValues = r.params.value(QStringLiteral("if_values")).toList();
        for (const QVariant &v : ifValues)
            c.ifValues << FieldValue::textOf(v);
        const QVariantList values = r.params.value(QStringLiteral("values")).toList();
        for (const QVariant &v : values)
            c.values << FieldValue::textOf(v);
        QString p = r.params.value(QStringLiteral("pattern")).toString();
        if (p.isEmpty() && c.def)
            p = c.def->pattern;
        if (!p.isEmpty())
            c.regex = QRegularExpression(QRegularExpression::anchoredPattern(p));
        c.hasRegex = !p.isEmpty() && c.regex.isValid();
        QString vocId = r.params.value(QStringLiteral("vocabulary")).toString();
        if (vocId.isEmpty() && c.def)
            vocId = c.def->vocabulary;
        c.vocabulary = vocId.isEmpty() ? nullptr : m_profile->vocabulary(vocId);
        c.checksumKind = r.params.value(QStringLiteral("kind")).toString();
        c.min = r.params.value(QStringLiteral("min"));
        c.max = r.params.value(QStringLiteral("max"));
        c.orgCodeDeclared
            = profileDeclares(r.entity, r.field, RuleKind::Checksum, QStringLiteral("org_code"));
        m_rules[r.entity] << c;
    }
    addSlots();
    const QString res = entityKindName(EntityKind::Resource);
    const QString opening = QStringLiteral("opening");
    m_gdDeclared.codePattern = profileDeclares(res, QStringLiteral("code"), RuleKind::Pattern);
    m_gdDeclared.shareConditionIfSharing = profileDeclares(
        res, QStringLiteral("share_condition"), RuleKind::RequiredIf, QStringLiteral("sharing"));
    m_gdDeclared.openingForbidsIfSharing
        = profileDeclares(res, opening, RuleKind::Forbids, QStringLiteral("sharing"));
    m_gdDeclared.openConditionIfOpening
        = profileDeclares(res, QStringLiteral("open_condition"), RuleKind::RequiredIf, opening);
    m_gdDeclared.openingForbidsIfSecret
        = profileDeclares(res, opening, RuleKind::Forbids, QStringLiteral("secret"));
    m_gdDeclared.openingForbidsIfGrade
        = profileDeclares(res, opening, RuleKind::Forbids, QStringLiteral("grade"));
    const QString codePattern = m_profile
                                    ->setting(QStringLiteral("resource_code_pattern"),
                                              QString::fromLatin1(defaultResourceCodePattern))
                                    .toString();
    m_resourceCodeRegex = QRegularExpression(QRegularExpression::anchoredPattern(codePattern));

    // Update cycle lengths: the profile may say so in settings.update_cycle_days {code: days};
    // otherwise they follow from the Chinese labels of the vocabulary (DOMAIN.md §2.3).
    const QVariantMap days = m_profile->setting(QStringLiteral("update_cycle_days")).toMap();
    if (const Vocabulary *v = m_profile->vocabulary(QStringLiteral("update_cycle"))) {
        static const QList<QPair<QString, int>> byLabel = {
            {QStringLiteral("实时"), 1},    {QStringLiteral("每日"), 1},
            {QStringLiteral("每天"), 1},    {QStringLiteral("每周"), 7},
            {QStringLiteral("每旬"), 10},   {QStringLiteral("每月"), 31},
            {QStringLiteral("每季度"), 92}, {QStringLiteral("每半年"), 183},
            {QStringLiteral("每年"), 366},
        };
        for (const VocabularyItem &item : v->items) {
            int d = 0;
            for (const auto &p : byLabel) {
                if (item.label.zh.contains(p.first)) {
                    d = p.second;
                    break;
                }
            }
            m_cycleDays.insert(item.code, d);
        }
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        m_cycleDays.insert(it.key(), it.value().toInt());
}

bool RuleEngine::profileDeclares(const QString &entity,
                                 const QString &field,
                                 RuleKind kind,
                                 const QString &qualifier) const
{
    QString key = declKey(entity, field, kind);
    if (!qualifier.isEmpty())
        key += QLatin1Char('|') + qualifier;
    return m_declared.contains(key);
}

// Numbers every field a check of each entity kind reads: the profile's fields, the fields and
// conditions of its rules, and the attributes the built-in Guangdong checks read.
void RuleEngine::addSlots()
{
    auto typeOf = [this](const QString &entity, const QString &key) {
        const FieldDef *f = m_profile ? m_profile->field(entity, key) : nullptr;
        return f ? f->type : FieldType::Text;
    };
    const QStringList entities = m_profile ? m_profile->entityKeys() : QStringList();
    for (const QString &e : entities) {
        FieldSlots &fieldSlots = m_slots[e];
        if (const EntityDef *def = m_profile->entity(e)) {
            for (const FieldDef &f : def->fields)
                fieldSlots.add(f.key, f.type);
        }
        for (FieldCheck &fc : m_fieldChecks[e]) {
            fc.slot = fieldSlots.slot(fc.def->key);
            fc.usccRule.slot = fc.slot;
        }
    }
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        FieldSlots &fieldSlots = m_slots[it.key()];
        for (CompiledRule &c : it.value()) {
            if (!c.rule.field.isEmpty())
                c.slot = fieldSlots.add(c.rule.field, typeOf(it.key(), c.rule.field));
            if (!c.ifField.isEmpty())
                c.ifSlot = fieldSlots.add(c.ifField, typeOf(it.key(), c.ifField));
        }
    }
    const QString res = entityKindName(EntityKind::Resource);
    FieldSlots &fieldSlots = m_slots[res];
    auto add = [&](const char *key) {
        const QString k = QString::fromLatin1(key);
        return fieldSlots.add(k, typeOf(res, k));
    };
    m_gdSlots.classification = add("classification");
    m_gdSlots.shareCondition = add("share_condition");
    m_gdSlots.openCondition = add("open_condition");
    m_gdSlots.relatedCodes = add("related_codes");
    m_gdSlots.lastUpdate = add("last_update");
}

const FieldSlots &RuleEngine::slotsOf(const QString &entityKey) const
{
    static const FieldSlots none;
    const auto it = m_slots.constFind(entityKey);
    return it == m_slots.cend() ? none : it.value();
}

const FieldSlots &RuleEngine::resourceSlots() const
{
    return slotsOf(entityKindName(EntityKind::Resource));
}

QString RuleEngine::fieldLabel(const QString &entity, const QString &key) const
{
    if (m_profile) {
        if (const FieldDef *f = m_profile->field(entity, key)) {
            const QString t = f->label.text();
            if (!t.isEmpty())
                return t;
        }
    }
    return key;
}

QString
RuleEngine::valueLabel(const QString &entity, const QString &key, const QVariant &value) const
{
    const QString text = FieldValue::textOf(value);
    if (m_profile) {
        if (const FieldDef *f = m_profile->field(entity, key)) {
            if (!f->vocabulary.isEmpty())
                return m_profile->label(f->vocabulary, text);
            if (f->type == FieldType::Bool)
                return boolValue(value) ? tr("yes") : tr("no");
        }
    }
    return text;
}

int RuleEngine::updateCycleDays(const QString &cycleCode) const
{
    return m_cycleDays.value(cycleCode, 0);
}

namespace {

// True when normalisedName() would return `name` unchanged: only CJK ideographs and printable
// ASCII that is neither a capital nor a space. Most item names are, and then cost no copy.
bool isNormalName(const QString &name)
{
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ascii = u > 0x20 && u < 0x7f && !(u >= 'A' && u <= 'Z');
        const bool ideograph = (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf);
        if (!ascii && !ideograph)
            return false;
    }
    return true;
}

} // namespace

QString RuleEngine::normalisedName(const QString &name)
{
    if (isNormalName(name))
        return name;
    QString n = name.trimmed().toCaseFolded();
    n.remove(QLatin1Char(' '));
    n.remove(QChar(0x3000)); // ideographic space
    return n;
}

// ---------------------------------------------------------------------------------------------
// Field definitions: required, length, pattern, vocabulary, dates, USCC, region.

void RuleEngine::checkFields(const QString &entityKey, FieldValues &values, Context &ctx) const
{
    const auto checks = m_fieldChecks.constFind(entityKey);
    if (checks == m_fieldChecks.cend())
        return;
    for (const FieldCheck &fc : checks.value()) {
        const FieldDef &f = *fc.def;
        const FieldValue &value = values.get(fc.slot, f.key);
        const QVariant &v = value.value();
        const bool empty = value.isEmpty();
        const QString &label = fc.label;
        if (fc.required) {
            ctx.expect(!empty, [&] { return label; });
            ctx.check(
                !empty, Severity::Error, fc.requiredId, f.key,
                [&] { return tr("%1 is empty. Fill in %1.").arg(label); }, false);
        }
        if (empty)
            continue;
        const QString &text = value.text();
        if (f.maxLength > 0 && (f.type == FieldType::Text || f.type == FieldType::LongText)) {
            ctx.check(
                text.size() <= f.maxLength, Severity::Error, fc.maxLengthId, f.key,
                [&] {
                    return tr("%1 has %2 characters, more than the %3 allowed. Shorten it.")
                        .arg(label)
                        .arg(text.size())
                        .arg(f.maxLength);
                },
                false);
        }
        if (fc.pattern) {
            const bool ok = fc.patternRegex.match(text).hasMatch();
            const QString hint = f.help.text();
            ctx.check(
                ok, Severity::Error, fc.patternId, f.key,
                [&] {
                    return hint.isEmpty()
                               ? tr("%1 “%2” does not have the required format. Correct it.")
                                     .arg(label, text)
                               : tr("%1 “%2” does not have the required format (%3). Correct it.")
                                     .arg(label, text, hint);
                },
                false);
        }
        if (fc.vocabulary) {
            if (const Vocabulary *voc = fc.vocabularyDef) {
                const QStringList bad = codesNotIn(value, *voc);
                ctx.check(
                    bad.isEmpty(), Severity::Error, fc.vocabularyId, f.key,
                    [&] {
                        return tr("%1 “%2” is not a value of the list “%3”. Choose a value from "
                                  "the list.")
                            .arg(label, bad.join(QLatin1Char(',')), voc->label.text());
                    },
                    false);
            }
        }
        switch (f.type) {
        case FieldType::Date: {
            const QDate d = v.typeId() == QMetaType::QDate ? v.toDate() : isoDate(text);
            const bool valid = d.isValid() && (v.typeId() == QMetaType::QDate || text.size() == 10);
            ctx.check(
                valid, Severity::Error, fc.dateId, f.key,
                [&] {
                    return tr("%1 “%2” is not a valid date. Enter it as YYYY-MM-DD, e.g. "
                              "2025-03-01.")
                        .arg(label, text);
                },
                false);
            if (valid) {
                ctx.check(
                    d <= m_today, Severity::Warning, fc.futureId, f.key,
                    [&] {
                        return tr("%1 %2 lies in the future. Enter the date on which it actually "
                                  "happened.")
                            .arg(label, d.toString(Qt::ISODate));
                    },
                    false);
            }
            break;
        }
        case FieldType::Uscc:
            if (fc.uscc)
                checkRule(fc.usccRule, values, ctx);
            break;
        case FieldType::Region: {
            bool known = region::isWellFormed(text);
            if (known) {
                if (const Vocabulary *voc = m_profile->vocabulary(QStringLiteral("region"))) {
                    // A county-level code is known when its prefecture is (the vocabulary lists
                    // provinces and Guangdong's prefectures; counties change too often to ship).
                    const QString prefecture = text.left(4) + QStringLiteral("00");
                    known = voc->items.isEmpty() || voc->contains(text)
                            || (!text.endsWith(QLatin1String("00")) && voc->contains(prefecture)
                                && !text.endsWith(QLatin1String("0000")));
                }
            }
            ctx.check(
                known, Severity::Error, fc.regionId, f.key,
                [&] {
                    return tr("%1 “%2” is not a known GB/T 2260 administrative division code. "
                              "Enter the "
                              "six-digit code, e.g. 440100 for 广州市.")
                        .arg(label, text);
                },
                false);
            break;
        }
        case FieldType::Int:
        case FieldType::Bytes: {
            bool ok = false;
            const qlonglong n = v.toLongLong(&ok);
            ctx.check(
                ok && n >= 0, Severity::Error, fc.numberId, f.key,
                [&] {
                    return tr("%1 “%2” is not a non-negative whole number. Enter a number such as "
                              "1200.")
                        .arg(label, text);
                },
                false);
            break;
        }
        default:
            break;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The profile's declarative rules.

void RuleEngine::checkDeclarative(const QString &entityKey, FieldValues &values, Context &ctx) const
{
    if (!m_profile)
        return;
    const auto rules = m_rules.constFind(entityKey);
    if (rules == m_rules.cend())
        return;
    for (const CompiledRule &rule : rules.value())
        checkRule(rule, values, ctx);
}

bool RuleEngine::checkRule(const CompiledRule &compiled, FieldValues &values, Context &ctx) const
{
    const RuleDef &rule = compiled.rule;
    const FieldValue &value = values.get(compiled.slot, rule.field);
    const QVariant &v = value.value();
    const bool empty = value.isEmpty();
    const QString &label = compiled.label;
    auto message = [&](const QString &generated) {
        const QString custom = rule.message.text();
        return custom.isEmpty() ? generated : custom;
    };
    auto textOf = [&]() -> const QString & {
        return value.text();
    };

    switch (rule.kind) {
    case RuleKind::Required:
        ctx.expect(!empty, [&] { return label; });
        ctx.check(
            !empty, rule.severity, rule.id, rule.field,
            [&] { return message(tr("%1 is empty. Fill in %1.").arg(label)); }, false);
        return true;
    case RuleKind::RequiredIf:
    case RuleKind::Forbids: {
        const QString &ifField = compiled.ifField;
        const FieldValue &ifFieldValue = values.get(compiled.ifSlot, ifField);
        const QVariant &ifValue = ifFieldValue.value();
        if (!valueIn(ifFieldValue, compiled.ifValues))
            return false;
        const QString &ifLabel = compiled.ifLabel;
        auto ifText = [&] {
            return valueLabel(rule.entity, ifField, ifValue);
        };
        if (rule.kind == RuleKind::RequiredIf) {
            ctx.expect(!empty, [&] { return label; });
            ctx.check(
                !empty, rule.severity, rule.id, rule.field,
                [&] {
                    return message(tr("%1 is empty: it is required when %2 is “%3”. Fill in %1.")
                                       .arg(label, ifLabel, ifText()));
                },
                true);
        } else {
            const bool bad = valueIn(value, compiled.values);
            ctx.check(
                !bad, rule.severity, rule.id, rule.field,
                [&] {
                    return message(
                        tr("%1 must not be “%2” when %3 is “%4”. Choose another value.")
                            .arg(label, valueLabel(rule.entity, rule.field, v), ifLabel, ifText()));
                },
                true);
        }
        return true;
    }
    case RuleKind::Pattern: {
        if (empty || !compiled.hasRegex)
            return false;
        const QString text = textOf();
        ctx.check(
            compiled.regex.match(text).hasMatch(), rule.severity, rule.id, rule.field,
            [&] {
                return message(
                    tr("%1 “%2” does not have the required format. Correct it.").arg(label, text));
            },
            false);
        return true;
    }
    case RuleKind::Range: {
        if (empty)
            return false;
        const QString text = textOf();
        bool ok = false;
        const double d = v.toDouble(&ok);
        const QVariant &min = compiled.min;
        const QVariant &max = compiled.max;
        const bool inRange = ok && (!min.isValid() || d >= min.toDouble())
                             && (!max.isValid() || d <= max.toDouble());
        ctx.check(
            inRange, rule.severity, rule.id, rule.field,
            [&] {
                return message(
                    tr("%1 is %2, outside the allowed range %3 to %4. Enter a value in range.")
                        .arg(label, text, min.isValid() ? min.toString() : QStringLiteral("—"),
                             max.isValid() ? max.toString() : QStringLiteral("—")));
            },
            false);
        return true;
    }
    case RuleKind::Vocabulary: {
        if (empty)
            return false;
        const Vocabulary *voc = compiled.vocabulary;
        if (!voc)
            return false;
        const QStringList bad = codesNotIn(value, *voc);
        ctx.check(
            bad.isEmpty(), rule.severity, rule.id, rule.field,
            [&] {
                return message(
                    tr("%1 “%2” is not a value of the list “%3”. Choose a value from the list.")
                        .arg(label, bad.join(QLatin1Char(',')), voc->label.text()));
            },
            false);
        return true;
    }
    case RuleKind::Checksum: {
        if (empty)
            return false;
        const QString text = textOf();
        if (compiled.checksumKind == QLatin1String("org_code")) {
            QString code = text.toUpper().remove(QLatin1Char('-'));
            if (code.size() == 18) {
                // Inside a USCC: only meaningful once the outer code is well-formed (the "uscc"
                // rule reports the rest).
                const uscc::Problem p = uscc::check(code);
                if (p == uscc::Problem::Length || p == uscc::Problem::Charset)
                    return false;
                code = code.mid(8, 9);
            }
            const bool ok
                = code.size() == 9 && uscc::orgCodeCheckCharacter(code.left(8)) == code.at(8);
            ctx.check(
                ok, rule.severity, rule.id, rule.field,
                [&] {
                    return message(
                        tr("%1 “%2” fails the GB 11714 check digit. Check the organisation "
                           "code against the certificate.")
                            .arg(label, text));
                },
                false);
            return true;
        }
        const QString code = text.toUpper();
        switch (uscc::check(code)) {
        case uscc::Problem::None:
        case uscc::Problem::Empty:
            ctx.pass(false);
            break;
        case uscc::Problem::Length:
            ctx.fail(rule.severity, rule.id, rule.field,
                     message(tr("%1 “%2” has %3 characters; a unified social credit code has 18. "
                                "Copy it again from the registration certificate.")
                                 .arg(label, text)
                                 .arg(text.size())),
                     false);
            break;
        case uscc::Problem::Charset:
            ctx.fail(rule.severity, rule.id, rule.field,
                     message(tr("%1 “%2” contains characters a unified social credit code cannot "
                                "have (I, O, S, V, Z, lower case, or letters in the region part). "
                                "Copy it again from the registration certificate.")
                                 .arg(label, text)),
                     false);
            break;
        case uscc::Problem::CheckChar:
            ctx.fail(rule.severity, rule.id, rule.field,
                     message(tr("%1 “%2” fails the GB 32100 check character (the 18th character "
                                "should be “%3”). A character was probably mistyped: check the "
                                "code against the registration certificate.")
                                 .arg(label, text, QString(uscc::checkCharacter(code.left(17))))),
                     false);
            break;
        case uscc::Problem::OrgCodeCheck:
            if (compiled.orgCodeDeclared) {
                ctx.pass(false); // the profile's own org_code rule reports it
                break;
            }
            // Legacy codes with a wrong inner check digit are in circulation: warn, don't block.
            ctx.fail(Severity::Warning, rule.id + QStringLiteral(".org_code"), rule.field,
                     tr("%1 “%2” passes the GB 32100 check but its embedded organisation code "
                        "fails the GB 11714 check digit (the 17th character should be “%3”). "
                        "Confirm the code with the registration authority.")
                         .arg(label, text, QString(uscc::orgCodeCheckCharacter(code.mid(8, 8)))),
                     false);
            break;
        }
        return true;
    }
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Entities

// The field and declarative checks of an entity without items; what differs between entities
// is only where a finding points and how a field is read.
QList<Finding> RuleEngine::checkPlain(EntityKind kind,
                                      const QString &uuid,
                                      const QString &code,
                                      const Getter &get) const
{
    QList<Finding> out;
    Context ctx;
    ctx.out = &out;
    ctx.base.entity = kind;
    ctx.base.uuid = uuid;
    ctx.base.resourceCode = code;
    ctx.entityKey = entityKindName(kind);
    FieldValues values(slotsOf(ctx.entityKey), get);
    checkFields(ctx.entityKey, values, ctx);
    checkDeclarative(ctx.entityKey, values, ctx);
    return out;
}

QList<Finding> RuleEngine::checkMeta(const CatalogMeta &meta) const
{
    return checkPlain(EntityKind::Department, meta.uuid, QString(),
                      [&meta](const QString &key) -> QVariant {
                          if (key == QLatin1String("uscc"))
                              return meta.uscc;
                          if (key == QLatin1String("region"))
                              return meta.region;
                          if (key == QLatin1String("department") || key == QLatin1String("name"))
                              return meta.department;
                          if (key == QLatin1String("catalog_name"))
                              return meta.name;
                          return attrValue(meta.attrs, key);
                      });
}

QList<Finding> RuleEngine::checkOffice(const Office &office) const
{
    return checkPlain(EntityKind::Office, office.uuid, QString(),
                      [&office](const QString &key) { return office.value(key); });
}

QList<Finding> RuleEngine::checkProduct(const Product &product) const
{
    return checkPlain(EntityKind::Product, product.uuid, product.code,
                      [&product](const QString &key) { return product.value(key); });
}

QList<Finding> RuleEngine::checkRegistration(const Registration &registration) const
{
    return checkPlain(EntityKind::Registration, registration.uuid, registration.formNumber,
                      [&registration](const QString &key) { return registration.value(key); });
}

QList<Finding> RuleEngine::checkResource(const Resource &resource,
                                         const QList<InfoItem> &items,
                                         QualityTally *tally,
                                         bool withItems) const
{
    FieldValues values(resourceSlots(),
                       [&resource](const QString &key) { return resource.value(key); });
    return checkResource(resource, values, items, tally, withItems);
}

QList<Finding> RuleEngine::checkResource(const Resource &resource,
                                         FieldValues &values,
                                         const QList<InfoItem> &items,
                                         QualityTally *tally,
                                         bool withItems) const
{
    QList<Finding> out;
    Context ctx;
    ctx.out = &out;
    ctx.tally = tally;
    ctx.base.entity = EntityKind::Resource;
    ctx.base.uuid = resource.uuid;
    ctx.base.resourceId = resource.id;
    ctx.base.resourceCode = resource.code;
    ctx.entityKey = entityKindName(EntityKind::Resource);
    checkFields(ctx.entityKey, values, ctx);
    checkDeclarative(ctx.entityKey, values, ctx);
    checkGuangdongResource(resource, values, items, ctx);
    checkTimeliness(resource, values, ctx);
    if (withItems) {
        for (const InfoItem &item : items)
            checkItem(resource, item, ctx);
    }
    if (tally)
        ++tally->resources;
    return out;
}

QList<Finding> RuleEngine::checkResource(const Resource &resource,
                                         const QList<InfoItem> &items,
                                         QualityTally *tally) const
{
    return checkResource(resource, items, tally, true);
}

QList<Finding>
RuleEngine::checkItem(const Resource &resource, const InfoItem &item, QualityTally *tally) const
{
    QList<Finding> out;
    Context ctx;
    ctx.out = &out;
    ctx.tally = tally;
    ctx.base.resourceId = resource.id;
    ctx.base.resourceCode = resource.code;
    checkItem(resource, item, ctx);
    return out;
}

void RuleEngine::checkItem(const Resource &r, const InfoItem &item, Context &parent) const
{
    Context ctx = parent;
    ctx.base.entity = EntityKind::InfoItem;
    ctx.base.uuid = item.uuid;
    ctx.base.itemPosition = item.position;
    ctx.entityKey = entityKindName(EntityKind::InfoItem);
    FieldValues values(slotsOf(ctx.entityKey),
                       [&item](const QString &key) { return item.value(key); });
    checkFields(ctx.entityKey, values, ctx);
    checkDeclarative(ctx.entityKey, values, ctx);

    // Type and length must agree (DOMAIN.md §2.5): what each type can hold.
    const QString type = item.dataType.trimmed().toUpper();
    const int len = item.length;
    QString problem;
    Severity severity = Severity::Error;
    if (type == QLatin1String("C")) {
        if (len <= 0
            && !profileDeclares(ctx.entityKey, QStringLiteral("length"), RuleKind::RequiredIf)) {
            problem = tr("a character item needs its maximum length (1 to 65535)");
            severity = Severity::Warning;
        } else if (len > 65535) {
            problem = tr("a character item holds at most 65535 characters");
        }
    } else if (type == QLatin1String("N") || type == QLatin1String("Y")
               || type == QLatin1String("B") || type == QLatin1String("F")) {
        if (len > 38)
            problem = tr("a number has at most 38 digits");
    } else if (type == QLatin1String("I")) {
        if (len > 20)
            problem = tr("an integer has at most 20 digits");
    } else if (type == QLatin1String("D")) {
        if (len != 0 && (len < 8 || len > 10))
            problem = tr("a date takes 8 (YYYYMMDD) or 10 (YYYY-MM-DD) characters");
    } else if (type == QLatin1String("T")) {
        if (len != 0 && (len < 14 || len > 19))
            problem = tr("a date-time takes 14 to 19 characters");
    } else if (type == QLatin1String("L")) {
        if (len > 1)
            problem = tr("a logical value takes 1 character");
    }
    if (!type.isEmpty()) {
        ctx.check(
            problem.isEmpty(), severity, QStringLiteral("gd.item.length"), QStringLiteral("length"),
            [&] {
                return tr("Information item “%1”: length %2 does not fit its data type “%3”: %4. "
                          "Correct the length or the data type.")
                    .arg(item.name)
                    .arg(len)
                    .arg(m_profile ? m_profile->label(QStringLiteral("item_type"), item.dataType)
                                   : item.dataType,
                         problem);
            },
            true);
    }
    // A classified item cannot sit in a resource that is opened to the public.
    if (boolValue(attrValue(item.attrs, QStringLiteral("secret")))) {
        const bool ok = openingCode(r) == QLatin1String("3") || openingCode(r).isEmpty();
        ctx.check(
            ok, Severity::Warning, QStringLiteral("gd.item.secret_open"), QStringLiteral("secret"),
            [&] {
                return tr("Information item “%1” is marked classified (涉密) but the resource is "
                          "open to "
                          "the public. Remove the item from the resource or set opening to "
                          "“不予开放”.")
                    .arg(item.name);
            },
            true);
    }
}

void RuleEngine::checkGuangdongResource(const Resource &r,
                                        FieldValues &values,
                                        const QList<InfoItem> &items,
                                        Context &ctx) const
{
    const QString res = ctx.entityKey;
    const QString sharing = sharingCode(r);
    const QString opening = openingCode(r);
    auto label = [&](const char *key) {
        return fieldLabel(res, QString::fromLatin1(key));
    };
    // The text of an attribute, as attrValue(r.attrs, key).toString().trimmed() would give it.
    auto attrText = [&values](int slot) {
        return values.at(slot).value().toString().trimmed();
    };
    const GuangdongDeclared &declared = m_gdDeclared;

    // Resource code: classification (类 1 digit + 项 2 + 目 3 + 细目) "/" sequence number.
    if (!r.code.trimmed().isEmpty()) {
        const QString code = r.code.trimmed();
        const bool formatOk = m_resourceCodeRegex.match(code).hasMatch();
        if (!declared.codePattern)
            ctx.check(
                formatOk, Severity::Error, QStringLiteral("gd.resource.code.format"),
                QStringLiteral("code"),
                [&] {
                    return tr("Resource code “%1” does not have the form classification/sequence "
                              "(e.g. "
                              "112461465423/000001: a class digit 1–3, at least five more "
                              "classification "
                              "digits, “/”, a sequence number). Correct the code.")
                        .arg(code);
                },
                false);
        const QString classification = attrText(m_gdSlots.classification);
        if (formatOk && !classification.isEmpty()) {
            ctx.check(
                code.startsWith(classification + QLatin1Char('/')), Severity::Error,
                QStringLiteral("gd.resource.code.classification"), QStringLiteral("code"),
                [&] {
                    return tr("Resource code “%1” does not begin with its classification code "
                              "“%2”. "
                              "The part before “/” must be the classification.")
                        .arg(code, classification);
                },
                true);
        }
    }

    // 有条件共享 ⇒ 共享条件
    if (sharing == QLatin1String("2") && !declared.shareConditionIfSharing) {
        const bool filled = !attrText(m_gdSlots.shareCondition).isEmpty();
        ctx.expect(filled, [&] { return label("share_condition"); });
        ctx.check(
            filled, Severity::Error, QStringLiteral("gd.resource.share_condition"),
            QStringLiteral("share_condition"),
            [&] {
                return tr("%1 is empty: when the sharing type is “有条件共享” the conditions must "
                          "be "
                          "stated (who may use the data, for what, how to apply). Fill in %1.")
                    .arg(label("share_condition"));
            },
            true);
    }
    // 不予共享 ⇒ legal basis, and ⇒ 不予开放
    if (sharing == QLatin1String("3")) {
        // The basis is written into 共享条件 (the templates' "共享条件/不予共享依据" column).
        const char *basisKey = "share_condition";
        if (!declared.shareConditionIfSharing) {
            const bool filled = !attrText(m_gdSlots.shareCondition).isEmpty();
            ctx.expect(filled, [&] { return label(basisKey); });
            ctx.check(
                filled, Severity::Error, QStringLiteral("gd.resource.legal_basis"),
                QString::fromLatin1(basisKey),
                [&] {
                    return tr("%1 is empty: a resource that is not shared (不予共享) must cite the "
                              "law, "
                              "regulation or policy that forbids sharing it. Fill in %1.")
                        .arg(label(basisKey));
                },
                true);
        }
        if (!declared.openingForbidsIfSharing) {
            ctx.check(
                opening == QLatin1String("3"), Severity::Error,
                QStringLiteral("gd.resource.unshared_not_open"), QStringLiteral("opening"),
                [&] {
                    return tr("%1 is “%2” but the resource is not shared (不予共享): data that is "
                              "not "
                              "shared between departments cannot be opened to the public. Set %1 "
                              "to "
                              "“不予开放”.")
                        .arg(label("opening"),
                             m_profile ? m_profile->label(QStringLiteral("opening"), opening)
                                       : opening);
                },
                true);
        }
    }
    // 有条件开放 ⇒ 开放条件
    if (opening == QLatin1String("2") && !declared.openConditionIfOpening) {
        const bool filled = !attrText(m_gdSlots.openCondition).isEmpty();
        ctx.expect(filled, [&] { return label("open_condition"); });
        ctx.check(
            filled, Severity::Error, QStringLiteral("gd.resource.open_condition"),
            QStringLiteral("open_condition"),
            [&] {
                return tr("%1 is empty: when the opening type is “有条件开放” the conditions of "
                          "access "
                          "must be stated. Fill in %1.")
                    .arg(label("open_condition"));
            },
            true);
    }
    // 涉密 ⇒ 不予开放
    if (r.secret && !declared.openingForbidsIfSecret) {
        ctx.check(
            opening == QLatin1String("3"), Severity::Error,
            QStringLiteral("gd.resource.secret_not_open"), QStringLiteral("opening"),
            [&] {
                return tr("The resource is classified (涉密) but %1 is “%2”: classified data is "
                          "never "
                          "opened to the public. Set %1 to “不予开放”, or clear 涉密 after a "
                          "secrecy "
                          "review (保密审查).")
                    .arg(label("opening"),
                         m_profile ? m_profile->label(QStringLiteral("opening"), opening)
                                   : opening);
            },
            true);
    }
    // 核心数据 / 重要数据 ⇒ not 无条件开放
    const QString grade = r.grade.trimmed();
    if ((grade == QLatin1String("core") || grade == QLatin1String("important"))
        && !declared.openingForbidsIfGrade) {
        ctx.check(
            opening != QLatin1String("1"), Severity::Error,
            QStringLiteral("gd.resource.grade_not_open"), QStringLiteral("opening"),
            [&] {
                return tr("The resource is graded “%1” but %2 is “无条件开放”: core and important "
                          "data "
                          "(GB/T 43697) may not be opened without conditions. Set %2 to "
                          "“有条件开放” "
                          "or “不予开放”.")
                    .arg(m_profile ? m_profile->label(QStringLiteral("grade"), grade) : grade,
                         label("opening"));
            },
            true);
    }

    // At least one information item, names unique within the resource.
    ctx.check(
        !items.isEmpty(), Severity::Error, QStringLiteral("gd.resource.items.none"),
        QStringLiteral("items"),
        [&] {
            return tr("The resource has no information items. Add at least one item (信息项) that "
                      "describes a field of the data.");
        },
        false);
    // Sorted (hash of the name, position in the list) pairs find the repeats without a hash
    // table per resource or comparing texts to sort them; the findings are then made in list
    // order, each naming the first occurrence.
    // A name that is normal already (most are) is viewed, not copied; textHash() of its UTF-16
    // costs a third of qHash() on Debian's Qt. Two million items pass through here.
    QVarLengthArray<QString, 8> normalised; // the views below outlive moves: QString's data stays
    QVarLengthArray<QStringView, 64> names(items.size());
    QVarLengthArray<std::pair<size_t, qsizetype>, 64> hashes;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString &name = items.at(i).name;
        if (isNormalName(name)) {
            names[i] = name;
        } else {
            normalised.append(normalisedName(name));
            names[i] = normalised.last();
        }
        if (!names[i].isEmpty()) {
            const QByteArrayView utf16(reinterpret_cast<const char *>(names[i].utf16()),
                                       names[i].size() * qsizetype(sizeof(char16_t)));
            hashes.append({textHash(utf16), i});
        }
    }
    std::sort(hashes.begin(), hashes.end());
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 8> repeats; // (item, its first occurrence)
    for (qsizetype i = 0, run = 0; i < hashes.size(); ++i) {
        if (hashes[i].first != hashes[run].first)
            run = i;
        // The earliest equal name in the run of equal hashes (a run is one name but for
        // collisions).
        const QStringView name = names[hashes[i].second];
        qsizetype first = run;
        while (first < i && names[hashes[first].second] != name)
            ++first;
        if (first < i)
            repeats.append({hashes[i].second, hashes[first].second});
        else
            ctx.pass(true);
    }
    std::sort(repeats.begin(), repeats.end());
    for (const auto &[index, firstIndex] : repeats) {
        const InfoItem &item = items.at(index);
        Context itemCtx = ctx;
        itemCtx.base.entity = EntityKind::InfoItem;
        itemCtx.base.uuid = item.uuid;
        itemCtx.base.itemPosition = item.position;
        itemCtx.fail(Severity::Error, QStringLiteral("gd.item.name.duplicate"),
                     QStringLiteral("name"),
                     tr("Information item name “%1” appears twice in this resource (items %2 and "
                        "%3). Rename or remove one of them.")
                         .arg(item.name)
                         .arg(items.at(firstIndex).position + 1)
                         .arg(item.position + 1),
                     true);
    }

    // Related codes must at least look like resource codes; whether they exist is a catalog check.
    const QStringList related = valueCodes(values.at(m_gdSlots.relatedCodes).value());
    for (const QString &code : related) {
        const QString c = code.trimmed();
        if (c.isEmpty())
            continue;
        ctx.check(
            m_resourceCodeRegex.match(c).hasMatch(), Severity::Error,
            QStringLiteral("gd.resource.related_codes.format"), QStringLiteral("related_codes"),
            [&] {
                return tr("Related resource code “%1” is not a resource code "
                          "(classification/sequence). "
                          "Correct it or remove it.")
                    .arg(c);
            },
            false);
    }
}

void RuleEngine::checkTimeliness(const Resource &r, FieldValues &values, Context &ctx) const
{
    const int days = updateCycleDays(r.updateCycle);
    if (days <= 0)
        return; // irregular or unknown cycle: timeliness is not scored
    const QString text = values.at(m_gdSlots.lastUpdate).value().toString().trimmed();
    const QDate last = isoDate(text.left(10));
    auto cycle = [&] {
        return m_profile ? m_profile->label(QStringLiteral("update_cycle"), r.updateCycle)
                         : r.updateCycle;
    };
    // A little grace: a monthly resource updated 35 days ago is late, not stale.
    const int allowed = days + qMax(1, days / 2);
    const bool explain = ctx.tally && ctx.tally->explanation;
    double score = 0;
    QString note;
    if (!last.isValid()) {
        if (explain)
            note = tr("the last update date is not given, so the update cycle “%1” cannot be "
                      "confirmed.")
                       .arg(cycle());
    } else {
        const qint64 age = last.daysTo(m_today);
        if (age <= allowed) {
            score = 1;
            if (explain)
                note = tr("last updated %1 (%2 days ago), within the update cycle “%3”.")
                           .arg(last.toString(Qt::ISODate))
                           .arg(age)
                           .arg(cycle());
        } else {
            score = qMax(0.0, 1.0 - double(age - allowed) / double(2 * allowed));
            if (explain)
                note = tr("last updated %1 (%2 days ago), later than the update cycle “%3” allows.")
                           .arg(last.toString(Qt::ISODate))
                           .arg(age)
                           .arg(cycle());
            // Advice rather than a defect: stale data is a quality matter the score shows.
            Finding f = ctx.base;
            f.severity = Severity::Info;
            f.ruleId = QStringLiteral("gd.resource.last_update.overdue");
            f.field = QStringLiteral("last_update");
            f.message = tr("The data was last updated on %1, %2 days ago, but the update cycle is "
                           "“%3”. Update the data and the date, or correct the update cycle.")
                            .arg(last.toString(Qt::ISODate))
                            .arg(age)
                            .arg(cycle());
            ctx.out->append(f);
        }
    }
    if (ctx.tally) {
        ctx.tally->timely += score;
        ++ctx.tally->timelinessChecks;
        if (explain)
            ctx.tally->explanation->timelinessNote = note;
    }
}

// ---------------------------------------------------------------------------------------------
// Catalog-wide findings

Finding RuleEngine::duplicateCodeFinding(const Resource &r, int count) const
{
    Finding f;
    f.severity = Severity::Error;
    f.ruleId = QStringLiteral("gd.resource.code.unique");
    f.entity = EntityKind::Resource;
    f.uuid = r.uuid;
    f.resourceId = r.id;
    f.resourceCode = r.code;
    f.field = QStringLiteral("code");
    // The name tells the rows of one duplicated code apart in the Problems panel.
    f.message = tr("Resource code “%1” is used by %2 resources. Every resource needs its own code: "
                   "give this one (“%3”) the next free sequence number.")
                    .arg(r.code)
                    .arg(count)
                    .arg(r.name);
    return f;
}

Finding RuleEngine::missingRelatedCodeFinding(const Resource &r, const QString &missingCode) const
{
    Finding f;
    f.severity = Severity::Error;
    f.ruleId = QStringLiteral("gd.resource.related_codes.exist");
    f.entity = EntityKind::Resource;
    f.uuid = r.uuid;
    f.resourceId = r.id;
    f.resourceCode = r.code;
    f.field = QStringLiteral("related_codes");
    f.message = tr("Related resource code “%1” does not exist in this catalog. Correct the code or "
                   "remove it from the related resources.")
                    .arg(missingCode);
    return f;
}

Finding RuleEngine::oneSourceFinding(const Resource &r,
                                     const InfoItem &item,
                                     const QString &officeName,
                                     const QString &otherOfficeName,
                                     const QString &otherResourceCode) const
{
    Finding f;
    f.severity = Severity::Warning;
    f.ruleId = QStringLiteral("gd.item.one_source");
    f.entity = EntityKind::InfoItem;
    f.uuid = item.uuid;
    f.resourceId = r.id;
    f.resourceCode = r.code;
    f.field = QStringLiteral("authoritative");
    f.itemPosition = item.position;
    f.message = tr("一数一源: information item “%1” is offered as the authoritative source by both "
                   "“%2” and “%3” (resource %4). Agree which office is the source and clear "
                   "“authoritative” on the other.")
                    .arg(item.name, officeName, otherOfficeName, otherResourceCode);
    return f;
}

} // namespace sy

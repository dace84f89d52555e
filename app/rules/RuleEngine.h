#pragma once

#include "FieldValues.h"
#include "Finding.h"
#include "QualityScore.h"
#include "model/CatalogMeta.h"
#include "model/InfoItem.h"
#include "model/Office.h"
#include "model/Product.h"
#include "model/Profile.h"
#include "model/Registration.h"
#include "model/Resource.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <memory>

namespace sy {

// Checks entities against the profile: its declarative rules, the checks implied by its field
// definitions (required, pattern, vocabulary, length, dates, USCC, region), and the built-in
// Guangdong rules of DOMAIN.md §2–§4 that cannot be written declaratively. Pure and reentrant:
// one engine may be shared by threads, it never touches a store. Checks that need the whole
// catalog (code uniqueness, related codes, 一数一源) are made by CatalogValidator with set-based
// queries and turned into findings here (the *Finding factories) so that messages stay in one
// place.
class RuleEngine
{
    Q_DECLARE_TR_FUNCTIONS(sy::RuleEngine)

public:
    explicit RuleEngine(std::shared_ptr<const Profile> profile = Profile::builtin());

    std::shared_ptr<const Profile> profile() const { return m_profile; }
    // "Today" for timeliness and future-date checks; tests pin it.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today; }

    QList<Finding> checkMeta(const CatalogMeta &meta) const;
    QList<Finding> checkOffice(const Office &office) const;
    QList<Finding> checkProduct(const Product &product) const;
    QList<Finding> checkRegistration(const Registration &registration) const;
    // A resource with its information items (all per-entity rules, items included, plus the
    // "at least one item", "item names unique" and type/length checks). `tally`, when given,
    // receives the counts for the quality score.
    QList<Finding> checkResource(const Resource &resource,
                                 const QList<InfoItem> &items,
                                 QualityTally *tally = nullptr) const;
    // The same with the per-item checks left out when !withItems (the resource-level checks that
    // look at the items, such as "at least one" and "names unique", still run); with checkItem()
    // the catalog pass can reuse the result of identical items.
    QList<Finding> checkResource(const Resource &resource,
                                 const QList<InfoItem> &items,
                                 QualityTally *tally,
                                 bool withItems) const;
    // The same with the resource's field values given: the validation pass reads the attributes
    // straight from their JSON text into `values` (made on resourceSlots()), and the checks then
    // read no field of `resource` but its columns.
    QList<Finding> checkResource(const Resource &resource,
                                 FieldValues &values,
                                 const QList<InfoItem> &items,
                                 QualityTally *tally,
                                 bool withItems) const;
    // The slots of every resource field the checks read, attributes included.
    const FieldSlots &resourceSlots() const;
    // The checks of one information item of `resource`. They depend on the item and on the
    // resource's opening type only, so equal items give equal findings (apart from uuid/position).
    QList<Finding>
    checkItem(const Resource &resource, const InfoItem &item, QualityTally *tally = nullptr) const;

    // Findings for the cross-entity checks of the catalog.
    Finding duplicateCodeFinding(const Resource &resource, int count) const;
    Finding missingRelatedCodeFinding(const Resource &resource, const QString &missingCode) const;
    Finding oneSourceFinding(const Resource &resource,
                             const InfoItem &item,
                             const QString &officeName,
                             const QString &otherOfficeName,
                             const QString &otherResourceCode) const;

    // Days of one update cycle for timeliness, 0 when irregular (不定时, 其他) or unknown.
    int updateCycleDays(const QString &cycleCode) const;
    // An item name without spaces, case-folded: "names unique within a resource".
    static QString normalisedName(const QString &name);

    // True when the profile itself declares a rule of `kind` for entity/field; built-in checks
    // step back then so a clerk never sees the same problem twice.
    // `qualifier` narrows it to rules conditioned on that if_field, or checksum rules of that kind.
    bool profileDeclares(const QString &entity,
                         const QString &field,
                         RuleKind kind,
                         const QString &qualifier = QString()) const;

    using Getter = std::function<QVariant(const QString &key)>;
    struct Context; // where findings go and how they are located

    struct CompiledRule
    {
        RuleDef rule;
        const FieldDef *def = nullptr;
        QString label;
        QString ifField;
        QString ifLabel;
        QStringList ifValues;
        QStringList values;
        QRegularExpression regex;
        bool hasRegex = false; // regex has a valid, non-empty pattern (asked once, not per value)
        const Vocabulary *vocabulary = nullptr;
        QString checksumKind;
        QVariant min, max; // of a range rule
        bool orgCodeDeclared = false;
        int slot = -1;   // of rule.field
        int ifSlot = -1; // of ifField
    };
    // The checks implied by one field definition that the profile does not declare itself.
    struct FieldCheck
    {
        const FieldDef *def = nullptr;
        QString idBase;
        // The rule ids of the implied checks, made once: building them for every passing check
        // of every resource cost more than the checks.
        QString requiredId, maxLengthId, patternId, vocabularyId, dateId, futureId, regionId,
            numberId;
        QString label;
        bool required = false;
        bool pattern = false;
        QRegularExpression patternRegex; // when `pattern`, compiled once
        bool vocabulary = false;
        const Vocabulary *vocabularyDef = nullptr; // when `vocabulary`
        bool uscc = false;
        CompiledRule usccRule;
        int slot = -1;
    };

private:
    QList<Finding>
    checkPlain(EntityKind kind, const QString &uuid, const QString &code, const Getter &get) const;
    void checkFields(const QString &entityKey, FieldValues &values, Context &ctx) const;
    void checkDeclarative(const QString &entityKey, FieldValues &values, Context &ctx) const;
    bool checkRule(const CompiledRule &rule, FieldValues &values, Context &ctx) const;
    void checkGuangdongResource(const Resource &r,
                                FieldValues &values,
                                const QList<InfoItem> &items,
                                Context &ctx) const;
    void checkItem(const Resource &r, const InfoItem &item, Context &ctx) const;
    void checkTimeliness(const Resource &r, FieldValues &values, Context &ctx) const;
    const FieldSlots &slotsOf(const QString &entityKey) const;
    void addSlots();
    QString fieldLabel(const QString &entity, const QString &key) const;
    QString valueLabel(const QString &entity, const QString &key, const QVariant &value) const;

    std::shared_ptr<const Profile> m_profile;
    QDate m_today;
    QSet<QString> m_declared;                     // "entity|field|kind"
    // Compiled once, as are the patterns of the checks: the engine is shared by threads.
    QRegularExpression m_resourceCodeRegex;
    QHash<QString, int> m_cycleDays;
    QHash<QString, QList<CompiledRule>> m_rules;     // by entity key, profile order
    QHash<QString, QList<FieldCheck>> m_fieldChecks; // by entity key
    QHash<QString, FieldSlots> m_slots;              // by entity key
    // The attributes the built-in Guangdong checks read, by their resource slots.
    struct GuangdongSlots
    {
        int classification = -1, shareCondition = -1, openCondition = -1, relatedCodes = -1,
            lastUpdate = -1;
    } m_gdSlots;
    // Whether the profile declares the rule a built-in check would repeat (profileDeclares(),
    // asked once: building its key text for every resource cost more than the checks).
    struct GuangdongDeclared
    {
        bool codePattern = false, shareConditionIfSharing = false, openingForbidsIfSharing = false,
             openConditionIfOpening = false, openingForbidsIfSecret = false,
             openingForbidsIfGrade = false;
    } m_gdDeclared;
};

} // namespace sy

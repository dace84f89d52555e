#pragma once

#include "Entity.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace sy {

// A text in both languages of the program. text() picks by the current QLocale (zh → zh).
struct LocalText
{
    QString zh;
    QString en;
    QString text() const; // zh when QLocale().language() is Chinese, else en (zh if en empty)
};

enum class FieldType {
    Text,      // single line
    LongText,  // multi-line
    Enum,      // one code of a vocabulary
    MultiEnum, // several codes of a vocabulary (stored as a JSON array / QStringList)
    Int,
    Bytes, // storage volume in bytes
    Date,  // ISO yyyy-MM-dd
    Bool,
    Uscc,     // 统一社会信用代码, GB 32100
    Region,   // GB/T 2260 code
    Code,     // a structured code (resource code, classification)
    CodeList, // several codes, e.g. related resource codes
};
QString fieldTypeName(FieldType type);
bool fieldTypeFromName(const QString &name, FieldType *type);

struct VocabularyItem
{
    QString code;
    LocalText label;
    QString parent; // for hierarchical vocabularies (format subtypes: parent = format code)
};

struct Vocabulary
{
    QString id;
    LocalText label;
    QList<VocabularyItem> items;
    // The vocabulary whose codes the items' `parent` refers to (format_subtype → format); empty
    // means the parents are codes of this vocabulary (region: city → province).
    QString parentVocabulary;

    const VocabularyItem *item(const QString &code) const;
    bool contains(const QString &code) const { return item(code) != nullptr; }
    // The code whose zh or en label, or code, equals text (case-insensitive, trimmed); empty if
    // none.
    QString codeForText(const QString &text) const;
    QString labelFor(const QString &code) const; // label().text() or the code itself if unknown

    // Builds the look-up behind codeForText() (the profile does, once the items are read):
    // without it each call normalises every code and label of the list, which made reading the
    // enum cells a tenth of a spreadsheet import. Items changed afterwards need another call.
    void indexTexts();

private:
    QHash<QString, QString> m_codesByText; // normalised code, then label -> code (first wins)
    qsizetype m_indexedItems = -1;
};

struct FieldDef
{
    QString key; // e.g. "share_condition"; column keys match Resource::columnKeys()
    LocalText label;
    FieldType type = FieldType::Text;
    QString vocabulary; // vocabulary id for Enum/MultiEnum
    bool required = false;
    LocalText help;
    QStringList headers; // CSV/XLSX header names: zh first, then en, then synonyms
    QString dcat;        // DCAT/DCTERMS property, e.g. "dct:title"
    int maxLength = 0;   // 0 = unlimited
    QString pattern;     // regular expression the value must match (whole value), or empty
    QString group;       // group key this field belongs to
};

struct FieldGroup
{
    QString key;
    LocalText label;
    QStringList fieldKeys; // in display order
};

struct EntityDef
{
    QString key; // department, office, resource, item, registration, product
    LocalText label;
    QList<FieldGroup> groups;
    QList<FieldDef> fields; // all fields in display order
    const FieldDef *field(const QString &key) const;
};

enum class RuleKind {
    Required,   // field must be filled
    Pattern,    // value matches params["pattern"]
    Range,      // numeric value within params["min"], params["max"]
    Vocabulary, // value is a code of the field's vocabulary
    Checksum,   // params["kind"]: "uscc" (GB 32100) or "org_code" (GB 11714)
    RequiredIf, // if params["if_field"] in params["if_values"] then field is required
    Forbids,    // if params["if_field"] in params["if_values"] then field not in params["values"]
};
QString ruleKindName(RuleKind kind);

enum class Severity { Error, Warning, Info };
QString severityName(Severity severity);

struct RuleDef
{
    QString id;     // stable id, e.g. "resource.share_condition.required_if_conditional"
    QString entity; // entity key
    QString field;  // the field the finding is attached to
    RuleKind kind = RuleKind::Required;
    Severity severity = Severity::Error;
    QVariantMap params;
    LocalText message; // what is wrong and how to fix it
};

// The metadata standard as data: loaded from JSON (the embedded default or a file) and checked.
// A broken profile is refused with an error naming the JSON path, e.g.
// 'entities[2].groups[0].fields[3].type: unknown field type "strng"'. Besides the explicit
// rules, the loader synthesises "required", "vocabulary" and "pattern" rules from the field
// definitions (see Profile::synthesiseRules()).
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(sy::Profile)

public:
    static constexpr const char *defaultPath = ":/profiles/gd-public-data.json";

    // Loads and checks a profile. Returns nullptr and fills *error on failure.
    static std::shared_ptr<const Profile>
    load(const QString &path = QString::fromLatin1(defaultPath), QString *error = nullptr);
    static std::shared_ptr<const Profile> fromJson(const QByteArray &json,
                                                   QString *error = nullptr);
    // The embedded default profile, loaded once (it is checked by the tests, so never null).
    static std::shared_ptr<const Profile> builtin();

    QString id() const { return m_id; }
    QString version() const { return m_version; }
    LocalText title() const { return m_title; }

    const EntityDef *entity(const QString &key) const;
    const EntityDef *entity(EntityKind kind) const { return entity(entityKindName(kind)); }
    const FieldDef *field(const QString &entity, const QString &key) const;
    const Vocabulary *vocabulary(const QString &id) const;
    QList<RuleDef> rules() const { return m_rules; }
    QList<RuleDef> rules(const QString &entity) const;
    QStringList entityKeys() const;
    QStringList vocabularyIds() const;

    // Label of a vocabulary code in the current language (the code itself if unknown).
    QString label(const QString &vocabulary, const QString &code) const;
    // The field of `entity` whose header list (or label, or key) matches `header`: trimmed,
    // case-insensitive, leading/trailing '*' or '＊' and full-width spaces ignored, full-width
    // brackets equal to ASCII ones. nullptr if none.
    const FieldDef *fieldForHeader(const QString &entity, const QString &header) const;

    // Free-form settings of the profile's "settings" object (e.g. registration validity days).
    QVariant setting(const QString &key, const QVariant &fallback = {}) const;

private:
    bool parse(const QByteArray &json, QString *error);
    void synthesiseRules();

    // Normalised header → index into the entity's fields, per entity key (fieldForHeader).
    QHash<QString, QHash<QString, int>> m_headerIndex;

    QString m_id;
    QString m_version;
    LocalText m_title;
    QList<EntityDef> m_entities;
    QHash<QString, Vocabulary> m_vocabularies;
    QStringList m_vocabularyOrder;
    QList<RuleDef> m_rules;
    QVariantMap m_settings;
};

} // namespace sy

#include "Profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <mutex>

// The profile is compiled into shuyuan_resources, a static library. Nothing references the
// generated resource initialiser, so the linker would drop it: initialise it explicitly before
// the first ":/" path is opened. Q_INIT_RESOURCE must be used outside any namespace.
static void initProfileResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace sy {

namespace {

// Header names come from real templates: "*信息资源名称", "存储量（G）", "Resource name ".
// Compare them without required-marks, surrounding blanks, full-width punctuation differences
// or case, so that one synonym list matches all spellings.
QString normaliseText(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case 0x3000: // full-width space: Chinese templates pad with it, it carries no meaning
            continue;
        case 0xFF08:
            s.append(u'(');
            continue;
        case 0xFF09:
            s.append(u')');
            continue;
        case 0xFF1A:
            s.append(u':');
            continue;
        case 0xFF0F:
            s.append(u'/');
            continue;
        default:
            s.append(c);
        }
    }
    return s.simplified().toCaseFolded();
}

bool isRequiredMark(QChar c)
{
    return c == u'*' || c == QChar(0xFF0A) || c.isSpace();
}

QString normaliseHeader(const QString &header)
{
    qsizetype begin = 0;
    qsizetype end = header.size();
    while (begin < end && isRequiredMark(header.at(begin)))
        ++begin;
    while (end > begin && isRequiredMark(header.at(end - 1)))
        --end;
    return normaliseText(header.mid(begin, end - begin));
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

QString member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

// Collects the first problem, prefixed with the JSON path where it was found. Every check
// returns false on failure so that callers can bail out with `return ctx.fail(...)`.
class Ctx
{
public:
    bool fail(const QString &path, const QString &message)
    {
        m_error = path.isEmpty() ? message : path + QStringLiteral(": ") + message;
        return false;
    }
    QString error() const { return m_error; }

private:
    QString m_error;
};

// Members starting with '_' or '$' are comments/annotations for profile authors; anything else
// that is unknown is most likely a typo ("vocabularly") and would silently lose meaning.
bool checkMembers(Ctx &ctx,
                  const QJsonObject &obj,
                  const QString &path,
                  std::initializer_list<const char *> allowed)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString key = it.key();
        if (key.startsWith(u'_') || key.startsWith(u'$'))
            continue;
        bool ok = false;
        for (const char *a : allowed) {
            if (key == QLatin1String(a)) {
                ok = true;
                break;
            }
        }
        if (!ok)
            return ctx.fail(member(path, key), Profile::tr("unknown member"));
    }
    return true;
}

bool getObject(Ctx &ctx,
               const QJsonObject &parent,
               const QString &path,
               const QString &key,
               bool required,
               QJsonObject *out)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined()) {
        *out = {};
        return required ? ctx.fail(member(path, key), Profile::tr("missing")) : true;
    }
    if (!v.isObject())
        return ctx.fail(member(path, key), Profile::tr("must be an object"));
    *out = v.toObject();
    return true;
}

bool getArray(Ctx &ctx,
              const QJsonObject &parent,
              const QString &path,
              const QString &key,
              bool required,
              QJsonArray *out)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined()) {
        *out = {};
        return required ? ctx.fail(member(path, key), Profile::tr("missing")) : true;
    }
    if (!v.isArray())
        return ctx.fail(member(path, key), Profile::tr("must be an array"));
    *out = v.toArray();
    return true;
}

bool getString(Ctx &ctx,
               const QJsonObject &parent,
               const QString &path,
               const QString &key,
               bool required,
               QString *out)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return required ? ctx.fail(member(path, key), Profile::tr("missing")) : true;
    }
    if (!v.isString())
        return ctx.fail(member(path, key), Profile::tr("must be a string"));
    *out = v.toString();
    if (required && out->trimmed().isEmpty())
        return ctx.fail(member(path, key), Profile::tr("must not be empty"));
    return true;
}

bool getBool(
    Ctx &ctx, const QJsonObject &parent, const QString &path, const QString &key, bool *out)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined())
        return true; // keep the default
    if (!v.isBool())
        return ctx.fail(member(path, key), Profile::tr("must be true or false"));
    *out = v.toBool();
    return true;
}

bool getNonNegativeInt(
    Ctx &ctx, const QJsonObject &parent, const QString &path, const QString &key, int *out)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 1e9 || d != static_cast<double>(static_cast<int>(d)))
        return ctx.fail(member(path, key), Profile::tr("must be a whole number of at least 0"));
    *out = static_cast<int>(d);
    return true;
}

// {"zh": ..., "en": ...}; the Chinese text is the authoritative one and must be present.
bool getLocalText(Ctx &ctx,
                  const QJsonObject &parent,
                  const QString &path,
                  const QString &key,
                  bool required,
                  LocalText *out)
{
    QJsonObject obj;
    if (!getObject(ctx, parent, path, key, required, &obj))
        return false;
    if (obj.isEmpty() && !parent.contains(key))
        return true;
    const QString p = member(path, key);
    if (!checkMembers(ctx, obj, p, {"zh", "en"}))
        return false;
    return getString(ctx, obj, p, QStringLiteral("zh"), true, &out->zh)
           && getString(ctx, obj, p, QStringLiteral("en"), false, &out->en);
}

bool checkRegex(Ctx &ctx, const QString &path, const QString &pattern)
{
    const QRegularExpression re(pattern);
    if (re.isValid())
        return true;
    return ctx.fail(path, Profile::tr("invalid regular expression %1: %2 at offset %3")
                              .arg(quoted(pattern), re.errorString())
                              .arg(re.patternErrorOffset()));
}

bool ruleKindFromName(const QString &name, RuleKind *kind)
{
    static const RuleKind all[]
        = {RuleKind::Required, RuleKind::Pattern,    RuleKind::Range,  RuleKind::Vocabulary,
           RuleKind::Checksum, RuleKind::RequiredIf, RuleKind::Forbids};
    for (RuleKind k : all) {
        if (ruleKindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

bool severityFromName(const QString &name, Severity *severity)
{
    static const Severity all[] = {Severity::Error, Severity::Warning, Severity::Info};
    for (Severity s : all) {
        if (severityName(s) == name) {
            *severity = s;
            return true;
        }
    }
    return false;
}

QStringList allFieldTypeNames()
{
    QStringList names;
    for (int i = static_cast<int>(FieldType::Text); i <= static_cast<int>(FieldType::CodeList); ++i)
        names << fieldTypeName(static_cast<FieldType>(i));
    return names;
}

QStringList allEntityNames()
{
    return {entityKindName(EntityKind::Department),   entityKindName(EntityKind::Office),
            entityKindName(EntityKind::Resource),     entityKindName(EntityKind::InfoItem),
            entityKindName(EntityKind::Registration), entityKindName(EntityKind::Product)};
}

bool isChoiceType(FieldType type)
{
    return type == FieldType::Enum || type == FieldType::MultiEnum;
}

} // namespace

// ------------------------------------------------------------------------------------------

QString LocalText::text() const
{
    if (QLocale().language() == QLocale::Chinese)
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::LongText:
        return QStringLiteral("longtext");
    case FieldType::Enum:
        return QStringLiteral("enum");
    case FieldType::MultiEnum:
        return QStringLiteral("multi-enum");
    case FieldType::Int:
        return QStringLiteral("int");
    case FieldType::Bytes:
        return QStringLiteral("bytes");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::Bool:
        return QStringLiteral("bool");
    case FieldType::Uscc:
        return QStringLiteral("uscc");
    case FieldType::Region:
        return QStringLiteral("region");
    case FieldType::Code:
        return QStringLiteral("code");
    case FieldType::CodeList:
        return QStringLiteral("code-list");
    }
    return {};
}

bool fieldTypeFromName(const QString &name, FieldType *type)
{
    for (int i = static_cast<int>(FieldType::Text); i <= static_cast<int>(FieldType::CodeList);
         ++i) {
        const auto t = static_cast<FieldType>(i);
        if (fieldTypeName(t) == name) {
            if (type)
                *type = t;
            return true;
        }
    }
    return false;
}

QString ruleKindName(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Required:
        return QStringLiteral("required");
    case RuleKind::Pattern:
        return QStringLiteral("pattern");
    case RuleKind::Range:
        return QStringLiteral("range");
    case RuleKind::Vocabulary:
        return QStringLiteral("vocabulary");
    case RuleKind::Checksum:
        return QStringLiteral("checksum");
    case RuleKind::RequiredIf:
        return QStringLiteral("required-if");
    case RuleKind::Forbids:
        return QStringLiteral("forbids");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

const VocabularyItem *Vocabulary::item(const QString &code) const
{
    // Sizes first: == on two QStrings calls Qt's ordering compare out of line, and "validate
    // all" asks two dozen times a resource.
    for (const VocabularyItem &i : items) {
        if (i.code.size() == code.size() && i.code == code)
            return &i;
    }
    return nullptr;
}

void Vocabulary::indexTexts()
{
    m_codesByText.clear();
    // Codes win over labels, and the first item over later ones, as in the scan below.
    for (const VocabularyItem &i : std::as_const(items)) {
        const QString key = normaliseText(i.code);
        if (!m_codesByText.contains(key))
            m_codesByText.insert(key, i.code);
    }
    for (const VocabularyItem &i : std::as_const(items)) {
        for (const QString &label : {i.label.zh, i.label.en}) {
            const QString key = normaliseText(label);
            if (!m_codesByText.contains(key))
                m_codesByText.insert(key, i.code);
        }
    }
    m_codesByText.remove(QString());
    m_indexedItems = items.size();
}

QString Vocabulary::codeForText(const QString &text) const
{
    const QString wanted = normaliseText(text);
    if (wanted.isEmpty())
        return {};
    if (m_indexedItems == items.size())
        return m_codesByText.value(wanted);
    // Codes win over labels: "1" must never be taken for a label that happens to read "1".
    for (const VocabularyItem &i : items) {
        if (normaliseText(i.code) == wanted)
            return i.code;
    }
    for (const VocabularyItem &i : items) {
        if (normaliseText(i.label.zh) == wanted || normaliseText(i.label.en) == wanted)
            return i.code;
    }
    return {};
}

QString Vocabulary::labelFor(const QString &code) const
{
    const VocabularyItem *i = item(code);
    return i ? i->label.text() : code;
}

const FieldDef *EntityDef::field(const QString &key) const
{
    for (const FieldDef &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

// ------------------------------------------------------------------------------------------

std::shared_ptr<const Profile> Profile::load(const QString &path, QString *error)
{
    static std::once_flag resourcesOnce;
    std::call_once(resourcesOnce, initProfileResources);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open the profile %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    QString parseError;
    auto profile = fromJson(file.readAll(), &parseError);
    if (!profile && error)
        *error = tr("Profile %1 refused: %2").arg(path, parseError);
    return profile;
}

std::shared_ptr<const Profile> Profile::fromJson(const QByteArray &json, QString *error)
{
    auto profile = std::make_shared<Profile>();
    QString parseError;
    if (!profile->parse(json, &parseError)) {
        if (error)
            *error = parseError;
        return nullptr;
    }
    return profile;
}

std::shared_ptr<const Profile> Profile::builtin()
{
    // A function-local static is initialised exactly once even with concurrent callers.
    static const std::shared_ptr<const Profile> profile = [] {
        QString error;
        auto p = load(QString::fromLatin1(defaultPath), &error);
        // The embedded profile is part of the build and checked by tst_profile: failing here is
        // a packaging defect, and every caller relies on a non-null profile.
        if (!p)
            qFatal("The built-in profile is broken: %s", qPrintable(error));
        return p;
    }();
    return profile;
}

bool Profile::parse(const QByteArray &json, QString *error)
{
    Ctx ctx;
    auto failed = [&] {
        if (error)
            *error = ctx.error();
        return false;
    };

    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(jsonError.offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        ctx.fail(QString(), tr("JSON syntax error at line %1, column %2 (offset %3): %4")
                                .arg(line)
                                .arg(column)
                                .arg(jsonError.offset)
                                .arg(jsonError.errorString()));
        return failed();
    }
    if (!doc.isObject()) {
        ctx.fail(QString(), tr("the profile must be a JSON object"));
        return failed();
    }
    const QJsonObject root = doc.object();
    const QString top;
    if (!checkMembers(ctx, root, top,
                      {"id", "version", "title", "settings", "vocabularies", "entities", "rules"})
        || !getString(ctx, root, top, QStringLiteral("id"), true, &m_id)
        || !getString(ctx, root, top, QStringLiteral("version"), true, &m_version)
        || !getLocalText(ctx, root, top, QStringLiteral("title"), true, &m_title))
        return failed();

    // --- settings: free-form, but a "*_pattern" setting is a regular expression code relies on
    QJsonObject settings;
    if (!getObject(ctx, root, top, QStringLiteral("settings"), false, &settings))
        return failed();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (it.key().endsWith(QLatin1String("_pattern"))) {
            const QString path = member(QStringLiteral("settings"), it.key());
            if (!it.value().isString()) {
                ctx.fail(path, tr("must be a string"));
                return failed();
            }
            if (!checkRegex(ctx, path, it.value().toString()))
                return failed();
        }
    }
    m_settings = settings.toVariantMap();

    // --- vocabularies
    QJsonArray vocabularies;
    if (!getArray(ctx, root, top, QStringLiteral("vocabularies"), true, &vocabularies))
        return failed();
    QHash<QString, int> vocabularyIndex;
    for (qsizetype vi = 0; vi < vocabularies.size(); ++vi) {
        const QString vpath = index(QStringLiteral("vocabularies"), vi);
        if (!vocabularies.at(vi).isObject()) {
            ctx.fail(vpath, tr("must be an object"));
            return failed();
        }
        const QJsonObject vobj = vocabularies.at(vi).toObject();
        Vocabulary vocabulary;
        QJsonArray items;
        if (!checkMembers(ctx, vobj, vpath, {"id", "label", "items", "parentVocabulary"})
            || !getString(ctx, vobj, vpath, QStringLiteral("id"), true, &vocabulary.id)
            || !getLocalText(ctx, vobj, vpath, QStringLiteral("label"), true, &vocabulary.label)
            || !getString(ctx, vobj, vpath, QStringLiteral("parentVocabulary"), false,
                          &vocabulary.parentVocabulary)
            || !getArray(ctx, vobj, vpath, QStringLiteral("items"), true, &items))
            return failed();
        if (vocabularyIndex.contains(vocabulary.id)) {
            ctx.fail(member(vpath, QStringLiteral("id")),
                     tr("duplicate vocabulary id %1 (also vocabularies[%2])")
                         .arg(quoted(vocabulary.id))
                         .arg(vocabularyIndex.value(vocabulary.id)));
            return failed();
        }
        if (items.isEmpty()) {
            ctx.fail(member(vpath, QStringLiteral("items")), tr("must not be empty"));
            return failed();
        }
        QHash<QString, qsizetype> codes;
        for (qsizetype ii = 0; ii < items.size(); ++ii) {
            const QString ipath = index(member(vpath, QStringLiteral("items")), ii);
            if (!items.at(ii).isObject()) {
                ctx.fail(ipath, tr("must be an object"));
                return failed();
            }
            const QJsonObject iobj = items.at(ii).toObject();
            VocabularyItem item;
            if (!checkMembers(ctx, iobj, ipath, {"code", "zh", "en", "parent"})
                || !getString(ctx, iobj, ipath, QStringLiteral("code"), true, &item.code)
                || !getString(ctx, iobj, ipath, QStringLiteral("zh"), true, &item.label.zh)
                || !getString(ctx, iobj, ipath, QStringLiteral("en"), false, &item.label.en)
                || !getString(ctx, iobj, ipath, QStringLiteral("parent"), false, &item.parent))
                return failed();
            if (item.code != item.code.trimmed()) {
                ctx.fail(member(ipath, QStringLiteral("code")),
                         tr("must not begin or end with blanks"));
                return failed();
            }
            if (codes.contains(item.code)) {
                ctx.fail(member(ipath, QStringLiteral("code")),
                         tr("duplicate code %1 (also items[%2])")
                             .arg(quoted(item.code))
                             .arg(codes.value(item.code)));
                return failed();
            }
            codes.insert(item.code, ii);
            vocabulary.items.append(item);
        }
        vocabulary.indexTexts();
        vocabularyIndex.insert(vocabulary.id, static_cast<int>(vi));
        m_vocabularyOrder.append(vocabulary.id);
        m_vocabularies.insert(vocabulary.id, vocabulary);
    }
    // Parents can only be checked once every vocabulary is known.
    for (qsizetype vi = 0; vi < m_vocabularyOrder.size(); ++vi) {
        const Vocabulary &vocabulary = m_vocabularies[m_vocabularyOrder.at(vi)];
        const QString vpath = index(QStringLiteral("vocabularies"), vi);
        const Vocabulary *parents = &vocabulary;
        if (!vocabulary.parentVocabulary.isEmpty()) {
            parents = this->vocabulary(vocabulary.parentVocabulary);
            if (!parents) {
                ctx.fail(member(vpath, QStringLiteral("parentVocabulary")),
                         tr("unknown vocabulary %1").arg(quoted(vocabulary.parentVocabulary)));
                return failed();
            }
        }
        for (qsizetype ii = 0; ii < vocabulary.items.size(); ++ii) {
            const VocabularyItem &item = vocabulary.items.at(ii);
            if (item.parent.isEmpty())
                continue;
            const QString ppath = member(index(member(vpath, QStringLiteral("items")), ii),
                                         QStringLiteral("parent"));
            if (!parents->contains(item.parent)
                || (parents == &vocabulary && item.parent == item.code)) {
                ctx.fail(ppath, tr("%1 is not a code of vocabulary %2")
                                    .arg(quoted(item.parent), quoted(parents->id)));
                return failed();
            }
        }
    }

    // --- entities
    QJsonArray entities;
    if (!getArray(ctx, root, top, QStringLiteral("entities"), true, &entities))
        return failed();
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    static const QRegularExpression dcatPattern(
        QStringLiteral("^[a-z][A-Za-z0-9]*:[A-Za-z][A-Za-z0-9]*$"));
    for (qsizetype ei = 0; ei < entities.size(); ++ei) {
        const QString epath = index(QStringLiteral("entities"), ei);
        if (!entities.at(ei).isObject()) {
            ctx.fail(epath, tr("must be an object"));
            return failed();
        }
        const QJsonObject eobj = entities.at(ei).toObject();
        EntityDef entity;
        QJsonArray groups;
        if (!checkMembers(ctx, eobj, epath, {"key", "label", "groups"})
            || !getString(ctx, eobj, epath, QStringLiteral("key"), true, &entity.key)
            || !getLocalText(ctx, eobj, epath, QStringLiteral("label"), true, &entity.label)
            || !getArray(ctx, eobj, epath, QStringLiteral("groups"), true, &groups))
            return failed();
        if (!entityKindFromName(entity.key, nullptr)) {
            ctx.fail(member(epath, QStringLiteral("key")),
                     tr("unknown entity %1; expected one of %2")
                         .arg(quoted(entity.key), allEntityNames().join(QStringLiteral(", "))));
            return failed();
        }
        if (this->entity(entity.key)) {
            ctx.fail(member(epath, QStringLiteral("key")),
                     tr("duplicate entity %1").arg(quoted(entity.key)));
            return failed();
        }
        if (groups.isEmpty()) {
            ctx.fail(member(epath, QStringLiteral("groups")), tr("must not be empty"));
            return failed();
        }
        QHash<QString, int> headers; // normalised header → field index
        for (qsizetype gi = 0; gi < groups.size(); ++gi) {
            const QString gpath = index(member(epath, QStringLiteral("groups")), gi);
            if (!groups.at(gi).isObject()) {
                ctx.fail(gpath, tr("must be an object"));
                return failed();
            }
            const QJsonObject gobj = groups.at(gi).toObject();
            FieldGroup group;
            QJsonArray fields;
            if (!checkMembers(ctx, gobj, gpath, {"key", "label", "fields"})
                || !getString(ctx, gobj, gpath, QStringLiteral("key"), true, &group.key)
                || !getLocalText(ctx, gobj, gpath, QStringLiteral("label"), true, &group.label)
                || !getArray(ctx, gobj, gpath, QStringLiteral("fields"), true, &fields))
                return failed();
            for (const FieldGroup &other : std::as_const(entity.groups)) {
                if (other.key == group.key) {
                    ctx.fail(member(gpath, QStringLiteral("key")),
                             tr("duplicate group %1").arg(quoted(group.key)));
                    return failed();
                }
            }
            for (qsizetype fi = 0; fi < fields.size(); ++fi) {
                const QString fpath = index(member(gpath, QStringLiteral("fields")), fi);
                if (!fields.at(fi).isObject()) {
                    ctx.fail(fpath, tr("must be an object"));
                    return failed();
                }
                const QJsonObject fobj = fields.at(fi).toObject();
                FieldDef field;
                field.group = group.key;
                QString typeName;
                QJsonArray headerArray;
                if (!checkMembers(ctx, fobj, fpath,
                                  {"key", "label", "type", "vocabulary", "required", "help",
                                   "headers", "dcat", "maxLength", "pattern"})
                    || !getString(ctx, fobj, fpath, QStringLiteral("key"), true, &field.key)
                    || !getLocalText(ctx, fobj, fpath, QStringLiteral("label"), true, &field.label)
                    || !getString(ctx, fobj, fpath, QStringLiteral("type"), true, &typeName)
                    || !getString(ctx, fobj, fpath, QStringLiteral("vocabulary"), false,
                                  &field.vocabulary)
                    || !getBool(ctx, fobj, fpath, QStringLiteral("required"), &field.required)
                    || !getLocalText(ctx, fobj, fpath, QStringLiteral("help"), false, &field.help)
                    || !getArray(ctx, fobj, fpath, QStringLiteral("headers"), false, &headerArray)
                    || !getString(ctx, fobj, fpath, QStringLiteral("dcat"), false, &field.dcat)
                    || !getNonNegativeInt(ctx, fobj, fpath, QStringLiteral("maxLength"),
                                          &field.maxLength)
                    || !getString(ctx, fobj, fpath, QStringLiteral("pattern"), false,
                                  &field.pattern))
                    return failed();
                if (!keyPattern.match(field.key).hasMatch()) {
                    ctx.fail(member(fpath, QStringLiteral("key")),
                             tr("%1 must consist of lower-case letters, digits and underscores")
                                 .arg(quoted(field.key)));
                    return failed();
                }
                if (entity.field(field.key)) {
                    ctx.fail(member(fpath, QStringLiteral("key")),
                             tr("duplicate field %1 in entity %2")
                                 .arg(quoted(field.key), quoted(entity.key)));
                    return failed();
                }
                if (!fieldTypeFromName(typeName, &field.type)) {
                    ctx.fail(
                        member(fpath, QStringLiteral("type")),
                        tr("unknown field type %1; expected one of %2")
                            .arg(quoted(typeName), allFieldTypeNames().join(QStringLiteral(", "))));
                    return failed();
                }
                if (!field.vocabulary.isEmpty() && !this->vocabulary(field.vocabulary)) {
                    ctx.fail(member(fpath, QStringLiteral("vocabulary")),
                             tr("unknown vocabulary %1").arg(quoted(field.vocabulary)));
                    return failed();
                }
                if (isChoiceType(field.type) && field.vocabulary.isEmpty()) {
                    ctx.fail(
                        member(fpath, QStringLiteral("vocabulary")),
                        tr("missing: a field of type %1 needs a vocabulary").arg(quoted(typeName)));
                    return failed();
                }
                if (!field.dcat.isEmpty() && !dcatPattern.match(field.dcat).hasMatch()) {
                    ctx.fail(member(fpath, QStringLiteral("dcat")),
                             tr("%1 is not a prefixed property name such as \"dct:title\"")
                                 .arg(quoted(field.dcat)));
                    return failed();
                }
                if (!field.pattern.isEmpty()
                    && !checkRegex(ctx, member(fpath, QStringLiteral("pattern")), field.pattern))
                    return failed();

                // Headers: the given list, or the labels; the labels always match too, so a
                // template written by this program can always be read back.
                for (qsizetype hi = 0; hi < headerArray.size(); ++hi) {
                    const QString hpath = index(member(fpath, QStringLiteral("headers")), hi);
                    if (!headerArray.at(hi).isString()
                        || normaliseHeader(headerArray.at(hi).toString()).isEmpty()) {
                        ctx.fail(hpath, tr("must be a non-empty string"));
                        return failed();
                    }
                    field.headers << headerArray.at(hi).toString();
                }
                QStringList allHeaders = field.headers;
                allHeaders << field.label.zh << field.label.en;
                const int fieldIndex = static_cast<int>(entity.fields.size());
                for (qsizetype hi = 0; hi < allHeaders.size(); ++hi) {
                    const QString h = normaliseHeader(allHeaders.at(hi));
                    if (h.isEmpty())
                        continue;
                    const auto it = headers.constFind(h);
                    if (it == headers.constEnd()) {
                        headers.insert(h, fieldIndex);
                    } else if (it.value() != fieldIndex) {
                        const QString hpath
                            = hi < field.headers.size()
                                  ? index(member(fpath, QStringLiteral("headers")), hi)
                                  : member(fpath, QStringLiteral("label"));
                        ctx.fail(hpath, tr("header %1 is already used by field %2")
                                            .arg(quoted(allHeaders.at(hi)),
                                                 quoted(entity.fields.at(it.value()).key)));
                        return failed();
                    }
                }
                if (field.headers.isEmpty())
                    field.headers << field.label.zh << field.label.en;
                field.headers.removeAll(QString());

                group.fieldKeys << field.key;
                entity.fields << field;
            }
            entity.groups << group;
        }
        m_headerIndex.insert(entity.key, headers);
        m_entities << entity;
    }
    // Forms, stores and exports look entities up by kind; a profile lacking one would leave
    // them with nothing to show or fill, so refuse it here with a clear message.
    for (const QString &name : allEntityNames()) {
        if (!this->entity(name)) {
            ctx.fail(QStringLiteral("entities"), tr("entity %1 is missing").arg(quoted(name)));
            return failed();
        }
    }

    // --- rules
    QJsonArray rules;
    if (!getArray(ctx, root, top, QStringLiteral("rules"), false, &rules))
        return failed();
    QHash<QString, qsizetype> ruleIds;
    for (qsizetype ri = 0; ri < rules.size(); ++ri) {
        const QString rpath = index(QStringLiteral("rules"), ri);
        if (!rules.at(ri).isObject()) {
            ctx.fail(rpath, tr("must be an object"));
            return failed();
        }
        const QJsonObject robj = rules.at(ri).toObject();
        RuleDef rule;
        QString kindName;
        QString severity;
        QJsonObject params;
        if (!checkMembers(ctx, robj, rpath,
                          {"id", "entity", "field", "kind", "severity", "params", "message"})
            || !getString(ctx, robj, rpath, QStringLiteral("id"), true, &rule.id)
            || !getString(ctx, robj, rpath, QStringLiteral("entity"), true, &rule.entity)
            || !getString(ctx, robj, rpath, QStringLiteral("field"), true, &rule.field)
            || !getString(ctx, robj, rpath, QStringLiteral("kind"), true, &kindName)
            || !getString(ctx, robj, rpath, QStringLiteral("severity"), false, &severity)
            || !getObject(ctx, robj, rpath, QStringLiteral("params"), false, &params)
            || !getLocalText(ctx, robj, rpath, QStringLiteral("message"), true, &rule.message))
            return failed();
        if (ruleIds.contains(rule.id)) {
            ctx.fail(member(rpath, QStringLiteral("id")),
                     tr("duplicate rule id %1 (also rules[%2])")
                         .arg(quoted(rule.id))
                         .arg(ruleIds.value(rule.id)));
            return failed();
        }
        ruleIds.insert(rule.id, ri);
        const EntityDef *entity = this->entity(rule.entity);
        if (!entity) {
            ctx.fail(member(rpath, QStringLiteral("entity")),
                     tr("unknown entity %1").arg(quoted(rule.entity)));
            return failed();
        }
        const FieldDef *field = entity->field(rule.field);
        if (!field) {
            ctx.fail(
                member(rpath, QStringLiteral("field")),
                tr("unknown field %1 of entity %2").arg(quoted(rule.field), quoted(rule.entity)));
            return failed();
        }
        if (!ruleKindFromName(kindName, &rule.kind)) {
            ctx.fail(member(rpath, QStringLiteral("kind")),
                     tr("unknown rule kind %1; expected one of %2")
                         .arg(quoted(kindName),
                              QStringLiteral("required, pattern, range, vocabulary, checksum, "
                                             "required-if, forbids")));
            return failed();
        }
        if (!severity.isEmpty() && !severityFromName(severity, &rule.severity)) {
            ctx.fail(
                member(rpath, QStringLiteral("severity")),
                tr("unknown severity %1; expected error, warning or info").arg(quoted(severity)));
            return failed();
        }

        const QString ppath = member(rpath, QStringLiteral("params"));
        // Values compared against a field must be codes of its vocabulary (or true/false for a
        // bool field): a misspelt code would make the rule silently never fire.
        auto checkValues = [&](const FieldDef *target, const QString &key) {
            const QString vpath = member(ppath, key);
            const QJsonValue v = params.value(key);
            if (v.isUndefined())
                return ctx.fail(vpath, tr("missing"));
            if (!v.isArray() || v.toArray().isEmpty())
                return ctx.fail(vpath, tr("must be a non-empty array"));
            const QJsonArray values = v.toArray();
            const Vocabulary *vocabulary
                = isChoiceType(target->type) ? this->vocabulary(target->vocabulary) : nullptr;
            for (qsizetype i = 0; i < values.size(); ++i) {
                const QJsonValue value = values.at(i);
                if (target->type == FieldType::Bool) {
                    if (!value.isBool())
                        return ctx.fail(index(vpath, i),
                                        tr("must be true or false: field %1 is a yes/no field")
                                            .arg(quoted(target->key)));
                } else if (!value.isString() && !value.isDouble()) {
                    return ctx.fail(index(vpath, i), tr("must be a string or a number"));
                } else if (vocabulary) {
                    const QString code = value.toVariant().toString();
                    if (!vocabulary->contains(code))
                        return ctx.fail(index(vpath, i),
                                        tr("%1 is not a code of vocabulary %2")
                                            .arg(quoted(code), quoted(vocabulary->id)));
                }
            }
            return true;
        };
        auto checkIfField = [&]() -> const FieldDef * {
            const QString fpath = member(ppath, QStringLiteral("if_field"));
            const QJsonValue v = params.value(QStringLiteral("if_field"));
            if (!v.isString() || v.toString().isEmpty()) {
                ctx.fail(fpath, v.isUndefined() ? tr("missing") : tr("must be a string"));
                return nullptr;
            }
            const FieldDef *ifField = entity->field(v.toString());
            if (!ifField)
                ctx.fail(fpath, tr("unknown field %1 of entity %2")
                                    .arg(quoted(v.toString()), quoted(rule.entity)));
            return ifField;
        };

        switch (rule.kind) {
        case RuleKind::Required:
            break;
        case RuleKind::Pattern: {
            QString pattern;
            if (!getString(ctx, params, ppath, QStringLiteral("pattern"), true, &pattern)
                || !checkRegex(ctx, member(ppath, QStringLiteral("pattern")), pattern))
                return failed();
            break;
        }
        case RuleKind::Range: {
            const QJsonValue min = params.value(QStringLiteral("min"));
            const QJsonValue max = params.value(QStringLiteral("max"));
            if (min.isUndefined() && max.isUndefined()) {
                ctx.fail(ppath, tr("a range rule needs \"min\", \"max\" or both"));
                return failed();
            }
            if (!min.isUndefined() && !min.isDouble()) {
                ctx.fail(member(ppath, QStringLiteral("min")), tr("must be a number"));
                return failed();
            }
            if (!max.isUndefined() && !max.isDouble()) {
                ctx.fail(member(ppath, QStringLiteral("max")), tr("must be a number"));
                return failed();
            }
            if (min.isDouble() && max.isDouble() && min.toDouble() > max.toDouble()) {
                ctx.fail(ppath, tr("\"min\" is greater than \"max\""));
                return failed();
            }
            break;
        }
        case RuleKind::Vocabulary:
            if (field->vocabulary.isEmpty()) {
                ctx.fail(member(rpath, QStringLiteral("field")),
                         tr("field %1 has no vocabulary").arg(quoted(field->key)));
                return failed();
            }
            break;
        case RuleKind::Checksum: {
            QString kind;
            if (!getString(ctx, params, ppath, QStringLiteral("kind"), true, &kind))
                return failed();
            if (kind != QLatin1String("uscc") && kind != QLatin1String("org_code")) {
                ctx.fail(
                    member(ppath, QStringLiteral("kind")),
                    tr("unknown checksum %1; expected \"uscc\" or \"org_code\"").arg(quoted(kind)));
                return failed();
            }
            break;
        }
        case RuleKind::RequiredIf: {
            const FieldDef *ifField = checkIfField();
            if (!ifField || !checkValues(ifField, QStringLiteral("if_values")))
                return failed();
            break;
        }
        case RuleKind::Forbids: {
            const FieldDef *ifField = checkIfField();
            if (!ifField || !checkValues(ifField, QStringLiteral("if_values"))
                || !checkValues(field, QStringLiteral("values")))
                return failed();
            break;
        }
        }
        rule.params = params.toVariantMap();
        m_rules << rule;
    }

    synthesiseRules();
    return true;
}

// The loader derives the obvious rules from the field definitions so that the profile states
// each fact once: a `required` rule for every required field, a `vocabulary` rule for every
// enum / multi-enum field, and a `pattern` rule for every field with a pattern — each only when
// the profile has no explicit rule of that kind for the field (an explicit rule carries a more
// specific message). Their messages are bilingual data like the rest of the profile, built
// from the field's labels and help; params["synthesised"] is true.
void Profile::synthesiseRules()
{
    QSet<QString> ids;
    for (const RuleDef &r : std::as_const(m_rules))
        ids.insert(r.id);
    auto hasRule = [this](const QString &entity, const QString &field, RuleKind kind) {
        for (const RuleDef &r : std::as_const(m_rules)) {
            if (r.entity == entity && r.field == field && r.kind == kind)
                return true;
        }
        return false;
    };
    auto add = [&](RuleDef rule, const QString &suffix) {
        rule.id = rule.entity + u'.' + rule.field + u'.' + suffix;
        while (ids.contains(rule.id))
            rule.id += QStringLiteral(".auto");
        ids.insert(rule.id);
        rule.params.insert(QStringLiteral("synthesised"), true);
        m_rules << rule;
    };
    auto helpSentence = [](const QString &help) {
        return help.isEmpty() ? QString() : QStringLiteral(" ") + help;
    };

    for (const EntityDef &entity : std::as_const(m_entities)) {
        for (const FieldDef &field : entity.fields) {
            RuleDef rule;
            rule.entity = entity.key;
            rule.field = field.key;
            rule.severity = Severity::Error;
            const QString zhLabel = field.label.zh;
            const QString enLabel = field.label.en.isEmpty() ? field.label.zh : field.label.en;

            // A yes/no field always has a value, so "required" cannot fail meaningfully.
            if (field.required && field.type != FieldType::Bool
                && !hasRule(entity.key, field.key, RuleKind::Required)) {
                RuleDef r = rule;
                r.kind = RuleKind::Required;
                r.message.zh
                    = QStringLiteral("“%1”未填写：这是必填项。%2").arg(zhLabel, field.help.zh);
                r.message.en = QStringLiteral("%1 is empty: this field is required.%2")
                                   .arg(enLabel, helpSentence(field.help.en));
                add(r, QStringLiteral("required"));
            }
            if (isChoiceType(field.type) && !hasRule(entity.key, field.key, RuleKind::Vocabulary)) {
                const Vocabulary *vocabulary = this->vocabulary(field.vocabulary);
                QStringList zh;
                QStringList en;
                // Listing every choice helps only while the list is short.
                if (vocabulary->items.size() <= 12) {
                    for (const VocabularyItem &i : vocabulary->items) {
                        zh << i.label.zh;
                        en << (i.label.en.isEmpty() ? i.label.zh : i.label.en);
                    }
                }
                RuleDef r = rule;
                r.kind = RuleKind::Vocabulary;
                r.message.zh
                    = QStringLiteral("“%1”的值不在代码表“%2”中：请从列表中选择%3。")
                          .arg(zhLabel, vocabulary->label.zh,
                               zh.isEmpty() ? QString()
                                            : QStringLiteral("（") + zh.join(QStringLiteral("、"))
                                                  + QStringLiteral("）"));
                r.message.en = QStringLiteral(
                                   "%1 is not a code of the list \"%2\": choose one of the listed "
                                   "values%3.")
                                   .arg(enLabel,
                                        vocabulary->label.en.isEmpty() ? vocabulary->label.zh
                                                                       : vocabulary->label.en,
                                        en.isEmpty() ? QString()
                                                     : QStringLiteral(" (")
                                                           + en.join(QStringLiteral(", ")) + u')');
                add(r, QStringLiteral("vocabulary"));
            }
            if (!field.pattern.isEmpty() && !hasRule(entity.key, field.key, RuleKind::Pattern)) {
                RuleDef r = rule;
                r.kind = RuleKind::Pattern;
                r.params.insert(QStringLiteral("pattern"), field.pattern);
                r.message.zh = QStringLiteral("“%1”格式不正确。%2").arg(zhLabel, field.help.zh);
                r.message.en = QStringLiteral("%1 is malformed.%2")
                                   .arg(enLabel, helpSentence(field.help.en));
                add(r, QStringLiteral("pattern"));
            }
        }
    }
}

// ------------------------------------------------------------------------------------------

const EntityDef *Profile::entity(const QString &key) const
{
    for (const EntityDef &e : m_entities) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

const FieldDef *Profile::field(const QString &entity, const QString &key) const
{
    const EntityDef *e = this->entity(entity);
    return e ? e->field(key) : nullptr;
}

const Vocabulary *Profile::vocabulary(const QString &id) const
{
    const auto it = m_vocabularies.constFind(id);
    return it == m_vocabularies.constEnd() ? nullptr : &it.value();
}

QList<RuleDef> Profile::rules(const QString &entity) const
{
    QList<RuleDef> result;
    for (const RuleDef &r : m_rules) {
        if (r.entity == entity)
            result << r;
    }
    return result;
}

QStringList Profile::entityKeys() const
{
    QStringList keys;
    for (const EntityDef &e : m_entities)
        keys << e.key;
    return keys;
}

QStringList Profile::vocabularyIds() const
{
    return m_vocabularyOrder;
}

QString Profile::label(const QString &vocabulary, const QString &code) const
{
    const Vocabulary *v = this->vocabulary(vocabulary);
    return v ? v->labelFor(code) : code;
}

const FieldDef *Profile::fieldForHeader(const QString &entity, const QString &header) const
{
    const EntityDef *e = this->entity(entity);
    if (!e)
        return nullptr;
    const QString wanted = normaliseHeader(header);
    if (wanted.isEmpty())
        return nullptr;
    const auto byHeader = m_headerIndex.value(entity);
    const auto it = byHeader.constFind(wanted);
    if (it != byHeader.constEnd())
        return &e->fields.at(it.value());
    // Files written with field keys as column names (our own CSV tables) map back as well.
    for (const FieldDef &f : e->fields) {
        if (f.key.toCaseFolded() == wanted)
            return &f;
    }
    return nullptr;
}

QVariant Profile::setting(const QString &key, const QVariant &fallback) const
{
    return m_settings.value(key, fallback);
}

} // namespace sy

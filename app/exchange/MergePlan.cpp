#include "MergePlan.h"

#include <QJsonArray>
#include <QSet>

namespace sy {

QString mergeStatusName(MergeStatus status)
{
    switch (status) {
    case MergeStatus::New:
        return QStringLiteral("new");
    case MergeStatus::Identical:
        return QStringLiteral("identical");
    case MergeStatus::Changed:
        return QStringLiteral("changed");
    case MergeStatus::Conflict:
        return QStringLiteral("conflict");
    case MergeStatus::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

QString mergeStatusLabel(MergeStatus status)
{
    switch (status) {
    case MergeStatus::New:
        return MergePlan::tr("New");
    case MergeStatus::Identical:
        return MergePlan::tr("Identical");
    case MergeStatus::Changed:
        return MergePlan::tr("Changed");
    case MergeStatus::Conflict:
        return MergePlan::tr("Conflict");
    case MergeStatus::Deleted:
        return MergePlan::tr("Deleted in the answer");
    }
    return {};
}

bool ResourceMerge::hasConflict() const
{
    for (const MergeFieldDiff &f : fields) {
        if (f.conflict)
            return true;
    }
    return false;
}

Resource ResourceMerge::resolved() const
{
    Resource r = mine;
    for (const MergeFieldDiff &f : fields) {
        if (!f.takeTheirs || f.key == QLatin1String("items"))
            continue;
        if (f.key == QLatin1String("office"))
            r.officeId = theirs.officeId;
        else
            r.setValue(f.key, f.theirs);
    }
    return r;
}

QList<InfoItem> ResourceMerge::resolvedItems() const
{
    for (const MergeFieldDiff &f : fields) {
        if (f.key == QLatin1String("items"))
            return f.takeTheirs ? theirItems : mineItems;
    }
    return mineItems;
}

int MergePlan::count(MergeStatus status) const
{
    int n = 0;
    for (const ResourceMerge &r : resources) {
        if (r.status == status)
            ++n;
    }
    return n;
}

int MergePlan::officesToCreate() const
{
    int n = 0;
    for (const OfficeMerge &o : offices) {
        if (o.mineId == 0)
            ++n;
    }
    return n;
}

void MergePlan::chooseForOffice(const QString &officeName, bool takeTheirs)
{
    for (ResourceMerge &r : resources) {
        if (r.officeName != officeName)
            continue;
        for (MergeFieldDiff &f : r.fields)
            f.takeTheirs = takeTheirs;
        if (r.status == MergeStatus::New)
            r.accept = takeTheirs;
    }
}

void MergePlan::chooseAll(bool takeTheirs)
{
    for (ResourceMerge &r : resources) {
        for (MergeFieldDiff &f : r.fields)
            f.takeTheirs = takeTheirs;
    }
}

QStringList MergePlan::officeNames() const
{
    QStringList names;
    QSet<QString> seen;
    for (const ResourceMerge &r : resources) {
        if (!seen.contains(r.officeName)) {
            seen.insert(r.officeName);
            names << r.officeName;
        }
    }
    return names;
}

namespace {

QJsonValue variantJson(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue::fromVariant(v);
}

QString variantText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(';'));
    return v.toString();
}

} // namespace

QJsonObject MergePlan::toJson() const
{
    QJsonArray list;
    for (const ResourceMerge &r : resources) {
        const Resource &shown = r.status == MergeStatus::Deleted ? r.mine : r.theirs;
        QJsonArray fields;
        for (const MergeFieldDiff &f : r.fields) {
            fields.append(QJsonObject{
                {QStringLiteral("field"), f.key},
                {QStringLiteral("label"), f.label},
                {QStringLiteral("mine"), f.key == QLatin1String("items")
                                             ? QJsonValue(qint64(r.mineItems.size()))
                                             : variantJson(f.mine)},
                {QStringLiteral("theirs"), f.key == QLatin1String("items")
                                               ? QJsonValue(qint64(r.theirItems.size()))
                                               : variantJson(f.theirs)},
                {QStringLiteral("conflict"), f.conflict},
                {QStringLiteral("resolution"),
                 f.takeTheirs ? QStringLiteral("theirs") : QStringLiteral("mine")},
            });
        }
        list.append(QJsonObject{
            {QStringLiteral("status"), mergeStatusName(r.status)},
            {QStringLiteral("code"), shown.code},
            {QStringLiteral("name"), shown.name},
            {QStringLiteral("office"), r.officeName},
            {QStringLiteral("matched_by"), r.matchedBy},
            {QStringLiteral("accept"), r.accept},
            {QStringLiteral("fields"), fields},
        });
    }
    return QJsonObject{
        {QStringLiteral("source"), source},
        {QStringLiteral("base_time"),
         baseTime.isValid() ? baseTime.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("counts"),
         QJsonObject{{QStringLiteral("new"), count(MergeStatus::New)},
                     {QStringLiteral("identical"), count(MergeStatus::Identical)},
                     {QStringLiteral("changed"), count(MergeStatus::Changed)},
                     {QStringLiteral("conflict"), count(MergeStatus::Conflict)},
                     {QStringLiteral("deleted"), count(MergeStatus::Deleted)},
                     {QStringLiteral("offices_created"), officesToCreate()}}},
        {QStringLiteral("resources"), list},
    };
}

QString MergePlan::toText() const
{
    QString text;
    text += tr("Merge of %1").arg(source) + QLatin1Char('\n');
    text += tr("New: %1, identical: %2, changed: %3, conflicts: %4, deleted in the answer: %5, "
               "new offices: %6")
                .arg(count(MergeStatus::New))
                .arg(count(MergeStatus::Identical))
                .arg(count(MergeStatus::Changed))
                .arg(count(MergeStatus::Conflict))
                .arg(count(MergeStatus::Deleted))
                .arg(officesToCreate())
            + QLatin1Char('\n');
    for (const ResourceMerge &r : resources) {
        if (r.status == MergeStatus::Identical)
            continue;
        const Resource &shown = r.status == MergeStatus::Deleted ? r.mine : r.theirs;
        text += QStringLiteral("[%1] %2 %3 (%4)")
                    .arg(mergeStatusLabel(r.status), shown.code, shown.name, r.officeName);
        if (r.status == MergeStatus::New || r.status == MergeStatus::Deleted)
            text += QStringLiteral(" → %1").arg(r.accept ? tr("apply") : tr("skip"));
        text += QLatin1Char('\n');
        for (const MergeFieldDiff &f : r.fields) {
            const QString mine = f.key == QLatin1String("items")
                                     ? tr("%n item(s)", nullptr, int(r.mineItems.size()))
                                     : variantText(f.mine);
            const QString theirs = f.key == QLatin1String("items")
                                       ? tr("%n item(s)", nullptr, int(r.theirItems.size()))
                                       : variantText(f.theirs);
            text += QStringLiteral("    %1%2: %3 | %4 → %5\n")
                        .arg(f.conflict ? QStringLiteral("! ") : QString(), f.label, mine, theirs,
                             f.takeTheirs ? tr("theirs") : tr("mine"));
        }
    }
    return text;
}

} // namespace sy

#pragma once

#include "CatalogSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace sy {

enum class MergeStatus { New, Identical, Changed, Conflict, Deleted };
QString mergeStatusName(MergeStatus status);  // "new", "identical", ... (reports, CLI)
QString mergeStatusLabel(MergeStatus status); // translated

// One field of a matched resource that differs. "items" stands for the information-item list
// as a whole (items are merged as a unit: a half-mine, half-theirs field list is meaningless).
struct MergeFieldDiff
{
    QString key;
    QString label;
    QVariant mine;
    QVariant theirs;
    bool conflict = false;   // both sides changed it; otherwise only theirs brings news
    bool takeTheirs = false; // the resolution; defaults: changes → theirs, conflicts → mine
};

struct ResourceMerge
{
    MergeStatus status = MergeStatus::New;
    QString matchedBy; // "uuid", "code", "office+name" or empty
    qint64 mineId = 0; // store id of the matched (or deleted) resource
    Resource mine;     // as in the store (officeId = store id)
    QList<InfoItem> mineItems;
    Resource theirs; // officeId = store id after office matching (0 = none)
    QList<InfoItem> theirItems;
    QString
        theirOfficeUuid; // office of `theirs` in the snapshot (for offices created by the merge)
    QString officeName;  // for the per-office choice and the report
    QList<MergeFieldDiff> fields;
    // New: add it; Deleted: delete it (default keep); Changed/Conflict: apply field choices.
    bool accept = true;

    bool hasConflict() const;
    Resource resolved() const; // mine with the chosen theirs fields applied
    QList<InfoItem> resolvedItems() const;
};

struct OfficeMerge
{
    Office theirs;     // parentId = snapshot id of the parent
    qint64 mineId = 0; // matched store office, 0 = to be created
    QString matchedBy;
};

// What a merge would do, before anything is written. The merge dialog edits the resolutions;
// MergeApplier writes them in one transaction.
struct MergePlan
{
    Q_DECLARE_TR_FUNCTIONS(sy::MergePlan)

public:
    QString source;     // file name the answer came from
    QDateTime baseTime; // when the survey went out (invalid = unknown)
    QList<OfficeMerge> offices;
    QList<ResourceMerge> resources;
    QList<Product> newProducts;
    QList<Registration> newRegistrations;
    QList<AttachmentData> newAttachments;
    QHash<qint64, QString> theirOfficeUuidById; // snapshot office id → uuid

    int count(MergeStatus status) const;
    int officesToCreate() const;
    // Resolves every difference of every resource of one office at once.
    void chooseForOffice(const QString &officeName, bool takeTheirs);
    void chooseAll(bool takeTheirs);
    QStringList officeNames() const;

    QJsonObject toJson() const; // the merge report
    QString toText() const;     // the same for people and the CLI
};

} // namespace sy

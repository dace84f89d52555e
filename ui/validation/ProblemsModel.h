#pragma once

#include "rules/Finding.h"

#include <QAbstractTableModel>
#include <memory>

namespace sy {

class Profile;

// The findings shown in the problems panel, optionally filtered by severity. Rows keep the
// order of setFindings(); replaceResource() swaps the findings of one resource after a live
// re-check without disturbing the others.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, LocationColumn, FieldColumn, MessageColumn, ColumnCount };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProfile(std::shared_ptr<const Profile> profile) { m_profile = std::move(profile); }
    void setFindings(const QList<Finding> &findings);
    void replaceResource(qint64 resourceId, const QList<Finding> &findings);
    void clear();
    // Shows only findings at least as severe as `minimum` (Info shows all).
    void setMinimumSeverity(Severity minimum);

    const Finding *findingAt(int row) const;
    FindingCounts counts() const { return countFindings(m_all); }
    const QList<Finding> &allFindings() const { return m_all; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refilter();
    QString fieldLabel(const Finding &f) const;

    QList<Finding> m_all;
    QList<int> m_visible; // indexes into m_all
    Severity m_minimum = Severity::Info;
    std::shared_ptr<const Profile> m_profile;
};

} // namespace sy

#pragma once

#include "store/RegistrationQueries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <memory>

namespace sy {

class Profile;

// The ledger (资源底账): every resource with its registration state. Filters: all, not
// registered, renewal due (the renewal date has come).
class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        OfficeColumn,
        StatusColumn,
        FormColumn,
        AcceptedColumn,
        ValidColumn,
        RenewalColumn,
        ColumnCount
    };
    enum Filter { All, Unregistered, RenewalDue };

    explicit LedgerModel(QObject *parent = nullptr);

    void setProfile(std::shared_ptr<const Profile> profile) { m_profile = std::move(profile); }
    void setRows(const QList<LedgerRow> &rows, const QHash<qint64, QString> &officeNames);
    void setFilter(Filter filter);
    void setToday(const QDate &today) { m_today = today; }
    const LedgerRow *rowAt(int row) const;
    int registeredCount() const;
    int totalCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refilter();

    QList<LedgerRow> m_all;
    QList<int> m_visible;
    QHash<qint64, QString> m_offices;
    Filter m_filter = All;
    QDate m_today = QDate::currentDate();
    std::shared_ptr<const Profile> m_profile;
};

} // namespace sy

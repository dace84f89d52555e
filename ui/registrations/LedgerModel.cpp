#include "LedgerModel.h"

#include "model/Profile.h"

#include <QBrush>
#include <QColor>

namespace sy {

LedgerModel::LedgerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LedgerModel::setRows(const QList<LedgerRow> &rows, const QHash<qint64, QString> &officeNames)
{
    beginResetModel();
    m_all = rows;
    m_offices = officeNames;
    refilter();
    endResetModel();
}

void LedgerModel::setFilter(Filter filter)
{
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
}

void LedgerModel::refilter()
{
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const LedgerRow &r = m_all.at(i);
        const bool registered = r.accepted.isValid() && r.status != QLatin1String("cancelled");
        if (m_filter == Unregistered && registered)
            continue;
        if (m_filter == RenewalDue && !(r.renewalDue.isValid() && r.renewalDue <= m_today))
            continue;
        m_visible << i;
    }
}

int LedgerModel::registeredCount() const
{
    int n = 0;
    for (const LedgerRow &r : m_all)
        n += r.accepted.isValid() && r.status != QLatin1String("cancelled") ? 1 : 0;
    return n;
}

const LedgerRow *LedgerModel::rowAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_all.at(m_visible.at(row)) : nullptr;
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    const LedgerRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == Qt::ForegroundRole && index.column() == RenewalColumn && r->renewalDue.isValid()
        && r->renewalDue <= m_today)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return r->code;
    case NameColumn:
        return r->name;
    case OfficeColumn:
        return m_offices.value(r->officeId);
    case StatusColumn:
        if (r->registrationId == 0)
            return tr("Not registered");
        return QStringLiteral("%1 · %2").arg(
            m_profile ? m_profile->label(QStringLiteral("registration_type"), r->regType)
                      : r->regType,
            m_profile ? m_profile->label(QStringLiteral("registration_status"), r->status)
                      : r->status);
    case FormColumn:
        return r->formNumber;
    case AcceptedColumn:
        return r->accepted.toString(Qt::ISODate);
    case ValidColumn:
        return r->validUntil.toString(Qt::ISODate);
    case RenewalColumn:
        return r->renewalDue.toString(Qt::ISODate);
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Resource code");
    case NameColumn:
        return tr("Resource name");
    case OfficeColumn:
        return tr("Office");
    case StatusColumn:
        return tr("Registration");
    case FormColumn:
        return tr("Form number");
    case AcceptedColumn:
        return tr("Registered on");
    case ValidColumn:
        return tr("Valid until");
    case RenewalColumn:
        return tr("Renewal due");
    }
    return {};
}

} // namespace sy

#include "RegistrationListModel.h"

#include "model/Profile.h"
#include "store/CatalogStore.h"

#include <algorithm>

namespace sy {

RegistrationListModel::RegistrationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RegistrationListModel::reload(const CatalogStore *store, const QString &objectUuid)
{
    beginResetModel();
    m_rows.clear();
    m_objectNames.clear();
    if (store) {
        const QList<Registration> all = store->registrations();
        QHash<QString, QString> products;
        const QList<Product> productList = store->products();
        for (const Product &p : productList)
            products.insert(p.uuid, p.code + QLatin1Char(' ') + p.name);
        for (const Registration &r : all) {
            if (!objectUuid.isEmpty() && r.objectUuid != objectUuid)
                continue;
            m_rows << r;
            if (m_objectNames.contains(r.objectUuid))
                continue;
            if (products.contains(r.objectUuid))
                m_objectNames.insert(r.objectUuid, products.value(r.objectUuid));
            else if (const auto res = store->resourceByUuid(r.objectUuid))
                m_objectNames.insert(r.objectUuid, res->code + QLatin1Char(' ') + res->name);
        }
        std::sort(m_rows.begin(), m_rows.end(),
                  [](const Registration &a, const Registration &b) { return a.id > b.id; });
    }
    endResetModel();
}

void RegistrationListModel::clear()
{
    reload(nullptr, {});
}

const Registration *RegistrationListModel::registrationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RegistrationListModel::rowOf(const QString &uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

int RegistrationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistrationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrationListModel::data(const QModelIndex &index, int role) const
{
    const Registration *r = registrationAt(index.row());
    if (!r || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    auto label = [this](const char *voc, const QString &code) {
        return m_profile ? m_profile->label(QString::fromLatin1(voc), code) : code;
    };
    switch (index.column()) {
    case FormColumn:
        return r->formNumber;
    case TypeColumn:
        return label("registration_type", r->regType);
    case ObjectColumn:
        return m_objectNames.value(r->objectUuid);
    case StatusColumn:
        return label("registration_status", r->status);
    case DateColumn: {
        const QString accepted = r->value(QStringLiteral("accepted_date")).toString();
        return accepted.isEmpty() ? r->created.toLocalTime().date().toString(Qt::ISODate)
                                  : accepted;
    }
    case ValidColumn:
        return r->value(QStringLiteral("valid_until")).toString();
    }
    return {};
}

QVariant RegistrationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FormColumn:
        return tr("Form number");
    case TypeColumn:
        return tr("Type");
    case ObjectColumn:
        return tr("Registered object");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Date");
    case ValidColumn:
        return tr("Valid until");
    }
    return {};
}

} // namespace sy

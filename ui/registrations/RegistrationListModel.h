#pragma once

#include "model/Registration.h"

#include <QAbstractTableModel>
#include <memory>

namespace sy {

class CatalogStore;
class Profile;

// Registrations of one object (its uuid) or of the whole catalog, newest first.
class RegistrationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FormColumn,
        TypeColumn,
        ObjectColumn,
        StatusColumn,
        DateColumn,
        ValidColumn,
        ColumnCount
    };

    explicit RegistrationListModel(QObject *parent = nullptr);

    void setProfile(std::shared_ptr<const Profile> profile) { m_profile = std::move(profile); }
    // Reloads from the store; objectUuid empty = all registrations.
    void reload(const CatalogStore *store, const QString &objectUuid);
    void clear();
    const Registration *registrationAt(int row) const;
    int rowOf(const QString &uuid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Registration> m_rows;
    QHash<QString, QString> m_objectNames; // uuid -> "code name"
    std::shared_ptr<const Profile> m_profile;
};

} // namespace sy

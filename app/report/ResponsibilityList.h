#pragma once

#include "model/CatalogMeta.h"
#include "model/Profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <memory>

namespace sy {

class CatalogStore;

// The sharing and opening responsibility lists (共享责任清单 / 开放责任清单) for the
// leadership: one row per shared (无条件/有条件共享) or opened (无条件/有条件开放) resource with
// the office responsible for it. Classified (涉密) resources never appear in the opening list, and
// neither do resources whose opening contradicts their grade or sharing; they are counted in
// excluded() so the list says how many were left out and why.
class ResponsibilityList
{
    Q_DECLARE_TR_FUNCTIONS(sy::ResponsibilityList)

public:
    enum Kind { Sharing, Opening };

    ResponsibilityList(Kind kind, std::shared_ptr<const Profile> profile = Profile::builtin());

    bool load(const CatalogStore &store, QString *error = nullptr);

    Kind kind() const { return m_kind; }
    QString title() const;
    QStringList headers() const;
    const QList<QStringList> &rows() const { return m_rows; }
    int excluded() const { return m_excluded; }
    void setDate(const QDate &date) { m_date = date; }

    bool writePdf(const QString &path, QString *error = nullptr);
    bool writeXlsx(const QString &path, QString *error = nullptr) const;
    int pageCount() const { return m_pages; }

    // "sharing" / "opening" as used by the CLI.
    static bool kindFromName(const QString &name, Kind *kind);

private:
    Kind m_kind;
    std::shared_ptr<const Profile> m_profile;
    CatalogMeta m_meta;
    QList<QStringList> m_rows;
    int m_excluded = 0;
    int m_pages = 0;
    QDate m_date;
};

} // namespace sy

#pragma once

#include "PdfDocumentWriter.h"
#include "model/CatalogMeta.h"
#include "model/InfoItem.h"
#include "model/Profile.h"
#include "model/Registration.h"
#include "registration/RegistrationService.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>
#include <optional>

class QPagedPaintDevice;

namespace sy {

class CatalogStore;

// Everything a printed registration form shows.
struct RegistrationFormData
{
    Registration registration;
    CatalogMeta meta;
    QString objectCode;       // resource or product code
    QList<InfoItem> items;    // information items of a registered resource (appendix)
    QList<FieldDiff> changes; // 变更/更正: what differs from the last accepted registration
};

// The registration form (公共数据资源登记表) as an A4 document: title, form number, the
// registration's fields in bordered tables grouped as in the profile, the changes of a 变更/更正,
// the information items, the status history, a declaration, and boxes for signature and seal;
// every page carries the form number and "page i of n". Written as PDF (for the package's
// forms/*.pdf and print-form) or painted on a QPrinter.
class RegistrationForm
{
    Q_DECLARE_TR_FUNCTIONS(sy::RegistrationForm)

public:
    explicit RegistrationForm(std::shared_ptr<const Profile> profile = Profile::builtin());

    // Reads the registration and what belongs to it from an open store.
    static std::optional<RegistrationFormData>
    load(const CatalogStore &store, qint64 registrationId, QString *error = nullptr);

    void setPrintDate(const QDate &date) { m_printDate = date; }
    QString html(const RegistrationFormData &data) const;
    bool writePdf(const RegistrationFormData &data, const QString &path, QString *error = nullptr);
    bool
    print(const RegistrationFormData &data, QPagedPaintDevice *device, QString *error = nullptr);
    int pageCount() const { return m_writer.pageCount(); }

    // "DJ-2026-00001.pdf" style file name for a form (safe characters only).
    static QString fileName(const Registration &registration);

private:
    void prepareWriter(const RegistrationFormData &data);
    QString valueText(const Registration &reg, const FieldDef &field) const;

    std::shared_ptr<const Profile> m_profile;
    PdfDocumentWriter m_writer;
    QDate m_printDate;
};

} // namespace sy

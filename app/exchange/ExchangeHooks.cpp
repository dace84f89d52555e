#include "ExchangeHooks.h"

#ifdef SHUYUAN_HAVE_RULES
#include "rules/RuleEngine.h"
#endif
#ifdef SHUYUAN_HAVE_REPORT
#include "registration/RegistrationService.h"
#include "report/RegistrationForm.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#endif

#include <QHash>

namespace sy::ExchangeHooks {

PackageWriter::Validator defaultValidator()
{
#ifdef SHUYUAN_HAVE_RULES
    return [](const Profile &profile, const CatalogSnapshot &s) {
        // The engine holds the profile by shared_ptr; the caller's profile outlives this call.
        RuleEngine engine(
            std::shared_ptr<const Profile>(std::shared_ptr<const Profile>(), &profile));
        QList<Finding> findings = engine.checkMeta(s.meta);
        for (const Office &o : s.offices)
            findings += engine.checkOffice(o);
        QHash<QString, int> codes;
        for (const Resource &r : s.resources) {
            findings += engine.checkResource(r, s.items.value(r.uuid));
            if (!r.code.isEmpty())
                ++codes[r.code];
        }
        for (const Resource &r : s.resources) {
            const int n = codes.value(r.code);
            if (n > 1)
                findings << engine.duplicateCodeFinding(r, n);
        }
        for (const Product &p : s.products)
            findings += engine.checkProduct(p);
        for (const Registration &r : s.registrations)
            findings += engine.checkRegistration(r);
        sortFindings(findings);
        QStringList errors;
        for (const Finding &f : std::as_const(findings)) {
            if (f.severity != Severity::Error)
                continue;
            errors << (f.resourceCode.isEmpty()
                           ? f.message
                           : QStringLiteral("%1: %2").arg(f.resourceCode, f.message));
        }
        return errors;
    };
#else
    return {};
#endif
}

PackageWriter::FormRenderer defaultFormRenderer()
{
#ifdef SHUYUAN_HAVE_REPORT
    // PDF text needs the font database, which only a QGuiApplication has; without one (a
    // headless tool) the package goes without forms rather than not at all.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    return [](const Profile &profile, const CatalogSnapshot &s, const Registration &r,
              QByteArray *pdf, QString *error) {
        RegistrationFormData data;
        data.registration = r;
        data.meta = s.meta;
        for (const Resource &res : s.resources) {
            if (res.uuid == r.objectUuid) {
                data.objectCode = res.code;
                data.items = s.items.value(res.uuid);
            }
        }
        for (const Product &p : s.products) {
            if (p.uuid == r.objectUuid)
                data.objectCode = p.code;
        }
        data.changes = RegistrationService::storedDiff(r);
        // The form writer renders to a file; a private temporary directory keeps it out of sight.
        QTemporaryDir dir;
        if (!dir.isValid()) {
            if (error)
                *error = QCoreApplication::translate("sy::ExchangeHooks",
                                                     "Cannot create a temporary folder.");
            return false;
        }
        const QString path = dir.filePath(QStringLiteral("form.pdf"));
        RegistrationForm form(
            std::shared_ptr<const Profile>(std::shared_ptr<const Profile>(), &profile));
        if (!form.writePdf(data, path, error))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = file.errorString();
            return false;
        }
        *pdf = file.readAll();
        return true;
    };
#else
    return {};
#endif
}

} // namespace sy::ExchangeHooks

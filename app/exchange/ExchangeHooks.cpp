#include "ExchangeHooks.h"

#ifdef SHUYUAN_HAVE_RULES
#include "rules/RuleEngine.h"
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
    return {};
}

} // namespace sy::ExchangeHooks

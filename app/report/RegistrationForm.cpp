#include "RegistrationForm.h"

#include "registration/RegistrationWorkflow.h"
#include "store/CatalogStore.h"

#include <QLocale>
#include <QRegularExpression>

namespace sy {

namespace {

const char *const css = R"(
  body { color: #000; }
  h1 { font-size: 18pt; text-align: center; margin: 0; }
  p.sub { text-align: center; font-size: 11pt; margin-top: 4px; }
  h2 { font-size: 11.5pt; margin-top: 12px; margin-bottom: 4px; }
  table.form { border-collapse: collapse; }
  table.form td, table.form th { border: 1px solid #000; padding: 4px; vertical-align: middle; }
  td.label { background-color: #f0f0f0; font-weight: bold; }
  th { background-color: #e0e0e0; }
  td.sign { height: 110px; vertical-align: top; }
  p.note { font-size: 9pt; }
)";

// Fields printed in the head table or not at all (workflow bookkeeping is in its own section).
bool skipField(const QString &key)
{
    static const QStringList keys
        = {QStringLiteral("reg_type"), QStringLiteral("object_type"), QStringLiteral("object_uuid"),
           QStringLiteral("status"), QStringLiteral("form_number")};
    return keys.contains(key);
}

QString td(const QString &html, const QString &cls = QString(), int colspan = 1, int widthPct = 0)
{
    QString attrs;
    if (!cls.isEmpty())
        attrs += QStringLiteral(" class=\"%1\"").arg(cls);
    if (colspan > 1)
        attrs += QStringLiteral(" colspan=\"%1\"").arg(colspan);
    if (widthPct > 0)
        attrs += QStringLiteral(" width=\"%1%\"").arg(widthPct);
    return QStringLiteral("<td%1>%2</td>").arg(attrs, html);
}

} // namespace

RegistrationForm::RegistrationForm(std::shared_ptr<const Profile> profile)
    : m_profile(std::move(profile))
    , m_printDate(QDate::currentDate())
{
}

std::optional<RegistrationFormData>
RegistrationForm::load(const CatalogStore &store, qint64 registrationId, QString *error)
{
    const std::optional<Registration> reg = store.registration(registrationId);
    if (!reg) {
        if (error)
            *error = tr("Registration %1 does not exist in this catalog.").arg(registrationId);
        return std::nullopt;
    }
    RegistrationFormData data;
    data.registration = *reg;
    data.meta = store.meta();
    if (reg->objectType == QLatin1String("2")) {
        const QList<Product> products = store.products();
        for (const Product &p : products) {
            if (p.uuid == reg->objectUuid)
                data.objectCode = p.code;
        }
    } else if (const auto r = store.resourceByUuid(reg->objectUuid)) {
        data.objectCode = r->code;
        data.items = store.items(r->id);
    }
    data.changes = RegistrationService::storedDiff(*reg);
    return data;
}

QString RegistrationForm::fileName(const Registration &registration)
{
    QString name = registration.formNumber.isEmpty() ? registration.uuid : registration.formNumber;
    name.replace(QRegularExpression(QStringLiteral("[^0-9A-Za-z_.-]")), QStringLiteral("_"));
    return name + QStringLiteral(".pdf");
}

QString RegistrationForm::valueText(const Registration &reg, const FieldDef &field) const
{
    const QVariant v = reg.value(field.key);
    if (!v.isValid() || v.isNull())
        return {};
    switch (field.type) {
    case FieldType::Enum:
        return m_profile->label(field.vocabulary, v.toString());
    case FieldType::MultiEnum: {
        QStringList labels;
        const QStringList codes = v.toStringList();
        for (const QString &c : codes)
            labels << m_profile->label(field.vocabulary, c);
        return labels.join(QStringLiteral("、"));
    }
    case FieldType::Bool:
        return v.toBool() ? tr("Yes") : tr("No");
    case FieldType::Region: {
        const QString code = v.toString();
        const QString label = m_profile->label(QStringLiteral("region"), code);
        return label == code ? code : QStringLiteral("%1 %2").arg(code, label);
    }
    case FieldType::Bytes: {
        const qint64 b = v.toLongLong();
        return b > 0 ? QLocale().formattedDataSize(b) : QString();
    }
    case FieldType::Int: {
        const qint64 n = v.toLongLong();
        return n > 0 ? QLocale().toString(n) : QString();
    }
    case FieldType::CodeList:
        return v.toStringList().join(QStringLiteral("、"));
    default:
        return v.toString();
    }
}

QString RegistrationForm::html(const RegistrationFormData &data) const
{
    const Registration &reg = data.registration;
    const bool product = reg.objectType == QLatin1String("2");
    const RegistrationWorkflow workflow(m_profile);
    auto e = &PdfDocumentWriter::escape;
    QString h;
    h += QStringLiteral("<html><head><style>%1</style></head><body>").arg(QString::fromUtf8(css));
    h += QStringLiteral("<h1>%1</h1>")
             .arg(e(product ? tr("Data Product and Service Registration Form")
                            : tr("Public Data Resource Registration Form")));
    h += QStringLiteral("<p class=\"sub\">%1</p>")
             .arg(e(QStringLiteral("（%1）").arg(
                 m_profile->label(QStringLiteral("registration_type"), reg.regType))));

    // Head: form number, type, object, date.
    h += QStringLiteral(
        "<table class=\"form\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    h += QStringLiteral("<tr>%1%2%3%4</tr>")
             .arg(td(e(tr("Form number")), QStringLiteral("label"), 1, 20),
                  td(e(reg.formNumber), {}, 1, 30),
                  td(e(tr("Registration type")), QStringLiteral("label"), 1, 20),
                  td(e(m_profile->label(QStringLiteral("registration_type"), reg.regType)), {}, 1,
                     30));
    h += QStringLiteral("<tr>%1%2%3%4</tr>")
             .arg(
                 td(e(tr("Object type")), QStringLiteral("label")),
                 td(e(m_profile->label(QStringLiteral("object_type"), reg.objectType))),
                 td(e(product ? tr("Product code") : tr("Resource code")), QStringLiteral("label")),
                 td(e(data.objectCode)));
    h += QStringLiteral("<tr>%1%2%3%4</tr>")
             .arg(td(e(tr("Status")), QStringLiteral("label")),
                  td(e(workflow.statusLabel(reg.status))),
                  td(e(tr("Date filled in")), QStringLiteral("label")),
                  td(e(m_printDate.toString(Qt::ISODate))));
    h += QStringLiteral("</table>");

    // The profile's groups of registration fields, two label/value pairs per row; long texts
    // take a full row.
    if (const EntityDef *def = m_profile->entity(QStringLiteral("registration"))) {
        int section = 0;
        for (const FieldGroup &group : def->groups) {
            QList<const FieldDef *> fields;
            for (const QString &key : group.fieldKeys) {
                const FieldDef *f = def->field(key);
                if (!f || skipField(key))
                    continue;
                // Product fields on a resource form (and vice versa) stay empty: leave them out.
                if (valueText(reg, *f).isEmpty() && !f->required)
                    continue;
                fields << f;
            }
            if (fields.isEmpty())
                continue;
            ++section;
            h += QStringLiteral("<h2>%1</h2>")
                     .arg(e(tr("%1. %2").arg(section).arg(group.label.text())));
            h += QStringLiteral(
                "<table class=\"form\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
            QString pending;
            for (const FieldDef *f : std::as_const(fields)) {
                const QString value = valueText(reg, *f);
                const bool wide = f->type == FieldType::LongText || value.size() > 24;
                const QString cells = td(e(f->label.text()), QStringLiteral("label"), 1, 20)
                                      + td(e(value), {}, wide ? 3 : 1, wide ? 80 : 30);
                if (wide) {
                    if (!pending.isEmpty()) {
                        h += QStringLiteral("<tr>%1%2</tr>").arg(pending, td(QString(), {}, 2));
                        pending.clear();
                    }
                    h += QStringLiteral("<tr>%1</tr>").arg(cells);
                } else if (pending.isEmpty()) {
                    pending = cells;
                } else {
                    h += QStringLiteral("<tr>%1%2</tr>").arg(pending, cells);
                    pending.clear();
                }
            }
            if (!pending.isEmpty())
                h += QStringLiteral("<tr>%1%2</tr>").arg(pending, td(QString(), {}, 2));
            h += QStringLiteral("</table>");
        }
    }

    if (!data.changes.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>")
                 .arg(e(tr("Changes against the last accepted registration")));
        h += QStringLiteral(
                 "<table class=\"form\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"
                 "<tr><th width=\"22%\">%1</th><th width=\"39%\">%2</th><th "
                 "width=\"39%\">%3</th></tr>")
                 .arg(e(tr("Field")), e(tr("Before")), e(tr("After")));
        for (const FieldDiff &c : data.changes) {
            h += QStringLiteral("<tr>%1%2%3</tr>")
                     .arg(td(e(c.label), QStringLiteral("label")), td(e(c.oldValue)),
                          td(e(c.newValue)));
        }
        h += QStringLiteral("</table>");
    }

    if (!data.items.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>")
                 .arg(e(tr("Information items (%n)", nullptr, int(data.items.size()))));
        h += QStringLiteral(
                 "<table class=\"form\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
                 "<tr><th width=\"8%\">%1</th><th width=\"40%\">%2</th><th width=\"20%\">%3</th>"
                 "<th width=\"12%\">%4</th><th width=\"20%\">%5</th></tr>")
                 .arg(e(tr("No.")), e(tr("Item name")), e(tr("Data type")), e(tr("Length")),
                      e(tr("Authoritative source")));
        for (const InfoItem &item : data.items) {
            const bool authoritative
                = attrValue(item.attrs, QStringLiteral("authoritative")).toBool();
            h += QStringLiteral(
                     "<tr><td align=\"center\">%1</td>%2%3<td align=\"right\">%4</td>%5</tr>")
                     .arg(item.position + 1)
                     .arg(td(e(item.name)),
                          td(e(m_profile->label(QStringLiteral("item_type"), item.dataType))),
                          item.length > 0 ? QString::number(item.length) : QString(),
                          td(authoritative ? e(tr("Yes")) : QString()));
        }
        h += QStringLiteral("</table>");
    }

    const QList<StatusChange> history = RegistrationWorkflow::history(reg);
    if (!history.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(e(tr("Status history")));
        h += QStringLiteral(
                 "<table class=\"form\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
                 "<tr><th width=\"24%\">%1</th><th width=\"30%\">%2</th><th width=\"16%\">%3</th>"
                 "<th width=\"30%\">%4</th></tr>")
                 .arg(e(tr("Time")), e(tr("Status change")), e(tr("By")), e(tr("Reason")));
        for (const StatusChange &c : history) {
            h += QStringLiteral("<tr>%1%2%3%4</tr>")
                     .arg(td(e(QLocale().toString(c.time.toLocalTime(),
                                                  QStringLiteral("yyyy-MM-dd HH:mm")))),
                          td(e(QStringLiteral("%1 → %2").arg(workflow.statusLabel(c.from),
                                                             workflow.statusLabel(c.to)))),
                          td(e(c.user)), td(e(c.reason)));
        }
        h += QStringLiteral("</table>");
    }

    // Declaration, signature and seal.
    h += QStringLiteral("<h2>%1</h2>").arg(e(tr("Declaration")));
    h += QStringLiteral("<p>%1</p>")
             .arg(e(
                 tr("The registrant declares that the information in this form is true, accurate "
                    "and complete, that the data was obtained lawfully, and that it has passed the "
                    "compliance and secrecy review; the registrant bears responsibility for it.")));
    h += QStringLiteral(
        "<table class=\"form\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>");
    // Blanks for the handwritten date must survive HTML whitespace collapsing.
    const QString dateLine = e(tr("Date:        year      month      day"))
                                 .replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    h += td(
        QStringLiteral("<b>%1</b><br/><br/><br/><br/><br/>%2<br/>%3")
            .arg(e(tr("Person in charge (signature)")), e(tr("Handled by (signature):")), dateLine),
        QStringLiteral("sign"), 1, 50);
    h += td(QStringLiteral("<b>%1</b><br/><br/><br/><br/><br/><br/>%2")
                .arg(e(tr("Registrant (seal)")), dateLine),
            QStringLiteral("sign"), 1, 50);
    h += QStringLiteral("</tr><tr>");
    h += td(QStringLiteral("<b>%1</b><br/><br/><br/><br/><br/>%2")
                .arg(e(tr("Opinion of the registration body")), dateLine),
            QStringLiteral("sign"), 2);
    h += QStringLiteral("</tr></table>");
    h += QStringLiteral("<p class=\"note\">%1</p>")
             .arg(e(tr("Printed by Shuyuan from catalog “%1”. Registration results are assigned a "
                       "code "
                       "by the registration platform; this form is the registrant's application.")
                        .arg(data.meta.name)));
    h += QStringLiteral("</body></html>");
    return h;
}

void RegistrationForm::prepareWriter(const RegistrationFormData &data)
{
    const Registration &reg = data.registration;
    const QString title = reg.objectType == QLatin1String("2")
                              ? tr("Data Product and Service Registration Form")
                              : tr("Public Data Resource Registration Form");
    m_writer.setTitle(QStringLiteral("%1 %2").arg(title, reg.formNumber));
    m_writer.setHeaderText(QStringLiteral("%1    %2").arg(data.meta.department, title));
    m_writer.setFooterText(tr("Form number: %1").arg(reg.formNumber));
}

bool RegistrationForm::writePdf(const RegistrationFormData &data,
                                const QString &path,
                                QString *error)
{
    prepareWriter(data);
    return m_writer.writePdf(html(data), path, error);
}

bool RegistrationForm::print(const RegistrationFormData &data,
                             QPagedPaintDevice *device,
                             QString *error)
{
    prepareWriter(data);
    return m_writer.paint(html(data), device, error);
}

} // namespace sy

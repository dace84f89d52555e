#include "ResponsibilityList.h"

#include "PdfDocumentWriter.h"
#include "store/CatalogStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace sy {

ResponsibilityList::ResponsibilityList(Kind kind, std::shared_ptr<const Profile> profile)
    : m_kind(kind)
    , m_profile(std::move(profile))
    , m_date(QDate::currentDate())
{
}

bool ResponsibilityList::kindFromName(const QString &name, Kind *kind)
{
    if (name == QLatin1String("sharing") || name == QLatin1String("share")) {
        *kind = Sharing;
        return true;
    }
    if (name == QLatin1String("opening") || name == QLatin1String("open")) {
        *kind = Opening;
        return true;
    }
    return false;
}

QString ResponsibilityList::title() const
{
    return m_kind == Sharing ? tr("Sharing Responsibility List")
                             : tr("Opening Responsibility List");
}

QStringList ResponsibilityList::headers() const
{
    if (m_kind == Sharing) {
        return {tr("No."),           tr("Resource code"),
                tr("Resource name"), tr("Responsible office"),
                tr("Sharing type"),  tr("Sharing condition"),
                tr("Sharing mode"),  tr("Update cycle")};
    }
    return {
        tr("No."),          tr("Resource code"),     tr("Resource name"), tr("Responsible office"),
        tr("Opening type"), tr("Opening condition"), tr("Grade"),         tr("Update cycle")};
}

bool ResponsibilityList::load(const CatalogStore &store, QString *error)
{
    m_rows.clear();
    m_excluded = 0;
    m_meta = store.meta();
    QHash<qint64, QString> offices;
    const QList<Office> officeList = store.offices();
    for (const Office &o : officeList)
        offices.insert(o.id, o.name);
    ResourceQuery query;
    if (m_kind == Sharing)
        query.sharing = {QStringLiteral("1"), QStringLiteral("2")};
    else
        query.opening = {QStringLiteral("1"), QStringLiteral("2")};
    query.sortKey = QStringLiteral("code");
    const QList<Resource> resources = store.resources(query);
    if (!store.errorString().isEmpty() && resources.isEmpty() && store.countResources(query) > 0) {
        if (error)
            *error = store.errorString();
        return false;
    }
    const Profile &p = *m_profile;
    for (const Resource &r : resources) {
        const QString office = offices.value(r.officeId);
        if (m_kind == Sharing) {
            QString condition = r.value(QStringLiteral("share_condition")).toString();
            // The catalog guide asks for "无条件" rather than a blank for unconditional sharing.
            if (condition.isEmpty() && r.sharing == QLatin1String("1"))
                condition = tr("unconditional");
            m_rows << QStringList{QString::number(m_rows.size() + 1),
                                  r.code,
                                  r.name,
                                  office,
                                  p.label(QStringLiteral("sharing"), r.sharing),
                                  condition,
                                  p.label(QStringLiteral("share_mode"),
                                          r.value(QStringLiteral("share_mode")).toString()),
                                  p.label(QStringLiteral("update_cycle"), r.updateCycle)};
        } else {
            // 涉密 ⇒ never in an open list; 不予共享 or core/important + 无条件开放 are errors the
            // problems panel reports, and an erroneous entry must not reach the public list.
            const bool contradicts
                = r.secret || r.sharing == QLatin1String("3")
                  || ((r.grade == QLatin1String("core") || r.grade == QLatin1String("important"))
                      && r.opening == QLatin1String("1"));
            if (contradicts) {
                ++m_excluded;
                continue;
            }
            m_rows << QStringList{QString::number(m_rows.size() + 1),
                                  r.code,
                                  r.name,
                                  office,
                                  p.label(QStringLiteral("opening"), r.opening),
                                  r.value(QStringLiteral("open_condition")).toString(),
                                  p.label(QStringLiteral("grade"), r.grade),
                                  p.label(QStringLiteral("update_cycle"), r.updateCycle)};
        }
    }
    return true;
}

bool ResponsibilityList::writePdf(const QString &path, QString *error)
{
    auto e = &PdfDocumentWriter::escape;
    static const int widths[] = {5, 15, 21, 13, 10, 18, 10, 8};
    QString h = QStringLiteral(
        "<html><head><style>h1{font-size:16pt;text-align:center;margin:0;} "
        "p.sub{text-align:center;}"
        "table{border-collapse:collapse;} td,th{border:1px solid #000;padding:3px;}"
        "th{background-color:#e0e0e0;}</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>")
             .arg(e(QStringLiteral("%1%2").arg(m_meta.department, title())));
    h += QStringLiteral("<p class=\"sub\">%1</p>")
             .arg(e(tr("%n resource(s) · compiled %1", nullptr, int(m_rows.size()))
                        .arg(m_date.toString(Qt::ISODate))));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
    const QStringList head = headers();
    for (int i = 0; i < head.size(); ++i)
        h += QStringLiteral("<th width=\"%1%\">%2</th>").arg(widths[i]).arg(e(head.at(i)));
    h += QStringLiteral("</tr></thead>");
    for (const QStringList &row : std::as_const(m_rows)) {
        h += QStringLiteral("<tr>");
        for (const QString &cell : row)
            h += QStringLiteral("<td>%1</td>").arg(e(cell));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    if (m_excluded > 0) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(e(tr("%n resource(s) marked open were left out because they are classified "
                           "(涉密), not shared, or core/important data opened without conditions; "
                           "correct them in the catalog.",
                           nullptr, m_excluded)));
    }
    h += QStringLiteral("</body></html>");
    PdfDocumentWriter writer;
    writer.setOrientation(QPageLayout::Landscape);
    writer.setPointSize(9);
    writer.setTitle(title());
    writer.setHeaderText(QStringLiteral("%1    %2").arg(m_meta.department, title()));
    writer.setFooterText(tr("Compiled %1").arg(m_date.toString(Qt::ISODate)));
    const bool ok = writer.writePdf(h, path, error);
    m_pages = writer.pageCount();
    return ok;
}

bool ResponsibilityList::writeXlsx(const QString &path, QString *error) const
{
    // libxlsxwriter writes to a file name of its own; write into a temporary directory and move
    // the bytes through QSaveFile so a failure never leaves half a workbook at `path`.
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        if (error)
            *error = tr("Cannot create a temporary directory for %1.").arg(path);
        return false;
    }
    const QByteArray tmpPath = QFile::encodeName(tmp.filePath(QStringLiteral("list.xlsx")));
    lxw_workbook *wb = workbook_new(tmpPath.constData());
    if (!wb) {
        if (error)
            *error = tr("Cannot create the workbook %1.").arg(path);
        return false;
    }
    const QByteArray sheetName = title().toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.left(31).constData());
    lxw_format *titleFormat = workbook_add_format(wb);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format *headFormat = workbook_add_format(wb);
    format_set_bold(headFormat);
    format_set_border(headFormat, LXW_BORDER_THIN);
    format_set_bg_color(headFormat, 0xE0E0E0);
    format_set_text_wrap(headFormat);
    lxw_format *cellFormat = workbook_add_format(wb);
    format_set_border(cellFormat, LXW_BORDER_THIN);
    format_set_text_wrap(cellFormat);
    format_set_align(cellFormat, LXW_ALIGN_VERTICAL_TOP);

    static const double widths[] = {6, 22, 30, 18, 12, 36, 14, 10};
    for (int c = 0; c < 8; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    const QByteArray heading = QStringLiteral("%1%2").arg(m_meta.department, title()).toUtf8();
    worksheet_write_string(ws, 0, 0, heading.constData(), titleFormat);
    const QStringList head = headers();
    for (int c = 0; c < head.size(); ++c)
        worksheet_write_string(ws, 2, lxw_col_t(c), head.at(c).toUtf8().constData(), headFormat);
    lxw_row_t row = 3;
    for (const QStringList &r : m_rows) {
        for (int c = 0; c < r.size(); ++c) {
            if (c == 0)
                worksheet_write_number(ws, row, 0, r.at(0).toDouble(), cellFormat);
            else
                worksheet_write_string(ws, row, lxw_col_t(c), r.at(c).toUtf8().constData(),
                                       cellFormat);
        }
        ++row;
    }
    worksheet_freeze_panes(ws, 3, 0);
    if (!m_rows.isEmpty())
        worksheet_autofilter(ws, 2, 0, row - 1, lxw_col_t(head.size() - 1));
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        if (error)
            *error = tr("Cannot write the workbook %1: %2")
                         .arg(path, QString::fromUtf8(lxw_strerror(err)));
        return false;
    }
    QFile in(QFile::decodeName(tmpPath));
    QSaveFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)
        || out.write(in.readAll()) < 0 || !out.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace sy

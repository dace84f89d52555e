#include "TableExporter.h"

#include "CatalogSnapshot.h"
#include "CsvWriter.h"
#include "FieldCodec.h"
#include "SurveyTemplate.h"
#include "XlsxBook.h"

#include "store/CatalogStore.h"

#include <QFileInfo>
#include <QSaveFile>

namespace sy {

TableExporter::TableExporter(std::shared_ptr<const Profile> profile)
    : m_profile(std::move(profile))
{
}

bool TableExporter::exportTable(const CatalogStore &store, What what, const QString &path)
{
    m_error.clear();
    m_rows = 0;
    const bool xlsx
        = QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    CatalogSnapshot s;
    if (!CatalogSnapshot::load(store, ExportScope(), &s, &m_error))
        return false;
    QHash<qint64, const Office *> offices;
    for (const Office &o : s.offices)
        offices.insert(o.id, &o);
    const Profile &p = *m_profile;

    if (what == What::Catalog && xlsx) {
        SurveyTemplate t;
        TemplateOptions options;
        options.blankRows = 0;
        options.instructions = false;
        if (!t.writeSnapshot(s, p, path, options)) {
            m_error = t.errorString();
            return false;
        }
        m_rows = int(s.resources.size());
        return true;
    }

    QStringList headers;
    QList<QVariantList> rows;
    if (what == What::Catalog) {
        const QList<const FieldDef *> fields = SurveyTemplate::resourceFields(p);
        for (const FieldDef *f : fields)
            headers << f->label.zh;
        for (const Resource &r : std::as_const(s.resources)) {
            QVariantList row;
            for (const FieldDef *f : fields) {
                if (f->key == QLatin1String("office")) {
                    const Office *o = offices.value(r.officeId);
                    row << (o ? o->name : QString());
                } else {
                    row << FieldCodec::toLabel(p, *f, r.value(f->key));
                }
            }
            rows << row;
        }
    } else if (what == What::Items) {
        const QList<const FieldDef *> fields = SurveyTemplate::itemFields(p);
        headers << SurveyTemplate::itemResourceCodeHeader()
                << SurveyTemplate::itemResourceNameHeader();
        for (const FieldDef *f : fields)
            headers << f->label.zh;
        for (const Resource &r : std::as_const(s.resources)) {
            for (const InfoItem &i : s.items.value(r.uuid)) {
                QVariantList row{r.code, r.name};
                for (const FieldDef *f : fields)
                    row << FieldCodec::toLabel(p, *f, i.value(f->key));
                rows << row;
            }
        }
    } else {
        headers = QStringList{QStringLiteral("处室"),         QStringLiteral("信息资源代码"),
                              QStringLiteral("信息资源名称"), QStringLiteral("数据分级"),
                              QStringLiteral("涉密"),         QStringLiteral("共享类型"),
                              QStringLiteral("开放类型"),     QStringLiteral("更新周期"),
                              QStringLiteral("信息资源格式"), QStringLiteral("资源状态"),
                              QStringLiteral("结构化记录数"), QStringLiteral("存储量（字节）"),
                              QStringLiteral("信息项数"),     QStringLiteral("登记状态")};
        QHash<QString, QString> registrationStatus;
        for (const Registration &reg : std::as_const(s.registrations))
            registrationStatus.insert(reg.objectUuid,
                                      p.label(QStringLiteral("registration_status"), reg.status));
        for (const Resource &r : std::as_const(s.resources)) {
            const Office *o = offices.value(r.officeId);
            rows << QVariantList{o ? o->name : QString(),
                                 r.code,
                                 r.name,
                                 p.label(QStringLiteral("grade"), r.grade),
                                 r.secret ? QStringLiteral("是") : QStringLiteral("否"),
                                 p.label(QStringLiteral("sharing"), r.sharing),
                                 p.label(QStringLiteral("opening"), r.opening),
                                 p.label(QStringLiteral("update_cycle"), r.updateCycle),
                                 p.label(QStringLiteral("format"), r.format),
                                 p.label(QStringLiteral("resource_status"), r.status),
                                 r.records,
                                 r.bytes,
                                 qint64(s.items.value(r.uuid).size()),
                                 registrationStatus.value(r.uuid, QStringLiteral("未登记"))};
        }
    }
    m_rows = int(rows.size());

    if (xlsx) {
        XlsxBook book;
        if (!book.open(path)) {
            m_error = book.errorString();
            return false;
        }
        const QString sheetName = what == What::Ledger  ? QStringLiteral("数据资源底账")
                                  : what == What::Items ? SurveyTemplate::itemSheetName()
                                                        : SurveyTemplate::resourceSheetName();
        book.addTable(sheetName, headers, rows);
        if (what == What::Ledger) {
            // Per-office summary: the first thing the leadership asks for.
            QMap<QString, QList<qint64>>
                perOffice; // resources, records, bytes, items, shared, open
            for (const QVariantList &row : std::as_const(rows)) {
                QList<qint64> &sum = perOffice[row.at(0).toString()];
                if (sum.isEmpty())
                    sum = {0, 0, 0, 0};
                sum[0] += 1;
                sum[1] += row.at(10).toLongLong();
                sum[2] += row.at(11).toLongLong();
                sum[3] += row.at(12).toLongLong();
            }
            QList<QVariantList> summary;
            for (auto it = perOffice.cbegin(); it != perOffice.cend(); ++it)
                summary << QVariantList{it.key(), it.value().at(0), it.value().at(1),
                                        it.value().at(2), it.value().at(3)};
            book.addTable(QStringLiteral("按处室汇总"),
                          {QStringLiteral("处室"), QStringLiteral("资源数"),
                           QStringLiteral("记录数"), QStringLiteral("存储量（字节）"),
                           QStringLiteral("信息项数")},
                          summary);
        }
        if (!book.close()) {
            m_error = book.errorString();
            return false;
        }
        return true;
    }
    CsvWriter csv;
    csv.addRow(headers);
    for (const QVariantList &row : std::as_const(rows)) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << v.toString();
        csv.addRow(cells);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.data()) != csv.data().size()
        || !file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace sy

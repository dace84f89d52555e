#include "SurveyTemplate.h"

#include "FieldCodec.h"
#include "XlsxBook.h"
#include "XlsxReader.h"

#include "store/CatalogStore.h"

namespace sy {

namespace {

constexpr int validationRows = 5000;

QString header(const FieldDef &f)
{
    return f.required ? f.label.zh + QLatin1Char('*') : f.label.zh;
}

QString truncated(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

} // namespace

QList<const FieldDef *> SurveyTemplate::resourceFields(const Profile &profile)
{
    QList<const FieldDef *> fields;
    if (const EntityDef *e = profile.entity(QStringLiteral("resource"))) {
        for (const FieldDef &f : e->fields) {
            // Status is the coordinator's business, not the offices'.
            if (f.key != QLatin1String("status"))
                fields << &f;
        }
    }
    return fields;
}

QList<const FieldDef *> SurveyTemplate::itemFields(const Profile &profile)
{
    QList<const FieldDef *> fields;
    if (const EntityDef *e = profile.entity(QStringLiteral("item"))) {
        for (const FieldDef &f : e->fields)
            fields << &f;
    }
    return fields;
}

bool SurveyTemplate::write(const CatalogStore &store,
                           const Profile &profile,
                           const QString &path,
                           const TemplateOptions &options)
{
    ExportScope scope;
    if (!options.officeIds.isEmpty()) {
        scope.kind = ExportScope::Offices;
        scope.officeIds = options.officeIds;
    }
    CatalogSnapshot snapshot;
    if (!CatalogSnapshot::load(store, scope, &snapshot, &m_error))
        return false;
    if (!options.prefill) {
        snapshot.resources.clear();
        snapshot.items.clear();
    }
    if (!options.officeIds.isEmpty()) {
        // Only the offices asked for (load() adds ancestors for the tree).
        QList<Office> chosen;
        for (const Office &o : std::as_const(snapshot.offices)) {
            if (options.officeIds.contains(o.id))
                chosen << o;
        }
        snapshot.offices = chosen;
    }
    return writeSnapshot(snapshot, profile, path, options);
}

bool SurveyTemplate::writeSnapshot(const CatalogSnapshot &s,
                                   const Profile &profile,
                                   const QString &path,
                                   const TemplateOptions &options)
{
    m_error.clear();
    XlsxBook book;
    if (!book.open(path)) {
        m_error = book.errorString();
        return false;
    }
    const QList<const FieldDef *> rfields = resourceFields(profile);
    const QList<const FieldDef *> ifields = itemFields(profile);
    QHash<qint64, const Office *> offices;
    for (const Office &o : s.offices)
        offices.insert(o.id, &o);
    const QString officeNames = [&] {
        QStringList names;
        for (const Office &o : s.offices)
            names << o.name;
        return names.join(QStringLiteral("、"));
    }();

    // Instructions first: it is the sheet that opens.
    if (options.instructions) {
        lxw_worksheet *sheet = book.addSheet(QStringLiteral("填表说明"));
        lxw_format *title = workbook_add_format(book.workbook());
        format_set_bold(title);
        format_set_font_size(title, 14);
        worksheet_set_column(sheet, 0, 0, 110, book.wrapFormat());
        const QStringList lines{
            QStringLiteral("%1 数据资源调查表").arg(s.meta.department),
            QStringLiteral("填报处室：%1")
                .arg(officeNames.isEmpty() ? QStringLiteral("全部处室") : officeNames),
            QStringLiteral("生成时间：%1")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            QString(),
            QStringLiteral(
                "1. 在“数据资源”表中每行填写一项数据资源，在“信息项”表中每行填写一个信息项，"
                "并用“信息资源代码”或“信息资源名称”指明它属于哪项资源。"),
            QStringLiteral("2. 表头为红色并带“*”的列为必填项。"),
            QStringLiteral("3. 带下拉箭头的单元格请从下拉列表中选择，不要自行输入其他写法。"),
            QStringLiteral("4. 选中单元格时会显示填写提示；日期请写成 2025-03-01 的格式。"),
            QStringLiteral(
                "5. 已预先填入的行是目录中现有的资源，请核对并直接修改；不要修改或删除“%1”列。")
                .arg(uuidHeader()),
            QStringLiteral("6. 多个取值（如共享方式类型、关联资源代码）之间用英文分号“;”分隔。"),
            QStringLiteral("7. 请勿修改表头、表名，也不要删除隐藏的工作表，填好后原样交回。"),
        };
        for (int i = 0; i < lines.size(); ++i)
            book.write(sheet, i, 0, lines.at(i), i == 0 ? title : book.wrapFormat());
    }

    // Vocabulary lists on a hidden sheet; columns referenced by the drop-downs.
    lxw_worksheet *lists = book.addSheet(QStringLiteral("_lists"));
    QHash<QString, QString> listRange; // vocabulary id (or "bool") → absolute range
    int listColumn = 0;
    auto addList = [&](const QString &id, const QStringList &values) {
        if (listRange.contains(id) || values.isEmpty())
            return;
        book.write(lists, 0, listColumn, id);
        for (int i = 0; i < values.size(); ++i)
            book.write(lists, i + 1, listColumn, values.at(i));
        const QString col = XlsxReader::columnName(listColumn);
        listRange.insert(id,
                         QStringLiteral("=_lists!$%1$2:$%1$%2").arg(col).arg(values.size() + 1));
        ++listColumn;
    };
    addList(QStringLiteral("bool"), {QStringLiteral("是"), QStringLiteral("否")});
    auto vocabularyList = [&](const FieldDef &f) {
        QStringList labels;
        if (const Vocabulary *v = profile.vocabulary(f.vocabulary)) {
            for (const VocabularyItem &item : v->items)
                labels << (item.label.zh.isEmpty() ? item.code : item.label.zh);
        }
        return labels;
    };
    QList<const FieldDef *> all = rfields + ifields;
    for (const FieldDef *f : std::as_const(all)) {
        if ((f->type == FieldType::Enum || f->type == FieldType::Region)
            && !f->vocabulary.isEmpty())
            addList(f->vocabulary, vocabularyList(*f));
    }
    QStringList officeLabels;
    for (const Office &o : s.offices)
        officeLabels << o.name;
    addList(QStringLiteral("office"), officeLabels);

    auto setupColumn = [&](lxw_worksheet *sheet, int column, const FieldDef &f) {
        lxw_data_validation v = {};
        bool any = false;
        QString listKey;
        if (f.key == QLatin1String("office") && listRange.contains(QStringLiteral("office")))
            listKey = QStringLiteral("office");
        else if (f.type == FieldType::Bool)
            listKey = QStringLiteral("bool");
        else if ((f.type == FieldType::Enum || f.type == FieldType::Region)
                 && listRange.contains(f.vocabulary))
            listKey = f.vocabulary;
        if (!listKey.isEmpty()) {
            v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
            v.value_formula = book.keep(listRange.value(listKey));
            // Region lists are long; a clerk may type a code that is not listed (a county).
            v.error_type = f.type == FieldType::Region ? LXW_VALIDATION_ERROR_TYPE_WARNING
                                                       : LXW_VALIDATION_ERROR_TYPE_STOP;
            v.error_title = book.keep(truncated(f.label.zh, 32));
            v.error_message = book.keep(QStringLiteral("请从下拉列表中选择。"));
            any = true;
        } else if (f.type == FieldType::Int || f.type == FieldType::Bytes) {
            v.validate = LXW_VALIDATION_TYPE_DECIMAL;
            v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
            v.value_number = 0;
            v.error_title = book.keep(truncated(f.label.zh, 32));
            v.error_message = book.keep(QStringLiteral("请填写不小于0的数字。"));
            any = true;
        } else if (f.maxLength > 0) {
            v.validate = LXW_VALIDATION_TYPE_LENGTH;
            v.criteria = LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO;
            v.value_number = f.maxLength;
            v.error_title = book.keep(truncated(f.label.zh, 32));
            v.error_message = book.keep(QStringLiteral("最多%1个字。").arg(f.maxLength));
            any = true;
        } else {
            v.validate = LXW_VALIDATION_TYPE_ANY;
        }
        QString hint = f.help.zh;
        if (f.type == FieldType::Date)
            hint += QStringLiteral("（日期格式：2025-03-01）");
        if (f.type == FieldType::MultiEnum || f.type == FieldType::CodeList)
            hint += QStringLiteral("（多个取值用英文分号“;”分隔）");
        if (f.required)
            hint = QStringLiteral("【必填】") + hint;
        if (!hint.isEmpty()) {
            v.input_title = book.keep(truncated(f.label.zh, 32));
            v.input_message = book.keep(truncated(hint, 255));
            any = true;
        }
        if (any)
            worksheet_data_validation_range(sheet, 1, lxw_col_t(column), validationRows,
                                            lxw_col_t(column), &v);
        const int width
            = f.type == FieldType::LongText ? 40 : qBound(10, int(f.label.zh.size()) * 2 + 4, 24);
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr);
    };

    // Resources
    lxw_worksheet *rs = book.addSheet(resourceSheetName());
    worksheet_set_row(rs, 0, 32, nullptr);
    for (int c = 0; c < rfields.size(); ++c) {
        const FieldDef &f = *rfields.at(c);
        book.write(rs, 0, c, header(f),
                   f.required ? book.requiredHeaderFormat() : book.headerFormat());
        setupColumn(rs, c, f);
    }
    const int uuidColumn = int(rfields.size());
    book.write(rs, 0, uuidColumn, uuidHeader(), book.headerFormat());
    lxw_row_col_options hidden = {};
    hidden.hidden = 1;
    worksheet_set_column_opt(rs, lxw_col_t(uuidColumn), lxw_col_t(uuidColumn), 38, nullptr,
                             &hidden);
    worksheet_freeze_panes(rs, 1, 2);
    int row = 1;
    for (const Resource &r : s.resources) {
        for (int c = 0; c < rfields.size(); ++c) {
            const FieldDef &f = *rfields.at(c);
            QString text;
            if (f.key == QLatin1String("office")) {
                const Office *o = offices.value(r.officeId);
                text = o ? o->name : QString();
            } else {
                text = FieldCodec::toLabel(profile, f, r.value(f.key));
                if (f.type == FieldType::Int || f.type == FieldType::Bytes) {
                    const qint64 n = r.value(f.key).toLongLong();
                    if (n)
                        book.write(rs, row, c, n);
                    continue;
                }
            }
            book.write(rs, row, c, text);
        }
        book.write(rs, row, uuidColumn, r.uuid);
        ++row;
    }
    // New rows of a one-office template start with the office filled in.
    if (s.offices.size() == 1) {
        for (int c = 0; c < rfields.size(); ++c) {
            if (rfields.at(c)->key == QLatin1String("office")) {
                for (int i = 0; i < options.blankRows; ++i)
                    book.write(rs, row + i, c, s.offices.first().name);
            }
        }
    }

    // Information items
    lxw_worksheet *is = book.addSheet(itemSheetName());
    worksheet_set_row(is, 0, 32, nullptr);
    book.write(is, 0, 0, itemResourceCodeHeader(), book.headerFormat());
    book.write(is, 0, 1, itemResourceNameHeader() + QLatin1Char('*'), book.requiredHeaderFormat());
    worksheet_set_column(is, 0, 0, 24, nullptr);
    worksheet_set_column(is, 1, 1, 30, nullptr);
    {
        lxw_data_validation v = {};
        v.validate = LXW_VALIDATION_TYPE_ANY;
        v.input_title = book.keep(QStringLiteral("所属资源"));
        v.input_message
            = book.keep(QStringLiteral("填写“数据资源”表中该资源的代码或名称，两者至少填一项。"));
        worksheet_data_validation_range(is, 1, 0, validationRows, 1, &v);
    }
    for (int c = 0; c < ifields.size(); ++c) {
        const FieldDef &f = *ifields.at(c);
        book.write(is, 0, c + 2, header(f),
                   f.required ? book.requiredHeaderFormat() : book.headerFormat());
        setupColumn(is, c + 2, f);
    }
    worksheet_freeze_panes(is, 1, 2);
    row = 1;
    for (const Resource &r : s.resources) {
        const QList<InfoItem> items = s.items.value(r.uuid);
        for (const InfoItem &item : items) {
            book.write(is, row, 0, r.code);
            book.write(is, row, 1, r.name);
            for (int c = 0; c < ifields.size(); ++c) {
                const FieldDef &f = *ifields.at(c);
                if (f.type == FieldType::Int) {
                    const qint64 n = item.value(f.key).toLongLong();
                    if (n)
                        book.write(is, row, c + 2, n);
                    continue;
                }
                book.write(is, row, c + 2, FieldCodec::toLabel(profile, f, item.value(f.key)));
            }
            ++row;
        }
    }

    // Identification of the template
    lxw_worksheet *meta = book.addSheet(metaSheetName());
    QStringList officeUuids;
    for (const Office &o : s.offices)
        officeUuids << o.uuid;
    const QList<QPair<QString, QString>> facts{
        {QStringLiteral("template"), QStringLiteral("shuyuan-survey")},
        {QStringLiteral("version"), QStringLiteral("1")},
        {QStringLiteral("catalog"), s.meta.uuid},
        {QStringLiteral("profile"), profile.id()},
        {QStringLiteral("profile_version"), profile.version()},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("offices"), officeUuids.join(QLatin1Char(';'))},
    };
    for (int i = 0; i < facts.size(); ++i) {
        book.write(meta, i, 0, facts.at(i).first);
        book.write(meta, i, 1, facts.at(i).second);
    }
    worksheet_hide(lists);
    worksheet_hide(meta);
    worksheet_activate(options.instructions ? rs : rs);
    if (!book.close()) {
        m_error = book.errorString();
        return false;
    }
    return true;
}

} // namespace sy

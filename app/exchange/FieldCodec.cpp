#include "FieldCodec.h"

#include <QDate>
#include <QRegularExpression>

namespace sy {

QString FieldCodec::toText(const FieldDef &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Int:
    case FieldType::Bytes:
        return QString::number(value.toLongLong());
    case FieldType::MultiEnum:
    case FieldType::CodeList:
        return value.toStringList().join(listSeparator);
    case FieldType::Date:
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        return value.toString();
    default:
        return value.toString();
    }
}

QString FieldCodec::toLabel(const Profile &profile, const FieldDef &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    const Vocabulary *vocabulary
        = field.vocabulary.isEmpty() ? nullptr : profile.vocabulary(field.vocabulary);
    auto label = [vocabulary](const QString &code) {
        if (!vocabulary)
            return code;
        const VocabularyItem *item = vocabulary->item(code);
        return item && !item->label.zh.isEmpty() ? item->label.zh : code;
    };
    switch (field.type) {
    case FieldType::Bool:
        return value.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    case FieldType::Enum:
        return label(value.toString());
    case FieldType::MultiEnum: {
        QStringList labels;
        const QStringList codes = value.toStringList();
        for (const QString &c : codes)
            labels << label(c);
        return labels.join(listSeparator);
    }
    default:
        return toText(field, value);
    }
}

bool FieldCodec::parseBool(const QString &text, bool *value)
{
    static const QStringList yes{
        QStringLiteral("是"), QStringLiteral("true"), QStringLiteral("y"),    QStringLiteral("yes"),
        QStringLiteral("1"),  QStringLiteral("涉密"), QStringLiteral("敏感"), QStringLiteral("√")};
    static const QStringList no{QStringLiteral("否"),     QStringLiteral("false"),
                                QStringLiteral("n"),      QStringLiteral("no"),
                                QStringLiteral("0"),      QStringLiteral("非涉密"),
                                QStringLiteral("非敏感"), QStringLiteral("×")};
    const QString t = text.trimmed().toLower();
    if (yes.contains(t)) {
        *value = true;
        return true;
    }
    if (no.contains(t)) {
        *value = false;
        return true;
    }
    return false;
}

bool FieldCodec::parseDate(const QString &text, QDate *date)
{
    const QString t = text.trimmed();
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                       "(?:[ T].*)?$"));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return false;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return false;
    *date = d;
    return true;
}

bool FieldCodec::fromText(const Profile &profile,
                          const FieldDef &field,
                          const QString &raw,
                          QVariant *value,
                          QString *problem)
{
    const QString text = raw.trimmed();
    *value = QVariant();
    if (text.isEmpty())
        return true;
    const Vocabulary *vocabulary
        = field.vocabulary.isEmpty() ? nullptr : profile.vocabulary(field.vocabulary);
    switch (field.type) {
    case FieldType::Bool: {
        bool b = false;
        if (!parseBool(text, &b)) {
            *problem = tr("\"%1\" is not yes or no (是/否).").arg(text);
            return false;
        }
        *value = b;
        return true;
    }
    case FieldType::Int:
    case FieldType::Bytes: {
        QString t = text;
        t.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
        bool ok = false;
        qint64 n = t.toLongLong(&ok);
        if (!ok) {
            const double d = t.toDouble(&ok);
            if (ok && d == double(qint64(d)))
                n = qint64(d);
            else
                ok = false;
        }
        if (!ok || n < 0) {
            *problem = tr("\"%1\" is not a whole number.").arg(text);
            return false;
        }
        *value = n;
        return true;
    }
    case FieldType::Date: {
        QDate d;
        if (!parseDate(text, &d)) {
            *problem = tr("\"%1\" is not a date (write it as 2025-03-01).").arg(text);
            return false;
        }
        *value = d.toString(Qt::ISODate);
        return true;
    }
    case FieldType::Enum: {
        if (!vocabulary) {
            *value = text;
            return true;
        }
        const QString code = vocabulary->codeForText(text);
        if (code.isEmpty()) {
            *problem = tr("\"%1\" is not one of the allowed values of %2.")
                           .arg(text, field.label.text());
            return false;
        }
        *value = code;
        return true;
    }
    case FieldType::MultiEnum:
    case FieldType::CodeList: {
        static const QRegularExpression sep(QStringLiteral("[;；,，、\\n]"));
        QStringList codes;
        const QStringList parts = text.split(sep, Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            const QString part = p.trimmed();
            if (part.isEmpty())
                continue;
            if (field.type == FieldType::MultiEnum && vocabulary) {
                const QString code = vocabulary->codeForText(part);
                if (code.isEmpty()) {
                    *problem = tr("\"%1\" is not one of the allowed values of %2.")
                                   .arg(part, field.label.text());
                    return false;
                }
                codes << code;
            } else {
                codes << part;
            }
        }
        *value = codes;
        return true;
    }
    case FieldType::Region:
        if (vocabulary) {
            const QString code = vocabulary->codeForText(text);
            if (!code.isEmpty()) {
                *value = code;
                return true;
            }
        }
        *value = text;
        return true;
    default:
        *value = text;
        return true;
    }
}

} // namespace sy

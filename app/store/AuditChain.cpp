#include "AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sy::audit {

QString rowHash(const AuditEntry &e)
{
    // Unit separators keep ("ab","c") and ("a","bc") apart.
    const QChar sep(0x1f);
    const QString text = e.prevHash + sep + QString::number(e.id) + sep + e.entity + sep + e.uuid
                         + sep + e.field + sep + e.oldValue + sep + e.newValue + sep + e.user + sep
                         + e.time.toUTC().toString(Qt::ISODateWithMs);
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString valueText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QStringList:
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(value.toStringList())).toJson(QJsonDocument::Compact));
    case QMetaType::QVariantList:
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromVariantList(value.toList())).toJson(QJsonDocument::Compact));
    case QMetaType::QVariantMap:
        return QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(value.toMap())).toJson(QJsonDocument::Compact));
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

} // namespace sy::audit

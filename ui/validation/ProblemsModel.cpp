#include "ProblemsModel.h"

#include "model/Profile.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

namespace sy {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_all = findings;
    refilter();
    endResetModel();
}

void ProblemsModel::replaceResource(qint64 resourceId, const QList<Finding> &findings)
{
    beginResetModel();
    QList<Finding> kept;
    kept.reserve(m_all.size());
    int insertAt = -1;
    for (const Finding &f : std::as_const(m_all)) {
        if (f.resourceId == resourceId && resourceId > 0) {
            if (insertAt < 0)
                insertAt = int(kept.size());
            continue;
        }
        kept << f;
    }
    // Keep the resource where it was in the list, or append it.
    if (insertAt < 0)
        insertAt = int(kept.size());
    for (int i = 0; i < findings.size(); ++i)
        kept.insert(insertAt + i, findings.at(i));
    m_all = kept;
    refilter();
    endResetModel();
}

void ProblemsModel::clear()
{
    setFindings({});
}

void ProblemsModel::setMinimumSeverity(Severity minimum)
{
    beginResetModel();
    m_minimum = minimum;
    refilter();
    endResetModel();
}

void ProblemsModel::refilter()
{
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).severity <= m_minimum)
            m_visible << i;
    }
}

const Finding *ProblemsModel::findingAt(int row) const
{
    if (row < 0 || row >= m_visible.size())
        return nullptr;
    return &m_all.at(m_visible.at(row));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemsModel::fieldLabel(const Finding &f) const
{
    if (f.field == QLatin1String("items"))
        return tr("Information items");
    if (m_profile) {
        if (const FieldDef *def = m_profile->field(entityKindName(f.entity), f.field))
            return def->label.text();
    }
    return f.field;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = findingAt(index.row());
    if (!f || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(f->severity);
        case LocationColumn: {
            QString where;
            switch (f->entity) {
            case EntityKind::Department:
                where = tr("Department");
                break;
            case EntityKind::Office:
                where = tr("Office");
                break;
            case EntityKind::Product:
                where = tr("Product %1").arg(f->resourceCode);
                break;
            case EntityKind::Registration:
                where = tr("Registration %1").arg(f->resourceCode);
                break;
            case EntityKind::Resource:
                where = f->resourceCode;
                break;
            case EntityKind::InfoItem:
                where = tr("%1, item %2").arg(f->resourceCode).arg(f->itemPosition + 1);
                break;
            }
            return where;
        }
        case FieldColumn:
            return fieldLabel(*f);
        case MessageColumn:
            return f->message;
        }
    }
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        const QStyle *style = QApplication::style();
        switch (f->severity) {
        case Severity::Error:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Warning:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Info:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
    }
    if (role == Qt::UserRole)
        return f->resourceId;
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Where");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Problem and how to fix it");
    }
    return {};
}

} // namespace sy

#include "FlowLayout.h"

#include <QWidget>

namespace sy {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items << item;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row of everything.
    int width = 0, height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? m_spacing : 0);
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Rows first (which items go together), then their geometry.
    QList<QList<QLayoutItem *>> rows(1);
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int w = qMin(item->sizeHint().width(), area.width());
        if (!rows.last().isEmpty() && x + m_spacing + w > area.width()) {
            rows.append(QList<QLayoutItem *>());
            x = 0;
        }
        x += (rows.last().isEmpty() ? 0 : m_spacing) + w;
        rows.last() << item;
    }
    if (rows.constFirst().isEmpty())
        return contentsMargins().top() + contentsMargins().bottom();
    int y = area.top();
    for (const QList<QLayoutItem *> &row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int used = 0, height = 0;
        for (QLayoutItem *item : row) {
            used += qMin(item->sizeHint().width(), area.width());
            height = qMax(height, item->sizeHint().height());
        }
        used += m_spacing * int(row.size() - 1);
        int left = area.left();
        for (QLayoutItem *item : row) {
            int w = qMin(item->sizeHint().width(), area.width());
            if (item == row.first() && (item->expandingDirections() & Qt::Horizontal))
                w = qMin(item->maximumSize().width(), w + qMax(0, area.width() - used));
            if (apply)
                item->setGeometry(QRect(left, y, w, height));
            left += w + m_spacing;
        }
        y += height + m_spacing;
    }
    return y - m_spacing - area.top() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace sy

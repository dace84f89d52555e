#pragma once

#include "model/Resource.h"
#include "store/ResourceQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sy {

class CatalogDocument;

// The resource table: a lazy, read-only view of the store for one ResourceQuery. It holds only
// the ordered row ids of the query (8 bytes a row) and loads whole resources a page at a time
// as the view asks for them, keeping a bounded number of pages, so 100k resources scroll
// smoothly without ever being all in memory. Sorting re-asks the store (every column is an
// indexed column or a cheap expression there). Labels come from the profile's vocabularies in
// the current language.
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { ResourceIdRole = Qt::UserRole + 1, FieldKeyRole };
    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 30;

    explicit ResourceTableModel(CatalogDocument *document, QObject *parent = nullptr);

    // Filter and search (the sort of the model is kept).
    void setQuery(const ResourceQuery &query);
    ResourceQuery query() const { return m_query; }
    void reload();
    void clear();

    QStringList columnKeys() const { return m_columns; }
    int columnForKey(const QString &key) const { return int(m_columns.indexOf(key)); }
    qint64 resourceId(int row) const;
    int rowForId(qint64 id) const; // -1 if not shown
    qint64 totalCount() const { return m_ids.size(); }
    int cachedPageCount() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Re-reads one resource (after an edit) without resetting the view.
    void refreshResource(qint64 id);
    void retranslate();

private:
    struct Page
    {
        QList<Resource> resources; // in row order
        QList<int> itemCounts;
    };
    const Page *page(int pageIndex) const;
    QString displayText(const Resource &r, int itemCount, const QString &key) const;

    CatalogDocument *m_document;
    ResourceQuery m_query;
    QStringList m_columns;
    QList<qint64> m_ids;
    mutable QHash<qint64, int> m_rowById; // built on first use
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_pageLru; // most recently used last
};

} // namespace sy

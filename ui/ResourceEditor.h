#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace sy {

class CatalogDocument;
class FieldWidget;
class InfoItemModel;

// The editor of one resource, generated from the profile: one tab per field group of the
// "resource" entity, one FieldWidget per field (required ones marked, help as tooltips), and a
// last tab with the information-item grid. Each committed field edit is one undo command.
class ResourceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ResourceEditor(CatalogDocument *document, QWidget *parent = nullptr);

    void setResource(qint64 resourceId); // 0 = none
    qint64 resourceId() const { return m_resourceId; }
    void refresh(); // re-read the current resource (after undo, another view's edit)
    void rebuild(); // the profile or the language changed
    // Shows the tab of `key` and focuses its widget; "items" = the information-item grid.
    bool focusField(const QString &key);
    void commitPending(); // flush a multi-line text still being typed
    FieldWidget *fieldWidget(const QString &key) const { return m_fields.value(key); }
    InfoItemModel *itemModel() const { return m_itemModel; }
    QTableView *itemView() const { return m_itemView; }

    void addItem();
    void removeItems();
    void moveItemUp();
    void moveItemDown();
    void pasteItems();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void build();
    QWidget *createItemsPage();
    void onFieldEdited(const QString &key, const QVariant &value);
    void updateHeader();
    void updateItemButtons();
    void retranslateItemsPage();

    CatalogDocument *m_document;
    qint64 m_resourceId = 0;
    QLabel *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, FieldWidget *> m_fields;
    QHash<QString, int> m_tabOfField;
    InfoItemModel *m_itemModel = nullptr;
    QTableView *m_itemView = nullptr;
    QWidget *m_itemsPage = nullptr;
    QToolButton *m_addItemButton = nullptr;
    QToolButton *m_removeItemButton = nullptr;
    QToolButton *m_upItemButton = nullptr;
    QToolButton *m_downItemButton = nullptr;
    QToolButton *m_pasteItemButton = nullptr;
    QLabel *m_itemsHint = nullptr;
};

} // namespace sy

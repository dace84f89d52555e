#include "ResourceEditor.h"

#include "CatalogDocument.h"
#include "FieldWidget.h"
#include "InfoItemModel.h"
#include "VocabularyDelegate.h"
#include "store/CatalogStore.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sy {

ResourceEditor::ResourceEditor(CatalogDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("resourceEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("resourceHeaderLabel"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setContentsMargins(6, 4, 6, 2);
    layout->addWidget(m_header);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("resourceEditorTabWidget"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_itemModel = new InfoItemModel(document, this);
    build();

    connect(m_document, &CatalogDocument::resourceChanged, this, [this](qint64 id) {
        if (id == m_resourceId)
            refresh();
    });
    connect(m_document, &CatalogDocument::itemsChanged, this, [this](qint64 id) {
        if (id == m_resourceId)
            m_itemModel->reload();
    });
    connect(m_document, &CatalogDocument::resourcesChanged, this, &ResourceEditor::refresh);
    connect(m_document, &CatalogDocument::catalogOpened, this, [this] {
        if (FieldWidget *w = m_fields.value(QStringLiteral("office")))
            w->refreshChoices();
    });
    connect(m_document, &CatalogDocument::officesChanged, this, [this] {
        if (FieldWidget *w = m_fields.value(QStringLiteral("office")))
            w->refreshChoices();
        refresh();
    });
    setResource(0);
}

void ResourceEditor::build()
{
    // Keep the current tab across rebuilds (language switch).
    const int currentTab = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        if (page != m_itemsPage)
            page->deleteLater();
    }
    m_fields.clear();
    m_tabOfField.clear();

    const Profile *profile = m_document->profile().get();
    const EntityDef *entity = profile ? profile->entity(QStringLiteral("resource")) : nullptr;
    if (entity) {
        for (const FieldGroup &group : entity->groups) {
            auto *form = new QWidget;
            auto *formLayout = new QFormLayout(form);
            formLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
            formLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
            formLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
            for (const QString &key : group.fieldKeys) {
                const FieldDef *field = entity->field(key);
                if (!field)
                    continue;
                auto *widget = new FieldWidget(*field, profile, m_document, form);
                auto *label = new QLabel(FieldWidget::labelText(*field), form);
                label->setBuddy(widget->editor());
                label->setToolTip(field->help.text());
                formLayout->addRow(label, widget);
                connect(widget, &FieldWidget::edited, this, &ResourceEditor::onFieldEdited);
                m_fields.insert(key, widget);
                m_tabOfField.insert(key, m_tabs->count());
            }
            auto *scroll = new QScrollArea;
            scroll->setObjectName(QStringLiteral("group_%1ScrollArea").arg(group.key));
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidget(form);
            m_tabs->addTab(scroll, group.label.text());
        }
    }
    if (!m_itemsPage)
        m_itemsPage = createItemsPage();
    m_tabOfField.insert(QStringLiteral("items"), m_tabs->count());
    m_tabs->addTab(m_itemsPage, tr("Information items"));
    retranslateItemsPage();
    if (currentTab >= 0 && currentTab < m_tabs->count())
        m_tabs->setCurrentIndex(currentTab);
}

QWidget *ResourceEditor::createItemsPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("infoItemsPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *buttons = new QHBoxLayout;
    auto makeButton
        = [&](const QString &name, const QString &icon, void (ResourceEditor::*slot)()) {
              auto *b = new QToolButton(page);
              b->setObjectName(name);
              b->setIcon(QIcon::fromTheme(icon));
              b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
              b->setAutoRaise(true);
              connect(b, &QToolButton::clicked, this, slot);
              buttons->addWidget(b);
              return b;
          };
    m_addItemButton = makeButton(QStringLiteral("addItemToolButton"), QStringLiteral("list-add"),
                                 &ResourceEditor::addItem);
    m_removeItemButton = makeButton(QStringLiteral("removeItemToolButton"),
                                    QStringLiteral("list-remove"), &ResourceEditor::removeItems);
    m_upItemButton = makeButton(QStringLiteral("moveItemUpToolButton"), QStringLiteral("go-up"),
                                &ResourceEditor::moveItemUp);
    m_downItemButton = makeButton(QStringLiteral("moveItemDownToolButton"),
                                  QStringLiteral("go-down"), &ResourceEditor::moveItemDown);
    m_pasteItemButton = makeButton(QStringLiteral("pasteItemsToolButton"),
                                   QStringLiteral("edit-paste"), &ResourceEditor::pasteItems);
    buttons->addStretch(1);
    m_itemsHint = new QLabel(page);
    m_itemsHint->setObjectName(QStringLiteral("itemsHintLabel"));
    m_itemsHint->setStyleSheet(QStringLiteral("color: palette(mid)"));
    buttons->addWidget(m_itemsHint);
    layout->addLayout(buttons);

    m_itemView = new QTableView(page);
    m_itemView->setObjectName(QStringLiteral("infoItemTableView"));
    m_itemView->setModel(m_itemModel);
    m_itemView->setItemDelegate(new VocabularyDelegate(m_document, m_itemView));
    m_itemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
    m_itemView->setAlternatingRowColors(true);
    m_itemView->verticalHeader()->setDefaultSectionSize(m_itemView->fontMetrics().height() + 8);
    m_itemView->horizontalHeader()->setStretchLastSection(true);
    m_itemView->horizontalHeader()->setDefaultSectionSize(110);
    m_itemView->installEventFilter(this);
    layout->addWidget(m_itemView, 1);
    connect(m_itemView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResourceEditor::updateItemButtons);
    connect(m_itemModel, &QAbstractItemModel::modelReset, this, &ResourceEditor::updateItemButtons);
    connect(m_itemModel, &QAbstractItemModel::modelReset, this, &ResourceEditor::updateHeader);
    return page;
}

void ResourceEditor::retranslateItemsPage()
{
    m_addItemButton->setText(tr("Add"));
    m_addItemButton->setToolTip(tr("Add an information item after the current one (Ins)"));
    m_removeItemButton->setText(tr("Remove"));
    m_removeItemButton->setToolTip(tr("Remove the selected information items (Del)"));
    m_upItemButton->setText(tr("Up"));
    m_upItemButton->setToolTip(tr("Move the information item up (Ctrl+Up)"));
    m_downItemButton->setText(tr("Down"));
    m_downItemButton->setToolTip(tr("Move the information item down (Ctrl+Down)"));
    m_pasteItemButton->setText(tr("Paste from Excel/WPS"));
    m_pasteItemButton->setToolTip(
        tr("Paste rows copied from a spreadsheet: one item per row, columns in the grid's order, "
           "or with a header row naming the columns (Ctrl+V)"));
    m_itemsHint->setText(tr("Double-click a cell to edit it"));
}

void ResourceEditor::rebuild()
{
    m_itemModel->resetColumns();
    build();
    refresh();
}

void ResourceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ResourceEditor::setResource(qint64 resourceId)
{
    if (resourceId != m_resourceId)
        commitPending();
    m_resourceId = resourceId;
    m_itemModel->setResource(resourceId);
    refresh();
}

void ResourceEditor::refresh()
{
    CatalogStore *store = m_document->store();
    std::optional<Resource> r;
    if (store && m_resourceId)
        r = store->resource(m_resourceId);
    if (!r && m_resourceId) {
        // Deleted (or undone) meanwhile.
        m_resourceId = 0;
        m_itemModel->setResource(0);
    }
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it.value()->setValue(r ? r->value(it.key()) : QVariant());
    m_tabs->setEnabled(bool(r));
    updateHeader();
    updateItemButtons();
}

void ResourceEditor::updateHeader()
{
    CatalogStore *store = m_document->store();
    const auto r = store && m_resourceId ? store->resource(m_resourceId) : std::nullopt;
    if (!r) {
        m_header->setText(tr("<i>No resource selected</i>"));
        return;
    }
    m_header->setText(
        QStringLiteral("<b>%1</b>&nbsp;&nbsp;<span style=\"color:#666\">%2 · %3</span>")
            .arg(r->name.toHtmlEscaped(), r->code.toHtmlEscaped(),
                 tr("%n information item(s)", nullptr, m_itemModel->rowCount())));
}

void ResourceEditor::onFieldEdited(const QString &key, const QVariant &value)
{
    if (!m_resourceId)
        return;
    if (!m_document->setResourceField(m_resourceId, key, value))
        refresh(); // refused (e.g. a duplicate code): show what the store still holds
}

void ResourceEditor::commitPending()
{
    for (FieldWidget *w : std::as_const(m_fields))
        w->commit();
}

bool ResourceEditor::focusField(const QString &key)
{
    const int tab = m_tabOfField.value(key, -1);
    if (tab < 0)
        return false;
    m_tabs->setCurrentIndex(tab);
    QWidget *target = key == QLatin1String("items") ? static_cast<QWidget *>(m_itemView)
                                                    : m_fields.value(key)->editor();
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void ResourceEditor::updateItemButtons()
{
    const bool has = m_resourceId != 0;
    const QModelIndexList rows = m_itemView->selectionModel()->selectedRows();
    const int current
        = m_itemView->currentIndex().isValid() ? m_itemView->currentIndex().row() : -1;
    m_addItemButton->setEnabled(has);
    m_pasteItemButton->setEnabled(has);
    m_removeItemButton->setEnabled(has && !rows.isEmpty());
    m_upItemButton->setEnabled(has && current > 0);
    m_downItemButton->setEnabled(has && current >= 0 && current < m_itemModel->rowCount() - 1);
}

void ResourceEditor::addItem()
{
    const QModelIndex current = m_itemView->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_itemModel->rowCount();
    if (m_itemModel->insertItem(row)) {
        const QModelIndex idx = m_itemModel->index(row, 0);
        m_itemView->setCurrentIndex(idx);
        m_itemView->edit(idx);
    }
}

void ResourceEditor::removeItems()
{
    QList<int> rows;
    const QModelIndexList selected = m_itemView->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << i.row();
    if (rows.isEmpty() && m_itemView->currentIndex().isValid())
        rows << m_itemView->currentIndex().row();
    m_itemModel->removeItems(rows);
}

void ResourceEditor::moveItemUp()
{
    const QModelIndex current = m_itemView->currentIndex();
    if (current.isValid() && m_itemModel->moveItem(current.row(), -1))
        m_itemView->setCurrentIndex(m_itemModel->index(current.row() - 1, current.column()));
}

void ResourceEditor::moveItemDown()
{
    const QModelIndex current = m_itemView->currentIndex();
    if (current.isValid() && m_itemModel->moveItem(current.row(), 1))
        m_itemView->setCurrentIndex(m_itemModel->index(current.row() + 1, current.column()));
}

void ResourceEditor::pasteItems()
{
    const QString text = QApplication::clipboard()->text();
    const QModelIndex current = m_itemView->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : -1;
    const int added = m_itemModel->pasteTsv(text, row, 0);
    if (added == 0 && !text.trimmed().isEmpty())
        m_itemsHint->setText(tr("The clipboard holds no rows to paste"));
}

bool ResourceEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Only when the grid itself has focus, not a cell editor inside it.
    if (watched == m_itemView && event->type() == QEvent::KeyPress
        && QApplication::focusWidget() == m_itemView) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            pasteItems();
            return true;
        }
        if (key->key() == Qt::Key_Insert) {
            addItem();
            return true;
        }
        if (key->matches(QKeySequence::Delete)) {
            removeItems();
            return true;
        }
        if (key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_Up) {
            moveItemUp();
            return true;
        }
        if (key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_Down) {
            moveItemDown();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sy

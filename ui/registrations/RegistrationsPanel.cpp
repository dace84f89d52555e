#include "RegistrationsPanel.h"

#include "CatalogDocument.h"
#include "Dialogs.h"
#include "FieldWidget.h"
#include "MainWindow.h"
#include "RegistrationFieldCommand.h"
#include "RegistrationListModel.h"
#include "registration/RegistrationService.h"
#include "report/RegistrationForm.h"
#include "store/CatalogStore.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sy {

namespace {

// Fields the workflow owns; the editor shows them in the list, not as editable fields.
bool isWorkflowField(const QString &key)
{
    static const QStringList keys = {QStringLiteral("reg_type"),    QStringLiteral("object_type"),
                                     QStringLiteral("object_uuid"), QStringLiteral("status"),
                                     QStringLiteral("form_number"), QStringLiteral("accepted_date"),
                                     QStringLiteral("valid_until")};
    return keys.contains(key);
}

} // namespace

RegistrationsPanel::RegistrationsPanel(MainWindow &window, QWidget *parent)
    : QWidget(parent)
    , m_window(window)
{
    m_model = new RegistrationListModel(this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("registrationScopeComboBox"));
    m_new = new QToolButton(this);
    m_new->setObjectName(QStringLiteral("newRegistrationToolButton"));
    m_new->setPopupMode(QToolButton::InstantPopup);
    m_new->setMenu(new QMenu(m_new));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("registrationsTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("registrationTabWidget"));
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    m_formPage = new QWidget(scroll);
    m_form = new QFormLayout(m_formPage);
    // The scroll area must not squeeze the rows: the page keeps the size its rows need.
    m_form->setSizeConstraint(QLayout::SetMinimumSize);
    scroll->setWidget(m_formPage);
    m_tabs->addTab(scroll, QString());
    m_history = new QTableWidget(0, 4, m_tabs);
    m_history->setObjectName(QStringLiteral("registrationHistoryTable"));
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_history, QString());
    m_diff = new QTableWidget(0, 3, m_tabs);
    m_diff->setObjectName(QStringLiteral("registrationDiffTable"));
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_diff, QString());

    m_check = new QPushButton(this);
    m_check->setObjectName(QStringLiteral("checkRegistrationPushButton"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printRegistrationPushButton"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("saveRegistrationPdfPushButton"));
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("registrationFindingsLabel"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addWidget(m_new);
    top->addStretch(1);
    m_statusRow = new QHBoxLayout;
    auto *actions = new QHBoxLayout;
    actions->addLayout(m_statusRow);
    actions->addStretch(1);
    actions->addWidget(m_check);
    actions->addWidget(m_pdf);
    actions->addWidget(m_print);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(actions);
    lowerLayout->addWidget(m_findings);
    lowerLayout->addWidget(m_tabs, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(lower);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &RegistrationsPanel::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                const Registration *r = m_model->registrationAt(i.row());
                m_currentUuid = r ? r->uuid : QString();
                showCurrent();
            });
    connect(m_check, &QPushButton::clicked, this, &RegistrationsPanel::check);
    connect(m_print, &QPushButton::clicked, this, &RegistrationsPanel::print);
    connect(m_pdf, &QPushButton::clicked, this, &RegistrationsPanel::savePdf);

    CatalogDocument *doc = window.document();
    connect(doc, &CatalogDocument::catalogOpened, this, &RegistrationsPanel::onCatalogOpened);
    connect(doc, &CatalogDocument::catalogClosed, this, &RegistrationsPanel::onCatalogClosed);
    connect(&window, &MainWindow::currentResourceChanged, this, [this] {
        if (m_scope->currentIndex() == 0)
            reload();
    });
    QPointer<RegistrationsPanel> self(this);
    RegistrationFieldCommand::setChangedCallback([self](const QString &uuid) {
        if (self && uuid == self->m_currentUuid)
            QMetaObject::invokeMethod(
                self,
                [self] {
                    if (self)
                        self->reload();
                },
                Qt::QueuedConnection);
    });
    retranslate();
    if (doc->isOpen())
        onCatalogOpened();
    else
        setEnabled(false);
}

RegistrationsPanel::~RegistrationsPanel()
{
    RegistrationFieldCommand::setChangedCallback({});
}

void RegistrationsPanel::retranslate()
{
    setWindowTitle(tr("Registrations"));
    const int scope = m_scope->currentIndex();
    m_scope->blockSignals(true);
    m_scope->clear();
    m_scope->addItems({tr("Current resource"), tr("All registrations")});
    m_scope->setCurrentIndex(scope < 0 ? 0 : scope);
    m_scope->blockSignals(false);
    m_new->setText(tr("New registration"));
    m_new->menu()->clear();
    const auto profile = m_window.document()->profile();
    if (profile) {
        if (const Vocabulary *v = profile->vocabulary(QStringLiteral("registration_type"))) {
            for (const VocabularyItem &item : v->items) {
                QAction *a = m_new->menu()->addAction(item.label.text());
                a->setObjectName(QStringLiteral("newRegistrationAction_%1").arg(item.code));
                const QString code = item.code;
                connect(a, &QAction::triggered, this,
                        [this, code] { createForCurrentResource(code); });
            }
        }
    }
    m_tabs->setTabText(0, tr("Form"));
    m_tabs->setTabText(1, tr("History"));
    m_tabs->setTabText(2, tr("Changes"));
    m_history->setHorizontalHeaderLabels({tr("Time"), tr("Status change"), tr("By"), tr("Reason")});
    m_diff->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_check->setText(tr("Check"));
    m_print->setText(tr("Print…"));
    m_pdf->setText(tr("Save as PDF…"));
    rebuildStatusButtons();
}

void RegistrationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RegistrationsPanel::onCatalogOpened()
{
    setEnabled(true);
    m_engine = std::make_unique<RuleEngine>(m_window.document()->profile());
    m_model->setProfile(m_window.document()->profile());
    buildEditor();
    retranslate();
    reload();
}

void RegistrationsPanel::onCatalogClosed()
{
    m_model->clear();
    m_currentUuid.clear();
    showCurrent();
    setEnabled(false);
}

void RegistrationsPanel::buildEditor()
{
    qDeleteAll(m_fields);
    m_fields.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const auto profile = m_window.document()->profile();
    const EntityDef *def = profile ? profile->entity(QStringLiteral("registration")) : nullptr;
    if (!def)
        return;
    for (const FieldDef &f : def->fields) {
        if (isWorkflowField(f.key))
            continue;
        auto *w = new FieldWidget(f, profile.get(), m_window.document(), m_formPage);
        w->setObjectName(QStringLiteral("regfield_%1").arg(f.key));
        auto *label = new QLabel(FieldWidget::labelText(f), m_formPage);
        m_form->addRow(label, w);
        m_fields.insert(f.key, w);
        connect(w, &FieldWidget::edited, this, &RegistrationsPanel::onFieldEdited);
    }
}

const Registration *RegistrationsPanel::current() const
{
    const int row = m_model->rowOf(m_currentUuid);
    return m_model->registrationAt(row);
}

void RegistrationsPanel::reload()
{
    CatalogDocument *doc = m_window.document();
    if (!doc->isOpen())
        return;
    QString objectUuid;
    if (m_scope->currentIndex() == 0) {
        const auto r = doc->store()->resource(m_window.currentResourceId());
        objectUuid = r ? r->uuid : QStringLiteral("-"); // no resource: nothing
    }
    const QString keep = m_currentUuid;
    m_model->reload(doc->store(), objectUuid);
    int row = m_model->rowOf(keep);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    m_currentUuid = row >= 0 ? m_model->registrationAt(row)->uuid : QString();
    if (row >= 0)
        m_view->selectRow(row);
    showCurrent();
}

void RegistrationsPanel::selectRegistration(const QString &uuid)
{
    m_currentUuid = uuid;
    if (m_model->rowOf(uuid) < 0) {
        m_scope->setCurrentIndex(1);
        reload();
    }
    const int row = m_model->rowOf(uuid);
    if (row >= 0)
        m_view->selectRow(row);
    showCurrent();
}

void RegistrationsPanel::showCurrent()
{
    const Registration *r = current();
    m_loading = true;
    const RegistrationWorkflow wf(m_window.document()->profile());
    const bool editable = r && wf.isEditable(r->status);
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        it.value()->setValue(r ? r->value(it.key()) : QVariant());
        it.value()->setEnabled(editable);
    }
    m_loading = false;
    m_history->setRowCount(0);
    m_diff->setRowCount(0);
    if (r) {
        const QList<StatusChange> history = RegistrationWorkflow::history(*r);
        m_history->setRowCount(int(history.size()));
        for (int i = 0; i < history.size(); ++i) {
            const StatusChange &c = history.at(i);
            m_history->setItem(i, 0,
                               new QTableWidgetItem(c.time.toLocalTime().toString(
                                   QStringLiteral("yyyy-MM-dd HH:mm"))));
            m_history->setItem(i, 1,
                               new QTableWidgetItem(QStringLiteral("%1 → %2").arg(
                                   wf.statusLabel(c.from), wf.statusLabel(c.to))));
            m_history->setItem(i, 2, new QTableWidgetItem(c.user));
            m_history->setItem(i, 3, new QTableWidgetItem(c.reason));
        }
        const QList<FieldDiff> diff = RegistrationService::storedDiff(*r);
        m_diff->setRowCount(int(diff.size()));
        for (int i = 0; i < diff.size(); ++i) {
            m_diff->setItem(i, 0, new QTableWidgetItem(diff.at(i).label));
            m_diff->setItem(i, 1, new QTableWidgetItem(diff.at(i).oldValue));
            m_diff->setItem(i, 2, new QTableWidgetItem(diff.at(i).newValue));
        }
    }
    m_check->setEnabled(r != nullptr);
    m_print->setEnabled(r != nullptr);
    m_pdf->setEnabled(r != nullptr);
    m_new->setEnabled(m_window.currentResourceId() > 0);
    m_findings->clear();
    rebuildStatusButtons();
}

void RegistrationsPanel::rebuildStatusButtons()
{
    qDeleteAll(m_statusButtons);
    m_statusButtons.clear();
    const Registration *r = current();
    if (!r)
        return;
    const RegistrationWorkflow wf(m_window.document()->profile());
    const QStringList next = wf.nextStatuses(r->status);
    for (const QString &status : next) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("statusButton_%1").arg(status));
        b->setText(tr("→ %1").arg(wf.statusLabel(status)));
        connect(b, &QPushButton::clicked, this, [this, status] { changeStatus(status); });
        m_statusRow->addWidget(b);
        b->show();
        m_statusButtons << b;
    }
}

void RegistrationsPanel::onFieldEdited(const QString &key, const QVariant &value)
{
    const Registration *r = current();
    if (m_loading || !r)
        return;
    const auto profile = m_window.document()->profile();
    const FieldDef *f = profile->field(QStringLiteral("registration"), key);
    m_window.document()->pushCommand(new RegistrationFieldCommand(
        m_window.document(), r->uuid, key, r->value(key), value,
        tr("Edit registration field “%1”").arg(f ? f->label.text() : key)));
}

bool RegistrationsPanel::createForCurrentResource(const QString &regType)
{
    CatalogDocument *doc = m_window.document();
    const qint64 id = m_window.currentResourceId();
    if (!doc->isOpen() || id <= 0 || !m_engine)
        return false;
    RegistrationService service(*doc->store(), *m_engine);
    QString error;
    const std::optional<Registration> reg = service.createForResource(id, regType, &error);
    if (!reg) {
        Dialogs::warning(this, tr("New registration"), error);
        return false;
    }
    m_scope->setCurrentIndex(0);
    reload();
    selectRegistration(reg->uuid);
    m_window.showStatusMessage(tr("Created registration %1.").arg(reg->formNumber));
    check();
    emit registrationsChanged();
    return true;
}

void RegistrationsPanel::check()
{
    const Registration *r = current();
    if (!r || !m_engine)
        return;
    RegistrationService service(*m_window.document()->store(), *m_engine);
    const QList<Finding> findings = service.validate(*r);
    if (findings.isEmpty()) {
        m_findings->setText(tr("No problems: the registration can be marked ready."));
        return;
    }
    QStringList lines;
    for (const Finding &f : findings)
        lines << QStringLiteral("%1: %2").arg(severityLabel(f.severity), f.message);
    m_findings->setText(lines.join(QLatin1Char('\n')));
}

bool RegistrationsPanel::changeStatus(const QString &status)
{
    const Registration *r = current();
    if (!r || !m_engine)
        return false;
    RegistrationService service(*m_window.document()->store(), *m_engine);
    QString reason;
    if (service.workflow().needsReason(status)) {
        QInputDialog dialog(this);
        dialog.setObjectName(QStringLiteral("statusReasonDialog"));
        dialog.setWindowTitle(service.workflow().statusLabel(status));
        dialog.setLabelText(tr("Reason:"));
        if (Dialogs::exec(&dialog) != QDialog::Accepted)
            return false;
        reason = dialog.textValue();
    }
    QString error;
    const QString uuid = r->uuid;
    const qint64 id = r->id;
    if (!service.setStatus(id, status, reason, &error)) {
        Dialogs::warning(this, tr("Registration"), error);
        check();
        return false;
    }
    reload();
    selectRegistration(uuid);
    m_window.showStatusMessage(
        tr("Registration is now “%1”.").arg(service.workflow().statusLabel(status)));
    emit registrationsChanged();
    return true;
}

bool RegistrationsPanel::savePdf()
{
    const Registration *r = current();
    if (!r)
        return false;
    const QString path
        = Dialogs::getSaveFileName(this, tr("Save registration form"), tr("PDF files (*.pdf)"),
                                   RegistrationForm::fileName(*r));
    if (path.isEmpty())
        return false;
    QString error;
    const auto data = RegistrationForm::load(*m_window.document()->store(), r->id, &error);
    RegistrationForm form(m_window.document()->profile());
    if (!data || !form.writePdf(*data, path, &error)) {
        Dialogs::warning(this, tr("Save registration form"), error);
        return false;
    }
    m_window.showStatusMessage(tr("Saved the form (%n page(s)).", nullptr, form.pageCount()));
    return true;
}

void RegistrationsPanel::print()
{
    const Registration *r = current();
    if (!r)
        return;
    QString error;
    const auto data = RegistrationForm::load(*m_window.document()->store(), r->id, &error);
    if (!data) {
        Dialogs::warning(this, tr("Print"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(data->registration.formNumber);
    QPrintDialog dialog(&printer, this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    RegistrationForm form(m_window.document()->profile());
    if (!form.print(*data, &printer, &error))
        Dialogs::warning(this, tr("Print"), error);
}

} // namespace sy

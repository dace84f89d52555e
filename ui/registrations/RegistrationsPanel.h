#pragma once

#include "model/Registration.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QTableWidget;
class QTabWidget;
class QToolButton;
class QPushButton;

namespace sy {

class FieldWidget;
class MainWindow;
class RegistrationListModel;
class RuleEngine;

// See README.md. Widget names for tests: registrationScopeComboBox, newRegistrationToolButton,
// registrationsTableView, registrationTabWidget, regfield_<key> (the field widgets; their inner
// editors are field_<key>), statusButton_<status>, checkRegistrationPushButton,
// printRegistrationPushButton, saveRegistrationPdfPushButton, registrationFindingsLabel,
// registrationHistoryTable, registrationDiffTable.
class RegistrationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RegistrationsPanel(MainWindow &window, QWidget *parent = nullptr);
    ~RegistrationsPanel() override;

    // Creates a registration of `regType` for the current resource and selects it.
    bool createForCurrentResource(const QString &regType);
    // Moves the selected registration to `status` (asks for a reason when one is needed).
    bool changeStatus(const QString &status);
    bool savePdf();
    void print();
    void check();
    const Registration *current() const;
    void selectRegistration(const QString &uuid);

signals:
    void registrationsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCatalogOpened();
    void onCatalogClosed();
    void reload();
    void showCurrent();
    void buildEditor();
    void rebuildStatusButtons();
    void retranslate();
    void onFieldEdited(const QString &key, const QVariant &value);

    MainWindow &m_window;
    RegistrationListModel *m_model = nullptr;
    QComboBox *m_scope = nullptr;
    QToolButton *m_new = nullptr;
    QTableView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_formPage = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, FieldWidget *> m_fields;
    QTableWidget *m_history = nullptr;
    QTableWidget *m_diff = nullptr;
    QHBoxLayout *m_statusRow = nullptr;
    QList<QPushButton *> m_statusButtons;
    QPushButton *m_check = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_findings = nullptr;
    QString m_currentUuid;
    std::unique_ptr<RuleEngine> m_engine;
    bool m_loading = false;
};

} // namespace sy

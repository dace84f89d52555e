#pragma once

#include "rules/CatalogValidator.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QComboBox;
#include <QLabel>
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace sy {

class MainWindow;
class ProblemsModel;

// The problems panel: see README.md. Widget names for tests: problemsTableView,
// validateAllPushButton, cancelValidationPushButton, severityFilterComboBox,
// validationProgressBar, problemsSummaryLabel; the status-bar label is problemsStatusLabel.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(MainWindow &window, QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    ProblemsModel *model() const { return m_model; }
    bool isValidating() const { return m_worker != nullptr; }
    QLabel *statusLabel() const { return m_statusLabel; }

    void validateAll();
    void cancelValidation();
    // Re-checks one resource now (the live check does this shortly after each edit).
    void recheck(qint64 resourceId);
    // Jumps to the finding of `row` of the (filtered) list.
    void activate(int row);

signals:
    void validationFinished(); // after validateAll(), cancelled or not

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCatalogOpened();
    void onCatalogClosed();
    void scheduleRecheck(qint64 resourceId);
    void flushRechecks();
    void onProgress(qint64 done, qint64 total);
    void onValidationDone();
    void updateSummary();
    void retranslate();

    MainWindow &m_window;
    ProblemsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_validateButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPointer<QLabel> m_statusLabel;
    QTimer *m_recheckTimer = nullptr;
    QSet<qint64> m_pending;

    std::unique_ptr<RuleEngine> m_engine;
    std::unique_ptr<CatalogValidator> m_validator;
    std::shared_ptr<ValidationResult> m_result;
    std::shared_ptr<bool> m_ok;
    QThread *m_worker = nullptr;
    bool m_validatedAll = false;
    qint64 m_lastElapsed = 0;
};

} // namespace sy

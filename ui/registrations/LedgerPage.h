#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace sy {

class LedgerModel;
class MainWindow;

// The 资源底账 tab. Widget names: ledgerTableView, ledgerFilterComboBox, ledgerSummaryLabel.
class LedgerPage : public QWidget
{
    Q_OBJECT

public:
    explicit LedgerPage(MainWindow &window, QWidget *parent = nullptr);
    LedgerModel *model() const { return m_model; }
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();

    MainWindow &m_window;
    LedgerModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace sy

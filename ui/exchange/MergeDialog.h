#pragma once

#include "exchange/MergePlan.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace sy {

// Lets the coordinator decide a merge: resources by office with their status (new, identical,
// changed, conflict, deleted in the answer), for each one the differing fields side by side
// with "mine" or "theirs" chosen per field, and whole-office choices. Edits the plan in place;
// the caller applies it (MergeApplier) when the dialog is accepted.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(MergePlan *plan, QWidget *parent = nullptr);

private:
    void rebuildTree();
    void showResource(int index);
    void updateSummary();
    void chooseForCurrentOffice(bool theirs);
    void saveReport();
    static QString valueText(const QVariant &value);

    MergePlan *m_plan;
    QTreeWidget *m_tree = nullptr;
    QTableWidget *m_fields = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    int m_current = -1;
    bool m_updating = false;
};

} // namespace sy

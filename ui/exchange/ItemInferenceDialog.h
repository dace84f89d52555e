#pragma once

#include "exchange/ItemInference.h"

#include <QDialog>

class QTableWidget;

namespace sy {

// Shows the information items inferred from a sample data file (name, type, length, share of
// empty cells, examples); the clerk ticks the ones to add.
class ItemInferenceDialog : public QDialog
{
    Q_OBJECT

public:
    ItemInferenceDialog(const QList<InferredColumn> &columns, QWidget *parent = nullptr);
    QList<InfoItem> chosenItems() const;

private:
    QList<InferredColumn> m_columns;
    QTableWidget *m_table = nullptr;
};

} // namespace sy

#pragma once

#include "exchange/SheetImporter.h"

#include <QDialog>

namespace sy {

// The dry run of a spreadsheet import: one line per problem (sheet, row, column, problem), a
// button to save them as XLSX for the office that filled the sheet, and Continue / Cancel.
class ImportProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportProblemsDialog(const QList<ImportProblem> &problems,
                         int rows,
                         int resources,
                         QWidget *parent = nullptr);

private:
    QList<ImportProblem> m_problems;
};

} // namespace sy

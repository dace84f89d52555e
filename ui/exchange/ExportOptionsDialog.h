#pragma once

#include "model/Office.h"

#include <QDialog>

class QCheckBox;
class QListWidget;
class QRadioButton;

namespace sy {

// Asks what a package or survey template covers: the whole catalog or chosen offices (and, for
// a package, whether it may leave as a draft). The file name is asked afterwards.
class ExportOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Package, Template };

    ExportOptionsDialog(Purpose purpose, const QList<Office> &offices, QWidget *parent = nullptr);

    QList<qint64> officeIds() const; // empty = the whole catalog
    bool draft() const;
    bool surveyPackage() const; // Template: a survey package instead of an XLSX workbook

private:
    QRadioButton *m_whole = nullptr;
    QListWidget *m_offices = nullptr;
    QCheckBox *m_draft = nullptr;
    QCheckBox *m_asPackage = nullptr;
};

} // namespace sy

#pragma once

#include "exchange/SheetImporter.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace sy {

// Shows every header of the answer's resource and item sheets next to the profile field it was
// matched to (zh, en and synonyms), lets the clerk correct the matches, and remembers the
// result for this template (SheetImporter::rememberMapping).
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnMappingDialog(const SheetImporter &importer,
                        const Profile &profile,
                        const ImportMapping &initial,
                        QWidget *parent = nullptr);
    ImportMapping mapping() const;

private:
    void fillSheet(QComboBox *sheetBox, QTableWidget *table, const QString &entity);
    void fillTable(QTableWidget *table,
                   const QString &sheet,
                   int headerRow,
                   const QString &entity,
                   const QHash<QString, QString> &columns);
    static QHash<QString, QString> read(const QTableWidget *table);

    const SheetImporter &m_importer;
    const Profile &m_profile;
    ImportMapping m_mapping;
    QComboBox *m_resourceSheet = nullptr;
    QComboBox *m_itemSheet = nullptr;
    QTableWidget *m_resourceTable = nullptr;
    QTableWidget *m_itemTable = nullptr;
};

} // namespace sy

#pragma once

#include "model/InfoItem.h"

#include <QCoreApplication>

namespace sy {

// What a sample data file says about one of its columns; the clerk confirms before the
// suggestions become information items.
struct InferredColumn
{
    QString name;     // header text
    QString dataType; // item_type code: C, I, F, D, T, L
    int length = 0;   // longest value in characters (decimal places ignored)
    double nullShare = 0.0;
    int samples = 0;
    QStringList examples; // up to three distinct values

    InfoItem toItem() const;
};

// Infers information items from a sample data file (CSV in any supported encoding, or the first
// sheet of an XLSX): names from the header row, types from the values (integer, decimal, date,
// date-time, boolean, else character), lengths and the share of empty cells.
class ItemInference
{
    Q_DECLARE_TR_FUNCTIONS(sy::ItemInference)

public:
    bool inferFile(const QString &path, int maxRows = 10000);
    void infer(const QList<QStringList> &rows); // first row = header
    QList<InferredColumn> columns() const { return m_columns; }
    QList<InfoItem> items() const;
    QString errorString() const { return m_error; }

private:
    QList<InferredColumn> m_columns;
    QString m_error;
};

} // namespace sy

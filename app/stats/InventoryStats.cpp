#include "InventoryStats.h"

#include <QJsonArray>
#include <QLocale>

namespace sy {

qint64 StatsSeries::total() const
{
    qint64 sum = 0;
    for (const StatsBucket &b : buckets)
        sum += b.count;
    return sum;
}

const StatsBucket *StatsSeries::bucket(const QString &key) const
{
    for (const StatsBucket &b : buckets) {
        if (b.key == key)
            return &b;
    }
    return nullptr;
}

qint64 StatsSeries::count(const QString &key) const
{
    const StatsBucket *b = bucket(key);
    return b ? b->count : 0;
}

qint64 StatsMatrix::cell(const QString &rowKey, const QString &columnKey) const
{
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.at(r).key != rowKey)
            continue;
        for (int c = 0; c < columns.size(); ++c) {
            if (columns.at(c).key == columnKey)
                return cells.at(r).at(c);
        }
    }
    return 0;
}

namespace {

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

QJsonArray bucketsToJson(const QList<StatsBucket> &buckets)
{
    QJsonArray array;
    for (const StatsBucket &b : buckets) {
        QJsonObject o{{QStringLiteral("key"), b.key},
                      {QStringLiteral("label"), b.label},
                      {QStringLiteral("count"), b.count}};
        if (!b.officeIds.isEmpty()) {
            QJsonArray ids;
            for (qint64 id : b.officeIds)
                ids.append(id);
            o.insert(QStringLiteral("offices"), ids);
        }
        array.append(o);
    }
    return array;
}

int terminalColumns(const QString &text)
{
    // Han characters take two terminal columns; count them so columns line up in zh_CN.
    int columns = 0;
    for (QChar ch : text)
        columns += ch.unicode() >= 0x1100 ? 2 : 1;
    return columns;
}

QString pad(const QString &text, int width)
{
    return text + QString(qMax(1, width - terminalColumns(text)), QLatin1Char(' '));
}

} // namespace

double InventoryKpis::sharedShare() const
{
    return share(shared, resources);
}

double InventoryKpis::openedShare() const
{
    return share(opened, resources);
}

double InventoryKpis::registeredShare() const
{
    return share(registered, resources);
}

const StatsSeries *InventoryStats::seriesById(const QString &id) const
{
    for (const StatsSeries &s : series) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const StatsMatrix *InventoryStats::matrixById(const QString &id) const
{
    for (const StatsMatrix &m : matrices) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

QString InventoryStats::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString InventoryStats::formatPercent(double value)
{
    return QLocale().toString(value * 100.0, 'f', 1) + QLatin1Char('%');
}

QJsonObject InventoryStats::toJson() const
{
    QJsonObject kpi{{QStringLiteral("resources"), kpis.resources},
                    {QStringLiteral("items"), kpis.items},
                    {QStringLiteral("records"), kpis.records},
                    {QStringLiteral("bytes"), kpis.bytes},
                    {QStringLiteral("offices"), kpis.offices},
                    {QStringLiteral("shared"), kpis.shared},
                    {QStringLiteral("opened"), kpis.opened},
                    {QStringLiteral("registered"), kpis.registered},
                    {QStringLiteral("secret"), kpis.secret},
                    {QStringLiteral("shared_share"), kpis.sharedShare()},
                    {QStringLiteral("opened_share"), kpis.openedShare()},
                    {QStringLiteral("registered_share"), kpis.registeredShare()}};
    kpi.insert(QStringLiteral("average_quality"),
               kpis.averageQuality ? QJsonValue(*kpis.averageQuality) : QJsonValue());
    kpi.insert(QStringLiteral("open_problems"),
               kpis.openProblems ? QJsonValue(*kpis.openProblems) : QJsonValue());

    QJsonObject seriesJson;
    for (const StatsSeries &s : series) {
        seriesJson.insert(s.id, QJsonObject{{QStringLiteral("title"), s.title},
                                            {QStringLiteral("buckets"), bucketsToJson(s.buckets)}});
    }
    QJsonObject matricesJson;
    for (const StatsMatrix &m : matrices) {
        QJsonArray cells;
        for (const QList<qint64> &row : m.cells) {
            QJsonArray r;
            for (qint64 v : row)
                r.append(v);
            cells.append(r);
        }
        matricesJson.insert(m.id, QJsonObject{{QStringLiteral("title"), m.title},
                                              {QStringLiteral("rows"), bucketsToJson(m.rows)},
                                              {QStringLiteral("columns"), bucketsToJson(m.columns)},
                                              {QStringLiteral("cells"), cells}});
    }
    QJsonArray officeJson;
    for (const OfficeInventory &o : offices) {
        QJsonObject row{
            {QStringLiteral("id"), o.officeId},   {QStringLiteral("code"), o.code},
            {QStringLiteral("name"), o.name},     {QStringLiteral("resources"), o.resources},
            {QStringLiteral("items"), o.items},   {QStringLiteral("records"), o.records},
            {QStringLiteral("bytes"), o.bytes},   {QStringLiteral("shared"), o.shared},
            {QStringLiteral("opened"), o.opened}, {QStringLiteral("registered"), o.registered}};
        row.insert(QStringLiteral("average_quality"),
                   o.averageQuality ? QJsonValue(*o.averageQuality) : QJsonValue());
        officeJson.append(row);
    }
    QJsonObject scope{{QStringLiteral("office"), officeId}};
    if (officeId != 0)
        scope.insert(QStringLiteral("office_name"), officeName);
    return QJsonObject{{QStringLiteral("catalog"), catalogName},
                       {QStringLiteral("department"), department},
                       {QStringLiteral("generated"), generated.toString(Qt::ISODate)},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("kpis"), kpi},
                       {QStringLiteral("series"), seriesJson},
                       {QStringLiteral("matrices"), matricesJson},
                       {QStringLiteral("offices"), officeJson},
                       {QStringLiteral("elapsed_ms"), elapsedMs}};
}

QString InventoryStats::toText() const
{
    const QLocale locale;
    QString text;
    const auto line = [&text](const QString &label, const QString &value) {
        text += pad(label, 28) + value + QLatin1Char('\n');
    };
    text += tr("Inventory of %1").arg(catalogName.isEmpty() ? department : catalogName);
    if (officeId != 0)
        text += QStringLiteral(" — ") + officeName;
    text += QLatin1Char('\n');
    line(tr("Resources"), locale.toString(kpis.resources));
    line(tr("Information items"), locale.toString(kpis.items));
    line(tr("Records"), locale.toString(kpis.records));
    line(tr("Storage volume"), formatBytes(kpis.bytes));
    line(tr("Offices with resources"), locale.toString(kpis.offices));
    line(tr("Shared"), QStringLiteral("%1 (%2)").arg(locale.toString(kpis.shared),
                                                     formatPercent(kpis.sharedShare())));
    line(tr("Open to the public"),
         QStringLiteral("%1 (%2)").arg(locale.toString(kpis.opened),
                                       formatPercent(kpis.openedShare())));
    line(tr("Registered"), QStringLiteral("%1 (%2)").arg(locale.toString(kpis.registered),
                                                         formatPercent(kpis.registeredShare())));
    line(tr("Average quality score"),
         kpis.averageQuality ? locale.toString(*kpis.averageQuality, 'f', 1) : tr("n/a"));
    line(tr("Open problems"), kpis.openProblems ? locale.toString(*kpis.openProblems) : tr("n/a"));

    for (const StatsSeries &s : series) {
        text += QLatin1Char('\n') + s.title + QLatin1Char('\n');
        const qint64 total = s.total();
        int width = 26;
        for (const StatsBucket &b : s.buckets)
            width = qMax(width, terminalColumns(b.label) + 2);
        for (const StatsBucket &b : s.buckets) {
            text += QStringLiteral("  ") + pad(b.label, width)
                    + locale.toString(b.count).rightJustified(9) + QStringLiteral("  ")
                    + formatPercent(share(b.count, total)).rightJustified(7) + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace sy

#pragma once

#include "store/CatalogStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>

#include <functional>

namespace sy {

// Generates a demo catalog. Deterministic: it draws only from a QRandomGenerator seeded with
// `seed`, and its dates count back from `today`, so two runs with the same options give the same
// rows (uuids and timestamps included). `today` defaults to the current date so that a fresh demo
// looks up to date (timeliness is judged against the real date); pin it for reproducible files. The deliberate defects, about one resource in 400 each (at least one of
// each kind), are:
//  - 有条件共享 without 共享条件;            - 不予共享 but 无条件开放;
//  - 涉密 but opened;                         - 重要数据 opened without conditions;
//  - a resource code used twice;              - a resource without information items;
//  - two items with the same name;            - a related resource code that does not exist;
//  - an impossible publish date (2023-02-30); - a date item with a length of 200;
//  - 统一社会信用代码 offered as authoritative by two offices (一数一源).
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(sy::DemoGenerator)

public:
    struct Options
    {
        int resources = 200;
        quint32 seed = 1;
        QDate today; // invalid = the current date
        QString user = QStringLiteral("demo");
    };

    // Creates `path` (must not exist) and fills it. `progress` (optional) gets resources written;
    // returning false from it cancels (the file is then removed).
    static bool generate(const QString &path, const Options &options, QString *error,
                         const std::function<bool(int done, int total)> &progress = {});

    // The department's 统一社会信用代码 used by the demo (valid check characters).
    static QString departmentUscc();
};

} // namespace sy

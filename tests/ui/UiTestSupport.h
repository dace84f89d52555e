#pragma once

#include "Dialogs.h"
#include "Settings.h"
#include "demo/DemoGenerator.h"

#include <QTemporaryDir>
#include <QTest>

namespace sy::test {

// A demo catalog with `resources` resources in `dir`, created fresh for each test.
inline QString makeDemoCatalog(const QTemporaryDir &dir, const QString &name, int resources = 60)
{
    const QString path = dir.filePath(name);
    DemoGenerator::Options options;
    options.resources = resources;
    options.seed = 7;
    QString error;
    if (!DemoGenerator::generate(path, options, &error))
        qWarning("demo catalog: %s", qPrintable(error));
    return path;
}

// Settings in the temporary dir, every modal dialog answered by the test (or cancelled).
inline void isolateGui(const QTemporaryDir &dir)
{
    Settings::useFileForTesting(dir.filePath(QStringLiteral("settings.ini")));
    Dialogs::reset();
    Dialogs::setTestMode(true);
}

} // namespace sy::test

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sy {

// Every persistent preference of the GUI, typed, with its key and default in one place
// (Settings.cpp). Tests either rely on the isolated HOME/XDG dirs of shuyuan_add_test or call
// useFileForTesting() so the user's real settings are never read or written.
class Settings
{
public:
    static constexpr int maxRecentFiles = 8;

    // Redirects all settings to an INI file (tests, benchmarks); empty = back to the default.
    static void useFileForTesting(const QString &iniPath);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    static QByteArray splitterState(const QString &name);
    static void setSplitterState(const QString &name, const QByteArray &state);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path); // most recent first, de-duplicated, capped
    static void removeRecentFile(const QString &path);
    static void clearRecentFiles();

    // "zh_CN", "en" or empty (= follow the system, sy::preferredLanguage()).
    static QString language();
    static void setLanguage(const QString &language);

    // The clerk's name, written into the audit log (CatalogStore::setUser).
    static QString userName();
    static void setUserName(const QString &name);

    static QString lastDirectory();
    static void setLastDirectory(const QString &dir);
};

} // namespace sy

#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

namespace sy {

namespace {

// The one table of keys: renaming a key here renames it everywhere.
namespace key {
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString splitters = QStringLiteral("window/splitters/");
const QString recent = QStringLiteral("files/recent");
const QString lastDir = QStringLiteral("files/lastDirectory");
const QString language = QStringLiteral("general/language");
const QString user = QStringLiteral("general/userName");
} // namespace key

QString &testFile()
{
    static QString path;
    return path;
}

std::unique_ptr<QSettings> settings()
{
    if (!testFile().isEmpty())
        return std::make_unique<QSettings>(testFile(), QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("Shuyuan"), QStringLiteral("shuyuan"));
}

} // namespace

void Settings::useFileForTesting(const QString &iniPath)
{
    testFile() = iniPath;
}

QByteArray Settings::windowGeometry()
{
    return settings()->value(key::geometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    settings()->setValue(key::geometry, geometry);
}

QByteArray Settings::windowState()
{
    return settings()->value(key::state).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    settings()->setValue(key::state, state);
}

QByteArray Settings::splitterState(const QString &name)
{
    return settings()->value(key::splitters + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    settings()->setValue(key::splitters + name, state);
}

QStringList Settings::recentFiles()
{
    return settings()->value(key::recent).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings()->setValue(key::recent, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    files.removeAll(path);
    settings()->setValue(key::recent, files);
}

void Settings::clearRecentFiles()
{
    settings()->remove(key::recent);
}

QString Settings::language()
{
    return settings()->value(key::language).toString();
}

void Settings::setLanguage(const QString &language)
{
    settings()->setValue(key::language, language);
}

QString Settings::userName()
{
    return settings()->value(key::user).toString();
}

void Settings::setUserName(const QString &name)
{
    settings()->setValue(key::user, name);
}

QString Settings::lastDirectory()
{
    const QString dir = settings()->value(key::lastDir).toString();
    if (!dir.isEmpty() && QFileInfo(dir).isDir())
        return dir;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void Settings::setLastDirectory(const QString &dir)
{
    settings()->setValue(key::lastDir, dir);
}

} // namespace sy

#include "CatalogBackup.h"

#include "CatalogStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sy {

bool CatalogBackup::vacuumInto(CatalogStore &store, const QString &target, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!store.isOpen())
        return fail(tr("No catalog is open."));
    if (store.inTransaction())
        return fail(tr("Cannot copy the catalog while a change is being written."));

    const QFileInfo info(target);
    if (!info.absoluteDir().exists())
        return fail(tr("Cannot write \"%1\": the folder does not exist.").arg(target));
    // VACUUM INTO refuses an existing file; the temporary name is fresh by construction.
    const QString temp = info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.tmp")
            .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));

    QSqlQuery query(store.database());
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return fail(
            tr("Cannot copy the catalog to \"%1\": %2").arg(target, query.lastError().text()));
    query.addBindValue(temp);
    if (!query.exec()) {
        QFile::remove(temp);
        return fail(
            tr("Cannot copy the catalog to \"%1\": %2").arg(target, query.lastError().text()));
    }
    query.finish();
    if (info.exists() && !QFile::remove(info.absoluteFilePath())) {
        QFile::remove(temp);
        return fail(tr("Cannot replace \"%1\": the file is read-only or in use.").arg(target));
    }
    if (!QFile::rename(temp, info.absoluteFilePath())) {
        QFile::remove(temp);
        return fail(tr("Cannot write \"%1\".").arg(target));
    }
    return true;
}

} // namespace sy

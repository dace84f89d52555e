#pragma once

#include "CliCommand.h"
#include "store/CatalogStore.h"

#include <QCommandLineParser>

#include <thread>

namespace sy::cli {

// Parses a verb's arguments. Returns false when the verb must stop: then *exitCode is Ok after
// --help, or Usage with the parser's message on stderr.
bool parseVerb(QCommandLineParser &parser, const QString &verb, const QStringList &args,
               CliContext &ctx, int *exitCode, int minPositional = 0, int maxPositional = -1);

// Opens a catalog for a verb. Missing or unreadable files are I/O errors (3); files that are not
// healthy Shuyuan catalogs are bad input (2). Returns Ok on success.
int openCatalog(CatalogStore &store,
                const QString &path,
                CliContext &ctx,
                bool readOnly = false,
                CatalogStore::IntegrityCheck check = CatalogStore::IntegrityCheck::BeforeOpening);

// A catalog file's quick_check run on a thread of its own beside a verb's reading, for a verb
// that opened the file read-only with IntegrityCheck::Deferred and lets nothing leave before
// passed() (an export: PackageWriter::setCommitGate). Waits for the thread when destroyed.
class DeferredIntegrityCheck
{
public:
    explicit DeferredIntegrityCheck(const QString &path);
    ~DeferredIntegrityCheck();
    DeferredIntegrityCheck(const DeferredIntegrityCheck &) = delete;
    DeferredIntegrityCheck &operator=(const DeferredIntegrityCheck &) = delete;

    bool passed(QString *error); // waits for the check; false with the message naming the damage

private:
    bool m_ok = false;
    QString m_error;
    std::thread m_thread; // last: it writes the members above, which must exist before it starts
};

// "1.2 GB" style sizes for people.
QString humanBytes(qint64 bytes);

} // namespace sy::cli

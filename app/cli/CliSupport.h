#pragma once

#include "CliCommand.h"
#include "store/CatalogStore.h"

#include <QCommandLineParser>

namespace sy::cli {

// Parses a verb's arguments. Returns false when the verb must stop: then *exitCode is Ok after
// --help, or Usage with the parser's message on stderr.
bool parseVerb(QCommandLineParser &parser, const QString &verb, const QStringList &args,
               CliContext &ctx, int *exitCode, int minPositional = 0, int maxPositional = -1);

// Opens a catalog for a verb. Missing or unreadable files are I/O errors (3); files that are not
// healthy Shuyuan catalogs are bad input (2). Returns Ok on success.
int openCatalog(CatalogStore &store, const QString &path, CliContext &ctx, bool readOnly = false);

// "1.2 GB" style sizes for people.
QString humanBytes(qint64 bytes);

} // namespace sy::cli

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace sy::cli {

// Exit codes of shuyuan-cli, documented in --help.
enum ExitCode { Ok = 0, Findings = 1, Usage = 2, IoError = 3 };

// Where a verb writes. Output is UTF-8; messages are translated (tr()) before they get here.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QString program; // argv[0] for usage lines
};

// One verb of shuyuan-cli. `run` gets the arguments after the verb and parses them itself with
// QCommandLineParser (so each verb documents its own options in `shuyuan-cli VERB --help`).
struct CliCommand
{
    QString name;
    QString summary; // translated one-liner for the verb list
    std::function<int(CliContext &ctx, const QStringList &args)> run;
};

// Every verb, in the order --help lists them (CommandTable.cpp).
QList<CliCommand> allCommands();

} // namespace sy::cli

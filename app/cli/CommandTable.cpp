#include "CliCommand.h"

namespace sy::cli {

// Each verb group defines its commands in its own Cmd*.cpp.
QList<CliCommand> catalogCommands();
QList<CliCommand> statsCommands(); // CmdStats.cpp
QList<CliCommand> benchCommands();
QList<CliCommand> benchPackageCommands(); // CmdBenchPackage.cpp
QList<CliCommand> validateCommands();     // CmdValidate.cpp
QList<CliCommand> registrationCommands(); // CmdRegistration.cpp
QList<CliCommand> exchangeCommands();     // CmdExchange.cpp

QList<CliCommand> allCommands()
{
    QList<CliCommand> all;
    all << catalogCommands();
    all << statsCommands();
    all << benchCommands();
    all << benchPackageCommands();
    all << validateCommands();
    all << registrationCommands();
    all << exchangeCommands();
    return all;
}

} // namespace sy::cli

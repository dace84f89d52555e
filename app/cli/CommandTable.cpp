#include "CliCommand.h"

namespace sy::cli {

// Each verb group defines its commands in its own Cmd*.cpp.
QList<CliCommand> catalogCommands();
QList<CliCommand> benchCommands();

QList<CliCommand> allCommands()
{
    QList<CliCommand> all;
    all << catalogCommands();
    all << benchCommands();
    return all;
}

} // namespace sy::cli

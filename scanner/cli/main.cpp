// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-scan: the command-line face of the scanner. It parses arguments, runs a ScanSession
// and prints; every judgement lives in the library.
#include "cli/cli_commands.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("upgrade-scan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(URS_VERSION));
    return urs::cli::run(QCoreApplication::arguments());
}

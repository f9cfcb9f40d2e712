// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a dxctl command in the test's own process and keeps what it printed.

#include <QString>
#include <QStringList>
#include <QTextStream>

/// What one dxctl command printed and returned.
struct DxctlRun
{
    int status = -1;
    QString out;
    QString err;
};

/// Runs `dxctl ARGUMENTS` through @p Commands (DxctlCommands for the whole command
/// line, or one command group: IpmiCommands, SwitchCommands, ...).
template<typename Commands>
DxctlRun runDxctl(const QStringList &arguments)
{
    DxctlRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Commands commands(out, err);
    run.status = commands.run(QStringList {QStringLiteral("dxctl")} + arguments);
    out.flush();
    err.flush();
    return run;
}

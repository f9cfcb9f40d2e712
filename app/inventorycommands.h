// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

/// `dxctl inventory import-niclist` and `dxctl inventory check` (issue 3), kept
/// beside DxctlCommands, which dispatches to them.
///
///     dxctl inventory import-niclist FILE --enclosure NAME [--inventory IN] [-o OUT]
///     dxctl inventory check [--inventory FILE]
///
/// Exit codes: 0 success, 1 failed (check: warnings found; import: bad lines or
/// nothing written), 2 wrong usage.
class InventoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(InventoryCommands)

public:
    InventoryCommands(QTextStream &out, QTextStream &err);

    /// @p arguments: a program name, then the subcommand's arguments.
    int importNiclist(const QStringList &arguments);
    int check(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;
struct PxePlan;

/// `dxctl export`: the PXE provisioning files from the shell.
///
///     dxctl export dhcpd|kea|dnsmasq|inetd|exports|rcconf|loader|ttys|sheet
///           [--inventory FILE] [--plan FILE] [plan options] [-o FILE]
///
/// Builds a PxePlan (defaults, then --plan, then the options), allocates the hosts
/// from the inventory, validates, and prints the file or writes it through PxeWriter.
/// Exit codes: 0 done, 1 the plan is invalid (every problem printed, nothing
/// written) or the write failed, 2 wrong usage.
class DxctlExport
{
    Q_DECLARE_TR_FUNCTIONS(DxctlExport)

public:
    DxctlExport(QTextStream &out, QTextStream &err);

    /// True when @p arguments (program name first) are an `export` command.
    static bool handles(const QStringList &arguments);
    int run(const QStringList &arguments);
    static QString help();

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

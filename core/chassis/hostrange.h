// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/// FreeIPMI's host-range syntax (ipmipower(8), "HOSTRANGED SUPPORT"), as dxctl's
/// `--host` takes it: a comma-separated list of hosts, each with any number of
/// bracketed ranges, e.g. `127.0.1.[1-46]:1623`, `bmc[01-10],bmc20`,
/// `10.0.[1-2].[5,7-8]`. Leading zeros set the width (`[01-10]` -> 01 ... 10).
class HostRange
{
    Q_DECLARE_TR_FUNCTIONS(HostRange)

public:
    /// Hosts in the order written, duplicates removed. Sets @p error and returns
    /// nullopt on a malformed range (unbalanced brackets, `[5-1]`, more than @p limit hosts).
    static std::optional<QStringList> expand(
        const QString &text, QString *error = nullptr, int limit = 65536);
};

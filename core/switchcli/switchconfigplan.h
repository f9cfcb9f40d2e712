// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// The switch module's VLAN/uplink set-up, as chosen in the switch wizard.
/// The defaults are the seed's appendix: uplinks xe47 and xe50 in VLAN 1
/// untagged, the management VLAN 4092 removed from uplinks and downlinks,
/// downlinks shut down around the change, spanning tree off, saved.
struct SwitchConfigPlan
{
    QString uplinks = QStringLiteral("xe47,xe50");
    int uplinkPvid = 1;
    int uplinkUntaggedVlan = 1;
    QString downlinks = QStringLiteral("xe1-xe46");
    /// 0: remove no VLAN.
    int removeVlan = 4092;
    /// Shut the downlinks before changing their VLANs and bring them back after.
    bool cycleDownlinks = true;
    bool disableSpanningTree = true;
    bool save = true;
    /// End with `exit` from privileged mode, which logs out of the console.
    bool logout = true;

    /// Problems with the plan, one message per field; empty when it can run.
    QStringList validate() const;
    /// The CLI lines, from `enable` on, in the order they are typed.
    QStringList commands() const;
    /// The commands as a text file, one per line, for export.
    QString scriptText() const;

    /// Checks a port list such as `xe47,xe50` or `xe1-xe46` (ports xe1 to
    /// xe50 on a DX1000 switch module).
    static bool isValidPortList(const QString &ports, QString *error = nullptr);

    friend bool operator==(const SwitchConfigPlan &, const SwitchConfigPlan &) = default;
};

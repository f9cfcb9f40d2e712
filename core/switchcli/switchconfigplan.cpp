// SPDX-License-Identifier: GPL-3.0-or-later
#include "switchconfigplan.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SwitchConfigPlan)
};

// 46 downlinks to the server modules plus the uplink ports.
constexpr int FirstPort = 1;
constexpr int LastPort = 50;

bool isValidVlan(int vlan)
{
    return vlan >= 1 && vlan <= 4094;
}
} // namespace

bool SwitchConfigPlan::isValidPortList(const QString &ports, QString *error)
{
    static const QRegularExpression item(QStringLiteral("^xe(\\d+)(?:-xe(\\d+))?$"));
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (ports.trimmed().isEmpty())
        return fail(Tr::tr("no ports given"));
    for (const QString &part : ports.split(u',')) {
        const auto m = item.match(part);
        if (!m.hasMatch())
            return fail(Tr::tr("\"%1\" is not a port or range such as xe47 or xe1-xe46").arg(part));
        const int first = m.captured(1).toInt();
        const int last = m.captured(2).isEmpty() ? first : m.captured(2).toInt();
        if (first < FirstPort || last > LastPort)
            return fail(Tr::tr("\"%1\": ports go from xe%2 to xe%3")
                            .arg(part)
                            .arg(FirstPort)
                            .arg(LastPort));
        if (first > last)
            return fail(Tr::tr("\"%1\": the range runs backwards").arg(part));
    }
    return true;
}

QStringList SwitchConfigPlan::validate() const
{
    QStringList problems;
    QString error;
    if (!isValidPortList(uplinks, &error))
        problems.append(Tr::tr("Uplink ports: %1").arg(error));
    if (!isValidPortList(downlinks, &error))
        problems.append(Tr::tr("Downlink ports: %1").arg(error));
    if (!isValidVlan(uplinkPvid))
        problems.append(Tr::tr("Uplink PVID: %1 is not a VLAN (1-4094)").arg(uplinkPvid));
    if (!isValidVlan(uplinkUntaggedVlan))
        problems.append(
            Tr::tr("Uplink untagged VLAN: %1 is not a VLAN (1-4094)").arg(uplinkUntaggedVlan));
    if (removeVlan != 0 && !isValidVlan(removeVlan))
        problems.append(Tr::tr("VLAN to remove: %1 is not a VLAN (1-4094)").arg(removeVlan));
    if (removeVlan != 0 && removeVlan == uplinkUntaggedVlan)
        problems.append(
            Tr::tr("VLAN to remove: %1 is also the uplinks' untagged VLAN").arg(removeVlan));
    return problems;
}

QStringList SwitchConfigPlan::commands() const
{
    const QString removeLine = QStringLiteral("no switchport vlan add %1").arg(removeVlan);
    QStringList lines;
    lines << QStringLiteral("enable") << QStringLiteral("configure");

    lines << QStringLiteral("interface range %1").arg(uplinks)
          << QStringLiteral("switchport pvid %1").arg(uplinkPvid);
    if (removeVlan != 0)
        lines << removeLine;
    lines << QStringLiteral("switchport vlan add %1 untagged").arg(uplinkUntaggedVlan)
          << QStringLiteral("exit");

    if (removeVlan != 0) {
        lines << QStringLiteral("interface range %1").arg(downlinks);
        if (cycleDownlinks)
            lines << QStringLiteral("shutdown");
        lines << removeLine;
        if (cycleDownlinks)
            lines << QStringLiteral("no shutdown");
        lines << QStringLiteral("exit");
    }

    if (disableSpanningTree)
        lines << QStringLiteral("no spanning-tree");
    lines << QStringLiteral("exit");
    if (save)
        lines << QStringLiteral("save config");
    if (logout)
        lines << QStringLiteral("exit");
    return lines;
}

QString SwitchConfigPlan::scriptText() const
{
    return commands().join(u'\n') + u'\n';
}

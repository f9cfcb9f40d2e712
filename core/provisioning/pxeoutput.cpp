// SPDX-License-Identifier: GPL-3.0-or-later
#include "pxeoutput.h"

#include "pxeplan.h"

#include <QCoreApplication>

namespace {
// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PxeOutputs)
};

QString insideRoot(const PxePlan &plan, const QString &relative)
{
    QString root = plan.rootPath;
    while (root.startsWith(u'/'))
        root.remove(0, 1);
    while (root.endsWith(u'/'))
        root.chop(1);
    return root.isEmpty() ? relative : root + u'/' + relative;
}
} // namespace

QList<PxeOutput> PxeOutputs::all()
{
    return {PxeOutput::DhcpdConf, PxeOutput::KeaConf, PxeOutput::DnsmasqConf, PxeOutput::InetdConf,
        PxeOutput::Exports, PxeOutput::RcConf, PxeOutput::LoaderConf, PxeOutput::TtysLine,
        PxeOutput::CommandSheet};
}

QString PxeOutputs::id(PxeOutput output)
{
    switch (output) {
    case PxeOutput::DhcpdConf:
        return QStringLiteral("dhcpd");
    case PxeOutput::KeaConf:
        return QStringLiteral("kea");
    case PxeOutput::DnsmasqConf:
        return QStringLiteral("dnsmasq");
    case PxeOutput::InetdConf:
        return QStringLiteral("inetd");
    case PxeOutput::Exports:
        return QStringLiteral("exports");
    case PxeOutput::RcConf:
        return QStringLiteral("rcconf");
    case PxeOutput::LoaderConf:
        return QStringLiteral("loader");
    case PxeOutput::TtysLine:
        return QStringLiteral("ttys");
    case PxeOutput::CommandSheet:
        return QStringLiteral("sheet");
    }
    return {};
}

std::optional<PxeOutput> PxeOutputs::fromId(const QString &text)
{
    for (PxeOutput o : all()) {
        if (id(o) == text)
            return o;
    }
    return std::nullopt;
}

QString PxeOutputs::title(PxeOutput output)
{
    switch (output) {
    case PxeOutput::DhcpdConf:
        return Tr::tr("dhcpd.conf (ISC DHCP)");
    case PxeOutput::KeaConf:
        return Tr::tr("kea-dhcp4.conf (Kea DHCPv4)");
    case PxeOutput::DnsmasqConf:
        return Tr::tr("dnsmasq.conf (dnsmasq)");
    case PxeOutput::InetdConf:
        return Tr::tr("inetd.conf (TFTP)");
    case PxeOutput::Exports:
        return Tr::tr("exports (NFS)");
    case PxeOutput::RcConf:
        return Tr::tr("rc.conf fragments");
    case PxeOutput::LoaderConf:
        return Tr::tr("loader.conf (serial console)");
    case PxeOutput::TtysLine:
        return Tr::tr("ttys line (serial console)");
    case PxeOutput::CommandSheet:
        return Tr::tr("Command sheet");
    }
    return {};
}

QString PxeOutputs::treePath(PxeOutput output, const PxePlan &plan)
{
    switch (output) {
    case PxeOutput::DhcpdConf:
        return QStringLiteral("usr/local/etc/dhcpd.conf");
    case PxeOutput::KeaConf:
        return QStringLiteral("usr/local/etc/kea/kea-dhcp4.conf");
    case PxeOutput::DnsmasqConf:
        return QStringLiteral("usr/local/etc/dnsmasq.conf");
    case PxeOutput::InetdConf:
        return QStringLiteral("etc/inetd.conf");
    case PxeOutput::Exports:
        return QStringLiteral("etc/exports");
    case PxeOutput::RcConf:
        // FreeBSD reads rc.conf.local after rc.conf: the fragment never clobbers rc.conf.
        return QStringLiteral("etc/rc.conf.local");
    case PxeOutput::LoaderConf:
        return insideRoot(plan, QStringLiteral("boot/loader.conf"));
    case PxeOutput::TtysLine:
        // A line, not the whole ttys: the sheet says how to put it in place.
        return insideRoot(plan, QStringLiteral("etc/ttys.%1").arg(plan.consoleTty));
    case PxeOutput::CommandSheet:
        return QStringLiteral("pxe-commands.txt");
    }
    return {};
}

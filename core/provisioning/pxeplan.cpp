// SPDX-License-Identifier: GPL-3.0-or-later
#include "pxeplan.h"

#include "ipv4.h"
#include "chassis/chassisprofile.h"
#include "chassis/inventory.h"

#include <QCoreApplication>
#include <QSet>

namespace {
// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PxePlan)
};

QString expand(QString pattern, int enclosure, int slot, const QString &kind, int nic)
{
    pattern.replace(QStringLiteral("{enclosure}"), QString::number(enclosure));
    pattern.replace(QStringLiteral("{slot}"), QString::number(slot));
    pattern.replace(QStringLiteral("{kind}"), kind);
    pattern.replace(QStringLiteral("{nic}"), QString::number(nic));
    return pattern;
}

// Hands out consecutive addresses from a start address, skipping those in use.
class Counter
{
public:
    Counter(const QString &start, const QSet<std::uint32_t> &taken)
        : m_next(Ipv4::parse(start))
        , m_taken(taken)
    { }

    QString next()
    {
        if (!m_next)
            return {};
        while (m_taken.contains(*m_next))
            ++*m_next;
        return Ipv4::toString((*m_next)++);
    }

private:
    std::optional<std::uint32_t> m_next;
    const QSet<std::uint32_t> &m_taken;
};

// The previous entry for the same host, to keep what the operator set on it.
const PxeHost *previous(const QList<PxeHost> &hosts, PxeHost::Kind kind, int slot, int nic)
{
    int nicSeen = 0;
    for (const PxeHost &h : hosts) {
        if (h.kind != kind || h.slot != slot)
            continue;
        if (kind != PxeHost::Kind::Nic || ++nicSeen == nic)
            return &h;
    }
    return nullptr;
}
} // namespace

QList<PxeHost> PxePlan::includedHosts() const
{
    QList<PxeHost> out;
    for (const PxeHost &h : hosts) {
        if (h.included)
            out.append(h);
    }
    return out;
}

QString PxePlan::subnetCidr() const
{
    const auto net = Ipv4::parse(subnet);
    const auto mask = Ipv4::parse(netmask);
    if (!net || !mask || Ipv4::prefixLength(*mask) < 0)
        return {};
    return QStringLiteral("%1/%2").arg(subnet).arg(Ipv4::prefixLength(*mask));
}

QStringList PxePlan::allocateHosts(const Inventory &inventory)
{
    QStringList notes;
    int enclosureNumber = 0;
    const Enclosure *enc = nullptr;
    for (int i = 0; i < inventory.enclosures.size(); ++i) {
        if (enclosure.isEmpty() || inventory.enclosures.at(i).name == enclosure) {
            enc = &inventory.enclosures.at(i);
            enclosureNumber = i + 1;
            break;
        }
    }
    if (!enc) {
        notes << Tr::tr("the inventory has no enclosure named \"%1\"").arg(enclosure);
        hosts.clear();
        return notes;
    }

    const QList<PxeHost> old = hosts;
    QSet<std::uint32_t> pinned;
    for (const PxeHost &h : old) {
        if (h.addressPinned) {
            if (const auto a = Ipv4::parse(h.address))
                pinned.insert(*a);
        }
    }

    // Keeps the operator's choices (pinned address, exclusion) for a host that existed before.
    auto make = [&](PxeHost h, Counter &counter, int nic) {
        const PxeHost *before = previous(old, h.kind, h.slot, nic);
        if (before && before->addressPinned) {
            h.address = before->address;
            h.addressPinned = true;
        } else {
            h.address = counter.next();
        }
        if (before) {
            h.included = before->included;
            // A MAC the operator entered for a host the inventory has none for.
            if (h.mac.isEmpty() && !before->mac.isEmpty()) {
                h.mac = before->mac;
                h.macDerived = before->macDerived;
            }
        }
        return h;
    };

    // How this chassis model numbers its MACs (DX1000: NIC1 = BMC - 2, NIC2 = BMC - 1).
    const ChassisProfile *profile = ChassisProfile::byId(enc->profileId);
    const MacRule rule = profile ? profile->macRule : MacRule();

    QList<PxeHost> out;
    if (includeCmm) {
        Counter counter(cmmStart, pinned);
        PxeHost h;
        h.kind = PxeHost::Kind::Cmm;
        h.name = expand(cmmNamePattern, enclosureNumber, 0, QStringLiteral("mmc"), 0);
        h.mac = enc->cmmMac.toString();
        const MacAddress switchMac
            = enc->switches.isEmpty() ? MacAddress() : enc->switches.first().systemMac;
        if (h.mac.isEmpty() && !switchMac.isNull()) {
            h.mac = rule.cmmMac(switchMac).toString();
            h.macDerived = true;
            notes << Tr::tr("the CMM MAC %1 derived from the switch module's MAC %2")
                         .arg(h.mac, switchMac.toString());
        } else if (h.mac.isEmpty()) {
            notes << Tr::tr("the CMM's MAC address is not in the inventory");
        }
        out << make(h, counter, 0);
    }

    QList<const SlotInfo *> servers;
    for (const SlotInfo &s : enc->moduleSlots) {
        if (s.module == ModuleType::Server)
            servers << &s;
    }

    if (includeBmcs) {
        Counter counter(bmcStart, pinned);
        for (const SlotInfo *s : std::as_const(servers)) {
            PxeHost h;
            h.kind = PxeHost::Kind::Bmc;
            h.slot = s->slot;
            h.name = expand(hostNamePattern, enclosureNumber, s->slot, QStringLiteral("bmc"), 0);
            h.mac = s->bmcMac.toString();
            if (h.mac.isEmpty())
                notes << Tr::tr("slot %1: the BMC's MAC address is not in the inventory")
                             .arg(s->slot);
            out << make(h, counter, 0);
        }
    }

    // One counter for all NICs: NIC2 addresses follow the NIC1 addresses.
    Counter nicCounter(nicStart, pinned);
    for (int nic : nics) {
        const QString kind = nic == 1 ? QStringLiteral("nic") : QStringLiteral("nic%1").arg(nic);
        for (const SlotInfo *s : std::as_const(servers)) {
            PxeHost h;
            h.kind = PxeHost::Kind::Nic;
            h.slot = s->slot;
            h.name = expand(hostNamePattern, enclosureNumber, s->slot, kind, nic);
            const MacAddress listed = s->nicMacs.value(nic - 1);
            if (!listed.isNull()) {
                h.mac = listed.toString();
            } else if (!s->bmcMac.isNull()) {
                h.mac = rule.nicMacs(s->bmcMac).value(nic - 1).toString();
                h.macDerived = true;
                notes << Tr::tr("slot %1: NIC%2 MAC %3 derived from the BMC MAC %4")
                             .arg(s->slot)
                             .arg(nic)
                             .arg(h.mac, s->bmcMac.toString());
            } else {
                notes << Tr::tr("slot %1: NIC%2 MAC unknown (neither listed nor derivable: no "
                                "BMC MAC)")
                             .arg(s->slot)
                             .arg(nic);
            }
            out << make(h, nicCounter, nic);
        }
    }
    hosts = out;
    return notes;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory.h"

QString moduleTypeId(ModuleType type)
{
    switch (type) {
    case ModuleType::Empty:
        return QStringLiteral("empty");
    case ModuleType::Server:
        return QStringLiteral("server");
    case ModuleType::Hdd:
        return QStringLiteral("hdd");
    case ModuleType::Pcie:
        return QStringLiteral("pcie");
    }
    return {};
}

std::optional<ModuleType> moduleTypeFromId(const QString &id)
{
    for (ModuleType t :
        {ModuleType::Empty, ModuleType::Server, ModuleType::Hdd, ModuleType::Pcie}) {
        if (moduleTypeId(t) == id)
            return t;
    }
    return std::nullopt;
}

const SlotInfo *Enclosure::slot(int number) const
{
    for (const SlotInfo &s : moduleSlots) {
        if (s.slot == number)
            return &s;
    }
    return nullptr;
}

IpmiSettings Enclosure::ipmiFor(const SlotInfo &s) const
{
    return s.ipmi.value_or(ipmi);
}

const Enclosure *Inventory::enclosure(const QString &name) const
{
    for (const Enclosure &e : enclosures) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

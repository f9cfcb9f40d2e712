// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct ChassisProfile;
struct Enclosure;
struct Inventory;

/// Warnings about one enclosure: what the profile forbids or the MAC rule contradicts.
struct EnclosureCheck
{
    QString enclosure;
    QStringList enclosureWarnings; ///< e.g. more server modules than the power budget
    QHash<int, QStringList> slotWarnings; ///< slot number → warnings; only slots with any

    int warningCount() const;
    bool isClean() const { return warningCount() == 0; }
    QStringList warningsFor(int slot) const { return slotWarnings.value(slot); }
};

/// Checks an inventory against its chassis profiles. Pure: reads, never changes.
///
/// Per slot: an HDD module or PCIe card in a slot that cannot take one; an HDD
/// module not attached to a server module, or attached to one whose processor
/// cannot drive it (C2730); NIC MACs read from hardware that contradict the
/// profile's MacRule. Per enclosure: more server modules than the power budget;
/// a CMM MAC that contradicts switch module 1's system MAC.
class InventoryChecker
{
    Q_DECLARE_TR_FUNCTIONS(InventoryChecker)

public:
    static EnclosureCheck check(const Enclosure &enclosure);
    static EnclosureCheck check(const Enclosure &enclosure, const ChassisProfile &profile);
    static QList<EnclosureCheck> check(const Inventory &inventory);
};

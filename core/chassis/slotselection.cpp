// SPDX-License-Identifier: GPL-3.0-or-later
#include "slotselection.h"

#include "chassisprofile.h"
#include "hostrange.h"
#include "inventory.h"

#include <algorithm>

#include <QSet>

std::optional<QList<SlotSelection::Slot>> SlotSelection::resolve(
    const Inventory &inventory, const QStringList &specs, QString *error)
{
    QSet<QString> chosen; // labels
    auto addEnclosure = [&](const Enclosure &enclosure) {
        for (const SlotInfo &slot : enclosure.moduleSlots) {
            if (slot.bmc)
                chosen.insert(Slot {enclosure.name, slot.slot}.label());
        }
    };
    for (const QString &spec : specs) {
        if (spec == QLatin1String("all")) {
            for (const Enclosure &enclosure : inventory.enclosures)
                addEnclosure(enclosure);
            continue;
        }
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? spec : spec.left(colon);
        const Enclosure *enclosure = inventory.enclosure(name);
        if (!enclosure) {
            QStringList names;
            for (const Enclosure &e : inventory.enclosures)
                names << e.name;
            *error = tr("\"%1\": no enclosure \"%2\" in the inventory (it has: %3)")
                         .arg(spec, name, names.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (colon < 0) {
            addEnclosure(*enclosure);
            continue;
        }
        const ChassisProfile *profile = ChassisProfile::byId(enclosure->profileId);
        QString rangeError;
        const std::optional<QStringList> items
            = HostRange::expand(spec.mid(colon + 1), &rangeError);
        if (!items) {
            *error = tr("\"%1\": %2").arg(spec, rangeError);
            return std::nullopt;
        }
        for (const QString &item : *items) {
            QString digits = item;
            if (digits.startsWith(QLatin1Char('s'), Qt::CaseInsensitive))
                digits.remove(0, 1);
            bool ok = false;
            const int number = digits.toInt(&ok);
            const SlotInfo *slot = ok ? enclosure->slot(number) : nullptr;
            if (!ok) {
                *error = tr("\"%1\": \"%2\" is not a slot (write s23 or s[1-46])").arg(spec, item);
                return std::nullopt;
            }
            if (!slot && profile && (number < 1 || number > profile->slotCount)) {
                *error = tr("\"%1\": %2 has no slot %3 (a %4 has slots 1-%5)")
                             .arg(spec, name)
                             .arg(number)
                             .arg(profile->id)
                             .arg(profile->slotCount);
                return std::nullopt;
            }
            if (!slot || !slot->bmc) {
                *error = tr("\"%1\": slot %2 of %3 has no BMC address in the inventory")
                             .arg(spec)
                             .arg(number)
                             .arg(name);
                return std::nullopt;
            }
            chosen.insert(Slot {name, number}.label());
        }
    }
    QList<Slot> result;
    for (const Enclosure &enclosure : inventory.enclosures) {
        for (const SlotInfo &slot : enclosure.moduleSlots) {
            const Slot s {enclosure.name, slot.slot};
            if (chosen.contains(s.label()))
                result << s;
        }
    }
    return result;
}

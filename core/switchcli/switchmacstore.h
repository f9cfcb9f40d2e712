// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chassis/inventory.h"
#include "chassis/macaddress.h"

#include <QString>

/// What `show system` told about one switch module, to be kept in the inventory.
struct SwitchMacRecord
{
    QString enclosure; ///< the enclosure's name in the inventory
    int position = 1; ///< switch module 1 or 2
    QString serialPort; ///< recorded when the inventory has no entry for the module yet
    MacAddress systemMac; ///< `show system`'s MAC Address
};

/// Stores a switch module's system MAC and the CMM MAC derived from it (by the
/// enclosure profile's MacRule) in an inventory file, through InventoryIo and
/// SafeWriter (atomic, with a backup of the file replaced). One place for
/// `dxctl switch show-system --inventory` and the serial console window's
/// "Read Switch MACs".
namespace SwitchMacStore {
/// Changes @p inventory in memory. Returns an empty string on success,
/// otherwise why not (an unknown enclosure, a position the profile lacks, no MAC).
QString apply(Inventory &inventory, const SwitchMacRecord &record);
/// Reads the inventory at @p path, applies @p record and writes the file back.
/// Returns an empty string on success, otherwise the error naming the file.
QString store(const QString &path, const SwitchMacRecord &record);
} // namespace SwitchMacStore

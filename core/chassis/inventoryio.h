// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

/// Where and why an inventory could not be read. `toString()` gives the line an
/// operator sees: `lab.json:12:9: enclosures[0].slots[3].bmcMac: ...`.
struct InventoryError
{
    QString file; ///< may be empty when parsing from memory
    int line = 0; ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based; 0 when unknown
    QString jsonPath; ///< e.g. "enclosures[0].slots[3].bmcMac"; empty for syntax errors
    QString message;

    QString toString() const;
};

/// The outcome of reading an inventory: the inventory, or the first error.
/// Warnings (unknown keys, ignored fields) never stop a load.
struct InventoryLoadResult
{
    std::optional<Inventory> inventory;
    InventoryError error;
    QStringList warnings;

    bool ok() const { return inventory.has_value(); }
};

/// Reads and writes the versioned JSON inventory document (docs/inventory.md).
/// Reading never writes; writing goes through SafeWriter.
namespace InventoryIo {
InventoryLoadResult parse(const QByteArray &json, const QString &fileName = {});
InventoryLoadResult load(const QString &path);
QByteArray serialize(const Inventory &inventory);
/// Writes atomically, keeping a timestamped backup of the file it replaces.
/// Returns an empty string on success, otherwise the error.
QString save(const Inventory &inventory, const QString &path);
} // namespace InventoryIo

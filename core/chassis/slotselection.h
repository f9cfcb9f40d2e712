// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct Inventory;

/// Which module slots an operator means, in dxctl's words: `ENCLOSURE:s[1-46]`,
/// `ENCLOSURE:s23,s25`, `ENCLOSURE` (every slot with a BMC), `all`.
class SlotSelection
{
    Q_DECLARE_TR_FUNCTIONS(SlotSelection)

public:
    struct Slot
    {
        QString enclosure;
        int slot = 0;
        /// "lab:s23": how dxctl and the log name it.
        QString label() const { return QStringLiteral("%1:s%2").arg(enclosure).arg(slot); }
        friend bool operator==(const Slot &, const Slot &) = default;
    };

    /// The slots @p specs name, in inventory order (enclosure, then slot number),
    /// each once. A slot named explicitly must exist and have a BMC address; a
    /// whole enclosure or `all` takes the slots that have one. nullopt and
    /// @p error when a spec names nothing known.
    static std::optional<QList<Slot>> resolve(
        const Inventory &inventory, const QStringList &specs, QString *error);
};

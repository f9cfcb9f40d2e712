// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

#include "chassis/inventory.h"
#include "chassis/macaddress.h"
#include "chassis/niclistimporter.h"

class QLabel;
class QTableWidget;

/// Reviews the BMC MACs that Discover MACs read over IPMI before they go into the
/// inventory: per slot the MAC on file, the MAC read, the NIC1/NIC2 MACs the slot
/// will have (derived by the profile's MacRule unless read ones are on file) and
/// what stands out (a changed MAC, a MAC another slot has, read NIC MACs that
/// contradict the rule, a failed read). Rows with a usable MAC are checked, except
/// duplicates; acceptedEntries() gives the checked ones for NiclistImporter::merge.
class MacDiscoveryDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the BMC of one slot answered.
    struct Read
    {
        int slot = 0;
        std::optional<MacAddress> mac; ///< nullopt when the read failed
        QString error;
    };
    /// One line of the review.
    struct Row
    {
        int slot = 0;
        MacAddress inventoryMac; ///< null when the inventory had none
        std::optional<MacAddress> readMac;
        QList<MacAddress> nicMacs; ///< what the slot will have after writing
        bool nicMacsDerived = false;
        QString status;
        bool conflict = false; ///< worth a look: changed, duplicate, NICs against the rule
        bool writable = false; ///< checked by default
    };

    enum Columns {
        SlotColumn,
        InventoryMacColumn,
        ReadMacColumn,
        Nic1Column,
        Nic2Column,
        StatusColumn,
        NUM_COLUMNS
    };

    MacDiscoveryDialog(
        const Enclosure &enclosure, const QList<Read> &reads, QWidget *parent = nullptr);

    /// The review of @p reads against @p enclosure (pure; the dialog shows it).
    static QList<Row> review(const Enclosure &enclosure, const QList<Read> &reads);

    QList<Row> rows() const { return m_rows; }
    /// The checked rows as niclist entries (slot and BMC MAC; NICs left to the rule).
    QList<NiclistEntry> acceptedEntries() const;
    /// Checks or unchecks the row of @p slot (tests, keyboard-free use).
    void setChecked(int slot, bool checked);

private:
    QList<Row> m_rows;
    QTableWidget *m_table;
    QLabel *m_summary;
};

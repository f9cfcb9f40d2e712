// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

#include "chassis/inventory.h"
#include "ipmi/powerstate.h"

/// A whole rack as a tree: top-level rows are enclosures (up to 16 for the
/// DX1000), their children the module slots, 1..slotCount of the profile, so
/// child row r is always slot r + 1. Slot indexes answer ChassisModel's roles
/// (SlotRole, ModuleTypeRole, PowerStateRole, ...) with the same values, so views
/// and delegates work on either model.
///
/// Live state changes emit one dataChanged per slot naming the roles; only
/// setInventory() resets the model.
class RackModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Columns { NameColumn, ModuleColumn, HostNameColumn, PowerColumn, NUM_COLUMNS };
    Q_ENUM(Columns)

    /// Beyond ChassisModel::Roles (which slot indexes answer too).
    enum Roles {
        EnclosureNameRole = Qt::UserRole + 100, ///< QString, on enclosure and slot indexes
        EnclosureRowRole, ///< int, the enclosure's row
        IsEnclosureRole ///< bool
    };
    Q_ENUM(Roles)

    explicit RackModel(QObject *parent = nullptr);
    ~RackModel() override;

    void setInventory(const Inventory &inventory);
    int enclosureCount() const { return int(m_enclosures.size()); }
    const Enclosure &enclosure(int row) const { return m_enclosures.at(row).enclosure; }
    /// Slots of the enclosure at @p row (its profile's count).
    int slotCount(int row) const;

    QModelIndex indexForEnclosure(int row, int column = NameColumn) const;
    QModelIndex indexForSlot(int enclosureRow, int slot, int column = NameColumn) const;

    PowerState powerState(int enclosureRow, int slot) const;
    bool setPowerState(int enclosureRow, int slot, PowerState state);
    bool setBusy(int enclosureRow, int slot, bool busy);
    bool setIdentifying(int enclosureRow, int slot, bool identifying);
    bool setLastResult(int enclosureRow, int slot, const QString &result);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Slot
    {
        SlotInfo info;
        PowerState power = PowerState::Unknown;
        bool busy = false;
        bool identifying = false;
        QString lastResult;
        QStringList warnings;
    };
    struct Chassis
    {
        Enclosure enclosure;
        QList<Slot> moduleSlots;
        QStringList warnings;
    };

    Slot *slotAt(int enclosureRow, int slot);
    void emitSlotChanged(int enclosureRow, int slot, const QList<int> &roles);

    QList<Chassis> m_enclosures;
};

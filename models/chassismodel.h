// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include "chassis/inventory.h"
#include "ipmi/powerstate.h"

/// The module slots of one enclosure as a table: one row per slot, 1..slotCount of
/// the enclosure's profile, empty slots included, so row r is always slot r + 1.
///
/// Live state (power, busy, last result, warnings) is kept per row; each change
/// emits one dataChanged for that row naming the roles that changed. Only
/// setEnclosure() resets the model.
class ChassisModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        SlotColumn,
        ModuleColumn,
        HostNameColumn,
        BmcAddressColumn,
        BmcMacColumn,
        Nic1MacColumn,
        Nic2MacColumn,
        PowerColumn,
        NUM_COLUMNS
    };
    Q_ENUM(Columns)

    /// Row-level data: every column of a row answers these roles alike.
    enum Roles {
        SlotRole = Qt::UserRole, ///< int, 1-based slot number
        ModuleTypeRole, ///< ModuleType
        HostNameRole, ///< QString
        BmcAddressRole, ///< QString, `host[:port]`; invalid when unknown
        BmcMacRole, ///< MacAddress; invalid when unknown
        Nic1MacRole, ///< MacAddress; invalid when unknown
        Nic2MacRole, ///< MacAddress; invalid when unknown
        PowerStateRole, ///< PowerState (core/ipmi/powerstate.h)
        BusyRole, ///< bool: an operation on this slot is running
        LastResultRole, ///< QString: message of the last operation, empty if none
        WarningsRole, ///< QStringList: inventory/profile warnings for this slot
        IdentifyRole, ///< bool: the identify LED is blinking (as last commanded)
        CpuRole, ///< QString: processor id of a server module ("C2750"), empty if none
        PowerLedRole ///< PowerLed: what the module's power LED shows
    };
    Q_ENUM(Roles)

    /// The power LED of a slot. Error (the BMC did not answer, or the last
    /// operation failed, and the state is unknown) is distinct from Unknown
    /// (never asked). Busy wins while an operation runs.
    enum class PowerLed { Unknown, Off, On, Busy, Error };
    Q_ENUM(PowerLed)
    static PowerLed powerLed(PowerState power, bool busy, const QString &lastResult);

    explicit ChassisModel(QObject *parent = nullptr);
    ~ChassisModel() override;

    /// Replaces the enclosure shown (resets the model and all live state).
    void setEnclosure(const Enclosure &enclosure);
    /// Shows no enclosure: zero rows.
    void clear();
    const Enclosure &enclosure() const { return m_enclosure; }
    bool hasEnclosure() const { return !m_rows.isEmpty(); }

    /// Slots in the enclosure's profile (rows of the model).
    int slotCount() const { return int(m_rows.size()); }
    /// Slots holding a module of any kind.
    int moduleCount() const;

    /// The index of @p slot's row in @p column; invalid when there is no such slot.
    QModelIndex indexForSlot(int slot, int column = SlotColumn) const;

    PowerState powerState(int slot) const;
    /// Returns false when @p slot does not exist. Emits nothing when unchanged.
    bool setPowerState(int slot, PowerState state);
    bool setBusy(int slot, bool busy);
    bool setLastResult(int slot, const QString &result);
    bool setWarnings(int slot, const QStringList &warnings);
    bool setIdentifying(int slot, bool identifying);
    /// Warnings about the enclosure as a whole (e.g. over the power budget).
    QStringList enclosureWarnings() const { return m_enclosureWarnings; }

    static QString powerStateText(PowerState state);
    static QString moduleText(const SlotInfo &slot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        SlotInfo info;
        PowerState power = PowerState::Unknown;
        bool busy = false;
        bool identifying = false;
        QString lastResult;
        QStringList warnings;
    };

    Row *rowForSlot(int slot);
    const Row *rowForSlot(int slot) const;
    void emitRowChanged(int slot, const QList<int> &roles);
    QVariant displayData(const Row &row, int column) const;
    QString toolTip(const Row &row) const;

    Enclosure m_enclosure;
    QList<Row> m_rows;
    QStringList m_enclosureWarnings;
};

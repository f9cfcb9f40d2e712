// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackmodel.h"

#include <algorithm>

#include "chassis/chassisprofile.h"
#include "chassis/inventorychecker.h"
#include "chassismodel.h"

namespace {

// Enclosure indexes carry 0 as internal id; slot indexes their enclosure row + 1.
constexpr quintptr EnclosureId = 0;

} // namespace

RackModel::RackModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

RackModel::~RackModel() = default;

void RackModel::setInventory(const Inventory &inventory)
{
    beginResetModel();
    m_enclosures.clear();
    for (const Enclosure &enclosure : inventory.enclosures) {
        Chassis chassis;
        chassis.enclosure = enclosure;
        const ChassisProfile *profile = ChassisProfile::byId(enclosure.profileId);
        int count = profile ? profile->slotCount : 0;
        for (const SlotInfo &info : enclosure.moduleSlots)
            count = std::max(count, info.slot);
        chassis.moduleSlots.resize(count);
        for (int i = 0; i < count; ++i)
            chassis.moduleSlots[i].info.slot = i + 1;
        for (const SlotInfo &info : enclosure.moduleSlots) {
            if (info.slot >= 1)
                chassis.moduleSlots[info.slot - 1].info = info;
        }
        const EnclosureCheck check = InventoryChecker::check(enclosure);
        chassis.warnings = check.enclosureWarnings;
        for (auto it = check.slotWarnings.cbegin(); it != check.slotWarnings.cend(); ++it) {
            if (it.key() >= 1 && it.key() <= count)
                chassis.moduleSlots[it.key() - 1].warnings = it.value();
        }
        m_enclosures.append(chassis);
    }
    endResetModel();
}

int RackModel::slotCount(int row) const
{
    return row >= 0 && row < m_enclosures.size() ? int(m_enclosures.at(row).moduleSlots.size()) : 0;
}

QModelIndex RackModel::indexForEnclosure(int row, int column) const
{
    return index(row, column);
}

QModelIndex RackModel::indexForSlot(int enclosureRow, int slot, int column) const
{
    if (slot < 1 || slot > slotCount(enclosureRow) || column < 0 || column >= NUM_COLUMNS)
        return {};
    return createIndex(slot - 1, column, quintptr(enclosureRow + 1));
}

RackModel::Slot *RackModel::slotAt(int enclosureRow, int slot)
{
    if (slot < 1 || slot > slotCount(enclosureRow))
        return nullptr;
    return &m_enclosures[enclosureRow].moduleSlots[slot - 1];
}

PowerState RackModel::powerState(int enclosureRow, int slot) const
{
    if (slot < 1 || slot > slotCount(enclosureRow))
        return PowerState::Unknown;
    return m_enclosures.at(enclosureRow).moduleSlots.at(slot - 1).power;
}

bool RackModel::setPowerState(int enclosureRow, int slot, PowerState state)
{
    Slot *s = slotAt(enclosureRow, slot);
    if (!s)
        return false;
    if (s->power != state) {
        s->power = state;
        emitSlotChanged(enclosureRow, slot,
            {ChassisModel::PowerStateRole, ChassisModel::PowerLedRole, Qt::DisplayRole});
    }
    return true;
}

bool RackModel::setBusy(int enclosureRow, int slot, bool busy)
{
    Slot *s = slotAt(enclosureRow, slot);
    if (!s)
        return false;
    if (s->busy != busy) {
        s->busy = busy;
        emitSlotChanged(enclosureRow, slot,
            {ChassisModel::BusyRole, ChassisModel::PowerLedRole, Qt::DisplayRole});
    }
    return true;
}

bool RackModel::setIdentifying(int enclosureRow, int slot, bool identifying)
{
    Slot *s = slotAt(enclosureRow, slot);
    if (!s)
        return false;
    if (s->identifying != identifying) {
        s->identifying = identifying;
        emitSlotChanged(enclosureRow, slot, {ChassisModel::IdentifyRole});
    }
    return true;
}

bool RackModel::setLastResult(int enclosureRow, int slot, const QString &result)
{
    Slot *s = slotAt(enclosureRow, slot);
    if (!s)
        return false;
    if (s->lastResult != result) {
        s->lastResult = result;
        emitSlotChanged(enclosureRow, slot,
            {ChassisModel::LastResultRole, ChassisModel::PowerLedRole, Qt::ToolTipRole});
    }
    return true;
}

void RackModel::emitSlotChanged(int enclosureRow, int slot, const QList<int> &roles)
{
    Q_EMIT dataChanged(indexForSlot(enclosureRow, slot, 0),
        indexForSlot(enclosureRow, slot, NUM_COLUMNS - 1), roles);
}

QModelIndex RackModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, EnclosureId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RackModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == EnclosureId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, EnclosureId);
}

int RackModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_enclosures.size());
    if (parent.column() != 0 || parent.internalId() != EnclosureId)
        return 0;
    return slotCount(parent.row());
}

int RackModel::columnCount(const QModelIndex &) const
{
    return NUM_COLUMNS;
}

QVariant RackModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this
        || !hasIndex(index.row(), index.column(), index.parent()))
        return {};

    if (index.internalId() == EnclosureId) {
        const Chassis &chassis = m_enclosures.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return chassis.enclosure.name;
            if (index.column() == ModuleColumn) {
                const int modules
                    = int(std::count_if(chassis.moduleSlots.cbegin(), chassis.moduleSlots.cend(),
                        [](const Slot &s) { return s.info.module != ModuleType::Empty; }));
                return tr("%n module(s)", "", modules);
            }
            return {};
        case Qt::ToolTipRole:
            return chassis.warnings.isEmpty() ? QVariant()
                                              : chassis.warnings.join(QLatin1Char('\n'));
        case EnclosureNameRole:
            return chassis.enclosure.name;
        case EnclosureRowRole:
            return index.row();
        case IsEnclosureRole:
            return true;
        case ChassisModel::WarningsRole:
            return chassis.warnings;
        default:
            return {};
        }
    }

    const int enclosureRow = int(index.internalId() - 1);
    const Chassis &chassis = m_enclosures.at(enclosureRow);
    const Slot &s = chassis.moduleSlots.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.info.slot;
        case ModuleColumn:
            return ChassisModel::moduleText(s.info);
        case HostNameColumn:
            return s.info.hostName;
        case PowerColumn:
            if (s.info.module == ModuleType::Empty)
                return QString();
            return s.busy ? tr("Working…") : ChassisModel::powerStateText(s.power);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines {tr("%1, slot %2: %3")
                               .arg(chassis.enclosure.name, QString::number(s.info.slot),
                                   ChassisModel::moduleText(s.info))};
        if (!s.info.hostName.isEmpty())
            lines << s.info.hostName;
        if (s.info.bmc)
            lines << tr("BMC: %1").arg(s.info.bmc->toString());
        if (!s.lastResult.isEmpty())
            lines << tr("Last operation: %1").arg(s.lastResult);
        for (const QString &warning : s.warnings)
            lines << tr("Warning: %1").arg(warning);
        return lines.join(QLatin1Char('\n'));
    }
    case EnclosureNameRole:
        return chassis.enclosure.name;
    case EnclosureRowRole:
        return enclosureRow;
    case IsEnclosureRole:
        return false;
    case ChassisModel::SlotRole:
        return s.info.slot;
    case ChassisModel::ModuleTypeRole:
        return QVariant::fromValue(s.info.module);
    case ChassisModel::HostNameRole:
        return s.info.hostName;
    case ChassisModel::BmcAddressRole:
        return s.info.bmc ? QVariant(s.info.bmc->toString()) : QVariant();
    case ChassisModel::BmcMacRole:
        return s.info.bmcMac.isNull() ? QVariant() : QVariant::fromValue(s.info.bmcMac);
    case ChassisModel::Nic1MacRole:
        return s.info.nicMacs.size() > 0 ? QVariant::fromValue(s.info.nicMacs.at(0)) : QVariant();
    case ChassisModel::Nic2MacRole:
        return s.info.nicMacs.size() > 1 ? QVariant::fromValue(s.info.nicMacs.at(1)) : QVariant();
    case ChassisModel::PowerStateRole:
        return QVariant::fromValue(s.power);
    case ChassisModel::BusyRole:
        return s.busy;
    case ChassisModel::LastResultRole:
        return s.lastResult;
    case ChassisModel::WarningsRole:
        return s.warnings;
    case ChassisModel::IdentifyRole:
        return s.identifying;
    case ChassisModel::CpuRole:
        return s.info.module == ModuleType::Server ? s.info.cpu : QString();
    case ChassisModel::PowerLedRole:
        return QVariant::fromValue(ChassisModel::powerLed(s.power, s.busy, s.lastResult));
    default:
        return {};
    }
}

QVariant RackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Enclosure / slot");
    case ModuleColumn:
        return tr("Module");
    case HostNameColumn:
        return tr("Host name");
    case PowerColumn:
        return tr("Power");
    default:
        return {};
    }
}

QHash<int, QByteArray> RackModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(EnclosureNameRole, "enclosureName");
    names.insert(EnclosureRowRole, "enclosureRow");
    names.insert(IsEnclosureRole, "isEnclosure");
    names.insert(ChassisModel::SlotRole, "slot");
    names.insert(ChassisModel::ModuleTypeRole, "moduleType");
    names.insert(ChassisModel::PowerStateRole, "powerState");
    names.insert(ChassisModel::WarningsRole, "warnings");
    names.insert(ChassisModel::CpuRole, "cpu");
    names.insert(ChassisModel::PowerLedRole, "powerLed");
    return names;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "chassismodel.h"

#include <algorithm>

#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>

#include "chassis/chassisprofile.h"
#include "chassis/inventorychecker.h"

namespace {

/// A round status LED for the Power column. A QImage rather than a QPixmap so the
/// model also works without a QGuiApplication (e.g. in a guiless test).
QImage ledImage(const QColor &fill, bool hollow)
{
    constexpr int logical = 12;
    constexpr qreal dpr = 2.0;
    QImage image(int(logical * dpr), int(logical * dpr), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1.5, 1.5, logical - 3.0, logical - 3.0);
    painter.setPen(QPen(fill.darker(150), 1.0));
    painter.setBrush(hollow ? QBrush(Qt::NoBrush) : QBrush(fill));
    painter.drawEllipse(r);
    return image;
}

const QImage &ledIcon(ChassisModel::PowerLed led)
{
    static const QImage on = ledImage(QColor(0x2e, 0xa0, 0x43), false);
    static const QImage off = ledImage(QColor(0x8a, 0x8f, 0x98), false);
    static const QImage unknown = ledImage(QColor(0x8a, 0x8f, 0x98), true);
    static const QImage working = ledImage(QColor(0xe0, 0x9b, 0x1a), false);
    static const QImage error = ledImage(QColor(0xd3, 0x2f, 0x2f), false);
    switch (led) {
    case ChassisModel::PowerLed::On:
        return on;
    case ChassisModel::PowerLed::Off:
        return off;
    case ChassisModel::PowerLed::Busy:
        return working;
    case ChassisModel::PowerLed::Error:
        return error;
    case ChassisModel::PowerLed::Unknown:
        break;
    }
    return unknown;
}

/// Only the family is set, so the view's size (and zoom) still applies: delegates
/// resolve the role's font against the view's.
QFont monospaceFont()
{
    QFont font;
    font.setFamily(QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    font.setStyleHint(QFont::TypeWriter);
    return font;
}

QVariant macVariant(const MacAddress &mac)
{
    return mac.isNull() ? QVariant() : QVariant::fromValue(mac);
}

QString macText(const MacAddress &mac)
{
    return mac.isNull() ? QString() : mac.toString();
}

MacAddress nicMac(const SlotInfo &slot, int nic)
{
    return nic < slot.nicMacs.size() ? slot.nicMacs.at(nic) : MacAddress();
}

bool isMacColumn(int column)
{
    return column == ChassisModel::BmcMacColumn || column == ChassisModel::Nic1MacColumn
        || column == ChassisModel::Nic2MacColumn;
}

} // namespace

ChassisModel::ChassisModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ChassisModel::~ChassisModel() = default;

void ChassisModel::setEnclosure(const Enclosure &enclosure)
{
    beginResetModel();
    m_enclosure = enclosure;
    m_rows.clear();

    // Rows follow the profile; a slot number beyond it (which the loader reports)
    // still gets a row so that nothing in the inventory is hidden.
    const ChassisProfile *profile = ChassisProfile::byId(enclosure.profileId);
    int rowTotal = profile ? profile->slotCount : 0;
    for (const SlotInfo &info : enclosure.moduleSlots)
        rowTotal = std::max(rowTotal, info.slot);

    m_rows.resize(rowTotal);
    for (int i = 0; i < rowTotal; ++i)
        m_rows[i].info.slot = i + 1;
    for (const SlotInfo &info : enclosure.moduleSlots) {
        if (info.slot >= 1)
            m_rows[info.slot - 1].info = info;
    }
    // The profile's rules (HDD/PCIe slots, C2750 for HDD, MAC conflicts) as warnings.
    const EnclosureCheck check = InventoryChecker::check(enclosure);
    m_enclosureWarnings = check.enclosureWarnings;
    for (auto it = check.slotWarnings.cbegin(); it != check.slotWarnings.cend(); ++it) {
        if (it.key() >= 1 && it.key() <= rowTotal)
            m_rows[it.key() - 1].warnings = it.value();
    }
    endResetModel();
}

void ChassisModel::clear()
{
    beginResetModel();
    m_enclosure = Enclosure();
    m_rows.clear();
    m_enclosureWarnings.clear();
    endResetModel();
}

int ChassisModel::moduleCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const Row &row) { return row.info.module != ModuleType::Empty; }));
}

QModelIndex ChassisModel::indexForSlot(int slot, int column) const
{
    if (slot < 1 || slot > m_rows.size() || column < 0 || column >= NUM_COLUMNS)
        return {};
    return index(slot - 1, column);
}

PowerState ChassisModel::powerState(int slot) const
{
    const Row *row = rowForSlot(slot);
    return row ? row->power : PowerState::Unknown;
}

bool ChassisModel::setPowerState(int slot, PowerState state)
{
    Row *row = rowForSlot(slot);
    if (!row)
        return false;
    if (row->power != state) {
        row->power = state;
        emitRowChanged(slot,
            {PowerStateRole, PowerLedRole, Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole});
    }
    return true;
}

bool ChassisModel::setBusy(int slot, bool busy)
{
    Row *row = rowForSlot(slot);
    if (!row)
        return false;
    if (row->busy != busy) {
        row->busy = busy;
        emitRowChanged(slot, {BusyRole, PowerLedRole, Qt::DecorationRole});
    }
    return true;
}

bool ChassisModel::setLastResult(int slot, const QString &result)
{
    Row *row = rowForSlot(slot);
    if (!row)
        return false;
    if (row->lastResult != result) {
        row->lastResult = result;
        emitRowChanged(slot, {LastResultRole, PowerLedRole, Qt::DecorationRole, Qt::ToolTipRole});
    }
    return true;
}

bool ChassisModel::setWarnings(int slot, const QStringList &warnings)
{
    Row *row = rowForSlot(slot);
    if (!row)
        return false;
    if (row->warnings != warnings) {
        row->warnings = warnings;
        emitRowChanged(slot, {WarningsRole, Qt::ToolTipRole});
    }
    return true;
}

bool ChassisModel::setIdentifying(int slot, bool identifying)
{
    Row *row = rowForSlot(slot);
    if (!row)
        return false;
    if (row->identifying != identifying) {
        row->identifying = identifying;
        emitRowChanged(slot, {IdentifyRole});
    }
    return true;
}

ChassisModel::PowerLed ChassisModel::powerLed(
    PowerState power, bool busy, const QString &lastResult)
{
    if (busy)
        return PowerLed::Busy;
    switch (power) {
    case PowerState::On:
        return PowerLed::On;
    case PowerState::Off:
        return PowerLed::Off;
    case PowerState::Unknown:
        break;
    }
    // A failed operation or poll leaves its message and no known state.
    return lastResult.isEmpty() ? PowerLed::Unknown : PowerLed::Error;
}

QString ChassisModel::powerStateText(PowerState state)
{
    switch (state) {
    case PowerState::On:
        return tr("On");
    case PowerState::Off:
        return tr("Off");
    case PowerState::Unknown:
        break;
    }
    return tr("Unknown");
}

QString ChassisModel::moduleText(const SlotInfo &slot)
{
    switch (slot.module) {
    case ModuleType::Server:
        return slot.cpu.isEmpty() ? tr("Server") : tr("Server (%1)").arg(slot.cpu);
    case ModuleType::Hdd:
        return tr("HDD module");
    case ModuleType::Pcie:
        return tr("PCIe card");
    case ModuleType::Empty:
        break;
    }
    return tr("Empty");
}

int ChassisModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChassisModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant ChassisModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this
        || !hasIndex(index.row(), index.column(), index.parent()))
        return {};

    const Row &row = m_rows.at(index.row());
    const SlotInfo &info = row.info;
    const bool empty = info.module == ModuleType::Empty;

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::DecorationRole:
        if (index.column() == PowerColumn && !empty)
            return ledIcon(powerLed(row.power, row.busy, row.lastResult));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SlotColumn)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if ((isMacColumn(index.column()) || index.column() == BmcAddressColumn) && qGuiApp)
            return monospaceFont();
        return {};
    case Qt::ForegroundRole:
        if (empty && qGuiApp)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case SlotRole:
        return info.slot;
    case ModuleTypeRole:
        return QVariant::fromValue(info.module);
    case HostNameRole:
        return info.hostName;
    case BmcAddressRole:
        return info.bmc ? QVariant(info.bmc->toString()) : QVariant();
    case BmcMacRole:
        return macVariant(info.bmcMac);
    case Nic1MacRole:
        return macVariant(nicMac(info, 0));
    case Nic2MacRole:
        return macVariant(nicMac(info, 1));
    case PowerStateRole:
        return QVariant::fromValue(row.power);
    case BusyRole:
        return row.busy;
    case LastResultRole:
        return row.lastResult;
    case WarningsRole:
        return row.warnings;
    case IdentifyRole:
        return row.identifying;
    case CpuRole:
        return info.module == ModuleType::Server ? info.cpu : QString();
    case PowerLedRole:
        return QVariant::fromValue(powerLed(row.power, row.busy, row.lastResult));
    default:
        return {};
    }
}

QVariant ChassisModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole || section < 0 || section >= NUM_COLUMNS)
        return {};

    switch (static_cast<Columns>(section)) {
    case SlotColumn:
        return tr("Slot");
    case ModuleColumn:
        return tr("Module");
    case HostNameColumn:
        return tr("Host name");
    case BmcAddressColumn:
        return tr("BMC address");
    case BmcMacColumn:
        return tr("BMC MAC");
    case Nic1MacColumn:
        return tr("NIC1 MAC");
    case Nic2MacColumn:
        return tr("NIC2 MAC");
    case PowerColumn:
        return tr("Power");
    case NUM_COLUMNS:
        break;
    }
    return {};
}

QHash<int, QByteArray> ChassisModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SlotRole, "slot");
    names.insert(ModuleTypeRole, "moduleType");
    names.insert(HostNameRole, "hostName");
    names.insert(BmcAddressRole, "bmcAddress");
    names.insert(BmcMacRole, "bmcMac");
    names.insert(Nic1MacRole, "nic1Mac");
    names.insert(Nic2MacRole, "nic2Mac");
    names.insert(PowerStateRole, "powerState");
    names.insert(BusyRole, "busy");
    names.insert(LastResultRole, "lastResult");
    names.insert(WarningsRole, "warnings");
    names.insert(IdentifyRole, "identifying");
    names.insert(CpuRole, "cpu");
    names.insert(PowerLedRole, "powerLed");
    return names;
}

ChassisModel::Row *ChassisModel::rowForSlot(int slot)
{
    return slot >= 1 && slot <= m_rows.size() ? &m_rows[slot - 1] : nullptr;
}

const ChassisModel::Row *ChassisModel::rowForSlot(int slot) const
{
    return slot >= 1 && slot <= m_rows.size() ? &m_rows.at(slot - 1) : nullptr;
}

void ChassisModel::emitRowChanged(int slot, const QList<int> &roles)
{
    // The roles are row-level, so the whole row changes, but only for the roles named.
    Q_EMIT dataChanged(index(slot - 1, 0), index(slot - 1, NUM_COLUMNS - 1), roles);
}

QVariant ChassisModel::displayData(const Row &row, int column) const
{
    const SlotInfo &info = row.info;
    switch (static_cast<Columns>(column)) {
    case SlotColumn:
        return info.slot;
    case ModuleColumn:
        return moduleText(info);
    case HostNameColumn:
        return info.hostName;
    case BmcAddressColumn:
        return info.bmc ? info.bmc->toString() : QString();
    case BmcMacColumn:
        return macText(info.bmcMac);
    case Nic1MacColumn:
        return macText(nicMac(info, 0));
    case Nic2MacColumn:
        return macText(nicMac(info, 1));
    case PowerColumn:
        if (info.module == ModuleType::Empty)
            return QString();
        return row.busy ? tr("Working…") : powerStateText(row.power);
    case NUM_COLUMNS:
        break;
    }
    return {};
}

QString ChassisModel::toolTip(const Row &row) const
{
    const SlotInfo &info = row.info;
    if (info.module == ModuleType::Empty)
        return tr("Slot %1: empty").arg(info.slot);

    QStringList lines;
    lines << (info.hostName.isEmpty()
            ? tr("Slot %1: %2").arg(QString::number(info.slot), moduleText(info))
            : tr("Slot %1: %2, %3")
                  .arg(QString::number(info.slot), info.hostName, moduleText(info)));
    if (info.bmc || !info.bmcMac.isNull()) {
        lines << tr("BMC: %1 (%2)")
                     .arg(info.bmc ? info.bmc->toString() : tr("no address"),
                         info.bmcMac.isNull() ? tr("MAC unknown") : info.bmcMac.toString());
    }
    for (int nic = 0; nic < info.nicMacs.size(); ++nic)
        lines << tr("NIC%1: %2").arg(QString::number(nic + 1), info.nicMacs.at(nic).toString());
    lines << tr("Power: %1").arg(powerStateText(row.power));
    if (!row.lastResult.isEmpty())
        lines << tr("Last operation: %1").arg(row.lastResult);
    for (const QString &warning : row.warnings)
        lines << tr("Warning: %1").arg(warning);
    return lines.join(QLatin1Char('\n'));
}

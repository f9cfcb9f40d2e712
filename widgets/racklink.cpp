// SPDX-License-Identifier: GPL-3.0-or-later
#include "racklink.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QSet>

#include "chassismodel.h"
#include "rackmodel.h"

namespace {

/// Sets a flag for the lifetime of the guard: changes made while syncing are not
/// mirrored back.
class SyncGuard
{
public:
    explicit SyncGuard(bool *flag)
        : m_flag(flag)
        , m_was(*flag)
    {
        *m_flag = true;
    }
    ~SyncGuard() { *m_flag = m_was; }
    SyncGuard(const SyncGuard &) = delete;
    SyncGuard &operator=(const SyncGuard &) = delete;

private:
    bool *m_flag;
    bool m_was;
};

} // namespace

RackLink::RackLink(ChassisModel *chassis, RackModel *rack, QItemSelectionModel *slotSelection,
    QItemSelectionModel *rackSelection, std::function<int()> currentEnclosure,
    std::function<void(int row)> showEnclosure, QObject *parent)
    : QObject(parent)
    , m_chassis(chassis)
    , m_rack(rack)
    , m_slotSelection(slotSelection)
    , m_rackSelection(rackSelection)
    , m_currentEnclosure(std::move(currentEnclosure))
    , m_showEnclosure(std::move(showEnclosure))
{
    connect(m_rackSelection, &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_syncing)
            rackToSlots();
    });
    connect(m_slotSelection, &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_syncing)
            slotsToRack();
    });
    connect(m_chassis, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            copyToRack(topLeft.row(), bottomRight.row());
        });
}

RackLink::~RackLink() = default;

void RackLink::copyToRack(int firstRow, int lastRow)
{
    const int enclosure = m_currentEnclosure();
    if (enclosure < 0 || enclosure >= m_rack->enclosureCount())
        return;
    for (int row = firstRow; row <= lastRow; ++row) {
        const QModelIndex index = m_chassis->index(row, 0);
        const int slot = index.data(ChassisModel::SlotRole).toInt();
        m_rack->setPowerState(enclosure, slot, m_chassis->powerState(slot));
        m_rack->setBusy(enclosure, slot, index.data(ChassisModel::BusyRole).toBool());
        m_rack->setIdentifying(enclosure, slot, index.data(ChassisModel::IdentifyRole).toBool());
        m_rack->setLastResult(enclosure, slot, index.data(ChassisModel::LastResultRole).toString());
    }
}

void RackLink::enclosureShown()
{
    const bool fromRack = m_syncing;
    const int enclosure = m_currentEnclosure();
    if (enclosure >= 0 && enclosure < m_rack->enclosureCount()) {
        const SyncGuard guard(&m_syncing);
        for (int slot = 1; slot <= m_chassis->slotCount(); ++slot) {
            const QModelIndex index = m_rack->indexForSlot(enclosure, slot);
            if (!index.isValid())
                continue;
            m_chassis->setPowerState(slot, m_rack->powerState(enclosure, slot));
            m_chassis->setBusy(slot, index.data(ChassisModel::BusyRole).toBool());
            m_chassis->setIdentifying(slot, index.data(ChassisModel::IdentifyRole).toBool());
            m_chassis->setLastResult(slot, index.data(ChassisModel::LastResultRole).toString());
        }
    }
    // When the rack asked for this enclosure, its selection is about to be copied
    // over; otherwise the rack shows the (new, empty) selection.
    if (!fromRack)
        slotsToRack();
}

void RackLink::rackToSlots()
{
    const QModelIndexList selected = m_rackSelection->selectedRows();
    QModelIndex anchor = m_rackSelection->currentIndex();
    if (!anchor.isValid() || !anchor.parent().isValid()
        || !m_rackSelection->isRowSelected(anchor.row(), anchor.parent())) {
        anchor = {};
        for (const QModelIndex &index : selected) {
            if (index.parent().isValid()) {
                anchor = index;
                break;
            }
        }
    }
    const SyncGuard guard(&m_syncing);
    if (!anchor.isValid()) {
        m_slotSelection->clearSelection();
        return;
    }
    const int enclosure = anchor.parent().row();
    if (enclosure != m_currentEnclosure())
        m_showEnclosure(enclosure);
    if (enclosure != m_currentEnclosure())
        return; // could not switch

    QSet<int> slotNumbers;
    for (const QModelIndex &index : selected) {
        if (index.parent().isValid() && index.parent().row() == enclosure)
            slotNumbers.insert(index.data(ChassisModel::SlotRole).toInt());
    }
    const int anchorSlot = anchor.data(ChassisModel::SlotRole).toInt();
    const QAbstractItemModel *model = m_slotSelection->model();
    QItemSelection selection;
    QModelIndex current;
    const int lastColumn = model->columnCount() - 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const int slot = index.data(ChassisModel::SlotRole).toInt();
        if (slotNumbers.contains(slot))
            selection.select(index, model->index(row, lastColumn));
        if (slot == anchorSlot)
            current = index;
    }
    m_slotSelection->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current.isValid())
        m_slotSelection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
}

void RackLink::slotsToRack()
{
    const SyncGuard guard(&m_syncing);
    const int enclosure = m_currentEnclosure();
    QItemSelection selection;
    if (enclosure >= 0 && enclosure < m_rack->enclosureCount()) {
        const int lastColumn = m_rack->columnCount() - 1;
        for (const QModelIndex &row : m_slotSelection->selectedRows()) {
            const QModelIndex index
                = m_rack->indexForSlot(enclosure, row.data(ChassisModel::SlotRole).toInt());
            if (index.isValid())
                selection.select(index, index.siblingAtColumn(lastColumn));
        }
    }
    m_rackSelection->select(selection, QItemSelectionModel::ClearAndSelect);
    const QModelIndex current = m_slotSelection->currentIndex();
    if (current.isValid() && enclosure >= 0)
        m_rackSelection->setCurrentIndex(
            m_rack->indexForSlot(enclosure, current.data(ChassisModel::SlotRole).toInt()),
            QItemSelectionModel::NoUpdate);
}

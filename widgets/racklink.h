// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class ChassisModel;
class QItemSelectionModel;
class RackModel;

/// Joins the rack (a RackModel of every enclosure, in a RackView) to the current
/// enclosure's slot views (a ChassisModel, shown through a proxy by the table and
/// the front panel, which share one selection):
///
/// - selecting slots of enclosure X in the rack selects them in the slot views,
///   switching the current enclosure to X first when needed (through
///   @p showEnclosure); selecting in the slot views selects the same slots in the
///   rack; the chassis actions, which work on the slot views' selection, so work on
///   what the rack shows selected;
/// - the live state of the current enclosure (power, busy, identify, last result)
///   is copied into the rack as it changes, and back into the ChassisModel when an
///   enclosure is shown again, so switching enclosures keeps what is known.
///
/// Slots of several enclosures selected at once in the rack (a rubber band across
/// two) select those of the enclosure of the rack's current slot.
class RackLink : public QObject
{
    Q_OBJECT

public:
    RackLink(ChassisModel *chassis, RackModel *rack, QItemSelectionModel *slotSelection,
        QItemSelectionModel *rackSelection, std::function<int()> currentEnclosure,
        std::function<void(int row)> showEnclosure, QObject *parent = nullptr);
    ~RackLink() override;

    /// Call after the ChassisModel was given the current enclosure: restores the
    /// live state the rack holds for it and mirrors the (empty) selection.
    void enclosureShown();

private:
    void rackToSlots();
    void slotsToRack();
    void copyToRack(int firstRow, int lastRow);

    ChassisModel *m_chassis;
    RackModel *m_rack;
    QItemSelectionModel *m_slotSelection;
    QItemSelectionModel *m_rackSelection;
    std::function<int()> m_currentEnclosure;
    std::function<void(int)> m_showEnclosure;
    bool m_syncing = false;
};

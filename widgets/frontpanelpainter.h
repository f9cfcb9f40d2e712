// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include "chassis/inventory.h"
#include "ipmi/powerstate.h"

class QModelIndex;
class QPainter;
class QRectF;
struct FrontPanelGeometry;

/// What one slot looks like at the moment: the model's data reduced to what the
/// front panel shows.
struct SlotVisual
{
    int slot = 0;
    ModuleType module = ModuleType::Empty;
    bool c2730 = false; ///< a server module with the smaller processor (label shows it)
    PowerState power = PowerState::Unknown;
    bool busy = false;
    bool error = false; ///< the last operation failed and the state is unknown
    bool identifying = false;
    bool warning = false;
    bool selected = false;
    bool current = false;
    bool shown = true; ///< false when a filter hides the slot: drawn dimmed
};

/// Power, busy and error of @p visual from the slot's ChassisModel::PowerLedRole.
void setLedState(SlotVisual *visual, const QModelIndex &slot);
/// A server module with the smaller processor (ChassisModel::CpuRole "C2730").
bool isSmallCpu(const QModelIndex &slot);

/// Draws the DX1000 front panel as an operator sees it: rack ears, the console
/// panel with the two switch modules' serial console ports, and each module's
/// faceplate (server, HDD module, PCIe card, blank) with its power and identify
/// LEDs. Stateless; shared by FrontPanelView and RackView.
class FrontPanelPainter
{
public:
    /// The enclosure without its modules (frame, ears, console panel, empty bays).
    static void paintChassis(QPainter *painter, const FrontPanelGeometry &geometry,
        const QString &label, const QColor &highlight);
    static void paintSlot(QPainter *painter, const QRectF &rect, const SlotVisual &slot,
        double scale, const QColor &highlight);
    /// What does not change while the inventory stays: faceplate, art, number.
    static void paintSlotBody(
        QPainter *painter, const QRectF &rect, const SlotVisual &slot, double scale);
    /// What does: LEDs, warning mark, filter dimming, selection, focus.
    static void paintSlotState(QPainter *painter, const QRectF &rect, const SlotVisual &slot,
        double scale, const QColor &highlight);
    /// The colour of a power LED in @p slot's state (on, off, unknown, error, busy).
    static QColor powerLedColor(const SlotVisual &slot);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

struct ChassisProfile;

/// Where everything on an enclosure's front panel is, in widget coordinates, for
/// a given space to fit into. Plain maths, no painting: the views ask it which
/// slot is under the mouse, which slots a rubber band touches, and where the
/// cursor goes next; FrontPanelPainter draws into its rectangles.
///
/// The enclosure keeps the real proportions of a 19-inch 2U front (482.6 mm ×
/// 86.5 mm with the rack ears), scaled to fit and centred. The body (448 mm) holds
/// the console panel on the left (the switch modules' serial console ports, per
/// the seed) and the profile's rows × columns of module slots.
struct FrontPanelGeometry
{
    enum class Move { Left, Right, Up, Down, RowStart, RowEnd, First, Last };

    double scale = 0; ///< pixels per millimetre
    QRectF outline; ///< the whole front, ears included
    QRectF leftEar;
    QRectF rightEar;
    QRectF body; ///< the enclosure between the ears
    QRectF consolePanel; ///< left of the slots: switch console ports, CMM LEDs
    QRectF slotArea;
    QList<QRectF> slotRects; ///< index slot − 1
    QList<int> slotRow; ///< index slot − 1
    QList<int> slotColumn; ///< index slot − 1
    int rows = 0;
    int columns = 0;

    /// Lays out @p profile's front panel to fit @p bounds (keeping proportions).
    static FrontPanelGeometry fit(const ChassisProfile &profile, const QRectF &bounds);
    /// Height for @p width at the real proportions.
    static double heightForWidth(double width);

    bool isValid() const { return !slotRects.isEmpty() && scale > 0; }
    int slotCount() const { return int(slotRects.size()); }
    /// Invalid rectangle for a slot that does not exist.
    QRectF slotRect(int slot) const;
    /// The slot under @p point; 0 for none (between slots, outside).
    int slotAt(const QPointF &point) const;
    /// Slots whose rectangle intersects @p rect, ascending.
    QList<int> slotsIn(const QRectF &rect) const;
    /// The slot keyboard navigation reaches from @p slot; @p slot itself at an edge.
    int move(int slot, Move direction) const;
    /// The slot at @p row / @p column; 0 when none.
    int slotAtCell(int row, int column) const;
};

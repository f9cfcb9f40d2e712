// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontpanelgeometry.h"

#include <algorithm>

#include "chassis/chassisprofile.h"

namespace {

// Millimetres of a 19-inch 2U front. The body width and height are the seed's
// (448.0 × 86.5 mm); the split of the body into console panel and slot area is
// drawn from the seed's description (console ports on the left of the front).
constexpr double RackWidthMm = 482.6;
constexpr double BodyWidthMm = 448.0;
constexpr double HeightMm = 86.5;
constexpr double ConsolePanelMm = 38.0;
constexpr double BodyMarginMm = 3.0; ///< frame around the slot area
constexpr double SlotGapMm = 0.8;

} // namespace

double FrontPanelGeometry::heightForWidth(double width)
{
    return width * HeightMm / RackWidthMm;
}

FrontPanelGeometry FrontPanelGeometry::fit(const ChassisProfile &profile, const QRectF &bounds)
{
    FrontPanelGeometry g;
    if (bounds.width() <= 0 || bounds.height() <= 0 || profile.frontRows <= 0
        || profile.frontColumns <= 0)
        return g;

    g.scale = std::min(bounds.width() / RackWidthMm, bounds.height() / HeightMm);
    const double width = RackWidthMm * g.scale;
    const double height = HeightMm * g.scale;
    g.outline = QRectF(bounds.x() + (bounds.width() - width) / 2,
        bounds.y() + (bounds.height() - height) / 2, width, height);
    const double ear = (RackWidthMm - BodyWidthMm) / 2 * g.scale;
    g.leftEar = QRectF(g.outline.left(), g.outline.top(), ear, height);
    g.rightEar = QRectF(g.outline.right() - ear, g.outline.top(), ear, height);
    g.body = QRectF(g.leftEar.right(), g.outline.top(), BodyWidthMm * g.scale, height);

    const double margin = BodyMarginMm * g.scale;
    g.consolePanel = QRectF(g.body.left() + margin, g.body.top() + margin, ConsolePanelMm * g.scale,
        height - 2 * margin);
    g.slotArea = QRectF(g.consolePanel.right() + margin, g.body.top() + margin,
        g.body.right() - margin - (g.consolePanel.right() + margin), height - 2 * margin);

    g.rows = profile.frontRows;
    g.columns = profile.frontColumns;
    const double gap = SlotGapMm * g.scale;
    const double cellW = g.slotArea.width() / g.columns;
    const double cellH = g.slotArea.height() / g.rows;
    g.slotRects.resize(profile.slotCount);
    g.slotRow.fill(-1, profile.slotCount);
    g.slotColumn.fill(-1, profile.slotCount);
    for (const ChassisProfile::SlotPosition &p : profile.frontLayout) {
        if (p.slot < 1 || p.slot > profile.slotCount)
            continue;
        g.slotRects[p.slot - 1] = QRectF(g.slotArea.left() + p.column * cellW + gap / 2,
            g.slotArea.top() + p.row * cellH + gap / 2, cellW - gap, cellH - gap);
        g.slotRow[p.slot - 1] = p.row;
        g.slotColumn[p.slot - 1] = p.column;
    }
    return g;
}

QRectF FrontPanelGeometry::slotRect(int slot) const
{
    return slot >= 1 && slot <= slotRects.size() ? slotRects.at(slot - 1) : QRectF();
}

int FrontPanelGeometry::slotAt(const QPointF &point) const
{
    if (!slotArea.contains(point))
        return 0;
    for (int i = 0; i < slotRects.size(); ++i) {
        if (slotRects.at(i).contains(point))
            return i + 1;
    }
    return 0;
}

QList<int> FrontPanelGeometry::slotsIn(const QRectF &rect) const
{
    QList<int> found;
    // A line (a drag along a row) or a point still hits what it touches.
    QRectF r = rect.normalized();
    if (r.width() <= 0 || r.height() <= 0)
        r.adjust(-0.01, -0.01, 0.01, 0.01);
    for (int i = 0; i < slotRects.size(); ++i) {
        if (slotRects.at(i).intersects(r))
            found << i + 1;
    }
    return found;
}

int FrontPanelGeometry::slotAtCell(int row, int column) const
{
    for (int i = 0; i < slotRow.size(); ++i) {
        if (slotRow.at(i) == row && slotColumn.at(i) == column)
            return i + 1;
    }
    return 0;
}

int FrontPanelGeometry::move(int slot, Move direction) const
{
    if (slot < 1 || slot > slotRects.size())
        return slotRects.isEmpty() ? 0 : 1;
    const int row = slotRow.at(slot - 1);
    const int column = slotColumn.at(slot - 1);
    int target = 0;
    switch (direction) {
    case Move::Left:
        target = slotAtCell(row, column - 1);
        break;
    case Move::Right:
        target = slotAtCell(row, column + 1);
        break;
    case Move::Up:
        target = slotAtCell(row - 1, column);
        break;
    case Move::Down:
        target = slotAtCell(row + 1, column);
        break;
    case Move::RowStart:
        target = slotAtCell(row, 0);
        break;
    case Move::RowEnd:
        target = slotAtCell(row, columns - 1);
        break;
    case Move::First:
        target = 1;
        break;
    case Move::Last:
        target = int(slotRects.size());
        break;
    }
    return target ? target : slot;
}

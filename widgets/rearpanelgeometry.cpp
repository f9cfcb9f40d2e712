// SPDX-License-Identifier: GPL-3.0-or-later
#include "rearpanelgeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// On a switch module (mm from its left edge, centred vertically): the management
// port, then the uplink cages; the left part carries the label.
constexpr double ManagementLeftMm = 92.0;
constexpr double ManagementWidthMm = 15.0;
constexpr double ManagementHeightMm = 13.0;
constexpr double UplinkLeftMm = 114.0;
constexpr double UplinkWidthMm = 22.0;
constexpr double UplinkHeightMm = 11.0;
constexpr double UplinkGapMm = 5.0;
constexpr double CmmPortHeightMm = 13.0;

} // namespace

double RearPanelGeometry::heightForWidth(const ChassisProfile &profile, double width)
{
    if (profile.rearWidthMm <= 0)
        return 0;
    return width * profile.heightMm / profile.rearWidthMm;
}

RearPanelGeometry RearPanelGeometry::fit(const ChassisProfile &profile, const QRectF &bounds)
{
    RearPanelGeometry g;
    if (bounds.width() <= 0 || bounds.height() <= 0 || profile.rearWidthMm <= 0
        || profile.heightMm <= 0)
        return g;
    g.scale = std::min(bounds.width() / profile.rearWidthMm, bounds.height() / profile.heightMm);
    const double width = profile.rearWidthMm * g.scale;
    const double height = profile.heightMm * g.scale;
    g.outline = QRectF(bounds.x() + (bounds.width() - width) / 2,
        bounds.y() + (bounds.height() - height) / 2, width, height);

    const double s = g.scale;
    for (const ChassisProfile::RearModule &m : profile.rearModules) {
        Module module;
        module.kind = m.kind;
        module.position = m.position;
        module.rect = QRectF(g.outline.left() + m.rectMm.left() * s,
            g.outline.top() + m.rectMm.top() * s, m.rectMm.width() * s, m.rectMm.height() * s);
        const QRectF &r = module.rect;
        if (m.kind == Kind::Switch) {
            module.management = QRectF(r.left() + ManagementLeftMm * s,
                r.center().y() - ManagementHeightMm * s / 2, ManagementWidthMm * s,
                ManagementHeightMm * s);
            for (int i = 0; i < profile.switchUplinks; ++i) {
                module.uplinks << QRectF(
                    r.left() + (UplinkLeftMm + i * (UplinkWidthMm + UplinkGapMm)) * s,
                    r.center().y() - UplinkHeightMm * s / 2, UplinkWidthMm * s, UplinkHeightMm * s);
            }
        } else if (m.kind == Kind::Cmm) {
            const double w = std::min(r.width() * 0.6, ManagementWidthMm * s);
            module.management = QRectF(
                r.center().x() - w / 2, r.top() + r.height() * 0.55, w, CmmPortHeightMm * s);
        }
        g.modules << module;
    }
    return g;
}

int RearPanelGeometry::moduleAt(const QPointF &point) const
{
    for (int i = 0; i < modules.size(); ++i) {
        if (modules.at(i).rect.contains(point))
            return i;
    }
    return -1;
}

int RearPanelGeometry::indexOf(Kind kind, int position) const
{
    for (int i = 0; i < modules.size(); ++i) {
        if (modules.at(i).kind == kind && modules.at(i).position == position)
            return i;
    }
    return -1;
}

int RearPanelGeometry::move(int index, Move direction) const
{
    if (index < 0 || index >= modules.size())
        return modules.isEmpty() ? -1 : 0;
    const QRectF from = modules.at(index).rect;
    // The nearest module whose centre lies that way and which overlaps this one
    // across the direction of travel (so Right from a switch module stays on its row).
    int best = index;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < modules.size(); ++i) {
        if (i == index)
            continue;
        const QRectF to = modules.at(i).rect;
        const QPointF d = to.center() - from.center();
        bool ahead = false;
        bool overlaps = false;
        switch (direction) {
        case Move::Left:
        case Move::Right:
            ahead = direction == Move::Left ? d.x() < 0 : d.x() > 0;
            overlaps = to.top() < from.bottom() && to.bottom() > from.top();
            break;
        case Move::Up:
        case Move::Down:
            ahead = direction == Move::Up ? d.y() < 0 : d.y() > 0;
            overlaps = to.left() < from.right() && to.right() > from.left();
            break;
        }
        if (!ahead || !overlaps)
            continue;
        const double distance = std::hypot(d.x(), d.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

#include "chassis/chassisprofile.h"

/// Where everything on an enclosure's rear is, in widget coordinates, for a given
/// space to fit into: the profile's rear modules (switch modules, CMM, fan modules,
/// power units) at their rectangles, and on each switch module its 40GbE QSFP+
/// uplink cages and the 1000BASE-T management port. Plain maths, no painting:
/// RearPanelView asks it which module is under the mouse and where the cursor goes.
///
/// The body keeps the real proportions (rearWidthMm × heightMm of the profile),
/// scaled to fit and centred; the rear has no rack ears.
struct RearPanelGeometry
{
    using Kind = ChassisProfile::RearModule::Kind;
    enum class Move { Left, Right, Up, Down };

    struct Module
    {
        Kind kind = Kind::Fan;
        int position = 0; ///< 1-based among modules of its kind
        QRectF rect;
        QList<QRectF> uplinks; ///< switch modules: one per uplink port, left to right
        QRectF management; ///< switch modules: the 1000BASE-T port; CMM: its LAN port
    };

    double scale = 0; ///< pixels per millimetre
    QRectF outline; ///< the rear face
    QList<Module> modules; ///< in the profile's order

    static RearPanelGeometry fit(const ChassisProfile &profile, const QRectF &bounds);
    /// Height for @p width at the profile's rear proportions.
    static double heightForWidth(const ChassisProfile &profile, double width);

    bool isValid() const { return scale > 0 && !modules.isEmpty(); }
    int moduleCount() const { return int(modules.size()); }
    /// The index of the module under @p point; -1 for none.
    int moduleAt(const QPointF &point) const;
    /// The index of the @p position-th module of @p kind; -1 for none.
    int indexOf(Kind kind, int position) const;
    /// The module keyboard navigation reaches from @p index; @p index at an edge.
    int move(int index, Move direction) const;
};

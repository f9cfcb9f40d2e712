// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pxeplan.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

/// The outcome of reading a plan file: the plan, or an error an operator can act
/// on (`plan.json:7:18: network.subnet: expected a string`).
struct PxePlanLoadResult
{
    std::optional<PxePlan> plan;
    QString error;
    QStringList warnings; ///< unknown keys; never stop a load

    bool ok() const { return plan.has_value(); }
};

/// The versioned JSON plan file (docs/pxe-plan.md). Keys left out keep the
/// defaults, so `{"format": "dxchassis-pxe-plan", "version": 1}` is the seed's plan.
/// Reading never checks the plan's sense; PxePlanValidator does that.
namespace PxePlanIo {
PxePlanLoadResult parse(const QByteArray &json, const QString &fileName = {});
PxePlanLoadResult load(const QString &path);
QByteArray serialize(const PxePlan &plan);
/// Through SafeWriter; empty on success, otherwise the error.
QString save(const PxePlan &plan, const QString &path);
} // namespace PxePlanIo

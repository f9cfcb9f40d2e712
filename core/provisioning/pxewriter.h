// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pxeoutput.h"
#include "pxeplanvalidator.h"
#include "common/safewriter.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct PxePlan;

/// Where one output goes.
struct PxeTarget
{
    PxeOutput output;
    QString path;
};

/// What PxeWriter did: either the plan's problems (and nothing written), or one
/// SafeWriteResult per file in the order written, stopping at the first failure.
struct PxeWriteReport
{
    QList<PxeProblem> problems; ///< validation failed: nothing was written
    QList<PxeTarget> written; ///< parallel to results
    QList<SafeWriteResult> results;
    QString error; ///< the write that failed; later files were not touched

    bool ok() const { return problems.isEmpty() && error.isEmpty(); }
    /// One line per file for the operator: written, unchanged, backup kept.
    QStringList lines() const;
};

/// The one way PXE files reach the disk: validate the whole plan, generate every
/// file in memory, then write each through SafeWriter (atomic, with a timestamped
/// backup of a replaced file). An invalid plan writes nothing at all.
namespace PxeWriter {
/// The outputs laid out under @p folder as on the PXE server (PxeOutputs::treePath).
QList<PxeTarget> treeTargets(
    const PxePlan &plan, const QList<PxeOutput> &outputs, const QString &folder);
PxeWriteReport write(const PxePlan &plan, const QList<PxeTarget> &targets);
} // namespace PxeWriter

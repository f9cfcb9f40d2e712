// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// A line diff for previews: what writing @p newText over @p oldText changes.
namespace TextDiff {
/// Unified-style lines (" same", "-removed", "+added") with @p context unchanged
/// lines around each change; "@@ ... @@" between distant hunks. Empty when equal.
QString unified(const QString &oldText, const QString &newText, int context = 3);
} // namespace TextDiff

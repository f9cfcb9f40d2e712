// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// A module's chassis power as its BMC reports it (Get Chassis Status).
enum class PowerState { Unknown, Off, On };

/// "on", "off", "unknown": the untranslated words FreeIPMI's tools print and
/// dxctl prints after them (`dx1:s23: on`). Views translate for display.
inline QString powerStateId(PowerState state)
{
    switch (state) {
    case PowerState::On:
        return QStringLiteral("on");
    case PowerState::Off:
        return QStringLiteral("off");
    case PowerState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

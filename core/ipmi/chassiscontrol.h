// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// What Chassis Control (IPMI 2.0, 28.3) asks a module to do.
enum class ChassisControl {
    PowerOff, ///< hard power down
    PowerOn, ///< power up
    PowerCycle, ///< off, then on after the BMC's interval
    HardReset, ///< pulse the reset line
    DiagnosticInterrupt, ///< pulse the diagnostic interrupt (NMI)
    SoftShutdown, ///< ACPI soft shutdown via the OS
};

/// "off", "on", "cycle", "reset", "pulse", "soft": ipmipower's words, used by
/// dxctl and in the operations log. Views translate for display.
inline QString chassisControlId(ChassisControl control)
{
    switch (control) {
    case ChassisControl::PowerOff:
        return QStringLiteral("off");
    case ChassisControl::PowerOn:
        return QStringLiteral("on");
    case ChassisControl::PowerCycle:
        return QStringLiteral("cycle");
    case ChassisControl::HardReset:
        return QStringLiteral("reset");
    case ChassisControl::DiagnosticInterrupt:
        return QStringLiteral("pulse");
    case ChassisControl::SoftShutdown:
        return QStringLiteral("soft");
    }
    return {};
}

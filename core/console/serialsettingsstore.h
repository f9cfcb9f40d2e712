// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serialsettings.h"

#include <QStringList>

class QSettings;

/// Remembers serial settings per port, so the switch module's console opens
/// the way it was last used. Backed by QSettings (group "serial").
namespace SerialSettingsStore {
/// The settings last saved for @p portName, or the defaults (115200 8N1) for that port.
SerialSettings load(QSettings &settings, const QString &portName);
/// Saves @p serial for its port and moves the port to the front of recentPorts().
void save(QSettings &settings, const SerialSettings &serial);
/// Ports used before, most recent first (at most ten).
QStringList recentPorts(QSettings &settings);
} // namespace SerialSettingsStore

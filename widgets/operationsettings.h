// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/bulkoptions.h"
#include "ipmi/statuspoller.h"

class QSettings;

/// How the GUI runs chassis operations (kept in QSettings, edited in the
/// OperationSettingsDialog). The power-on stagger is not here: it belongs to an
/// enclosure and lives in the inventory (`powerOnStagger`).
struct OperationSettings
{
    int fanout = BulkOptions::DefaultFanout; ///< BMCs asked at once
    int timeoutMs = 0; ///< per BMC; 0: the inventory's IPMI timeout
    int confirmThreshold = 1; ///< destructive actions on this many modules or more ask first
    int pollIntervalMs = StatusPoller::DefaultIntervalMs; ///< 0: no background poll

    static OperationSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const OperationSettings &, const OperationSettings &) = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmierror.h"
#include "powerstate.h"

#include <QMetaType>
#include <QString>

/// What a bulk operation did on one target. Every target gets one, also when it
/// failed or the operation was cancelled before reaching it.
struct BulkResult
{
    int index = -1; ///< position of the target in the list given to the runner
    QString label; ///< the target's label ("lab:s23")
    bool ok = false;
    bool cancelled = false; ///< never sent: the operation was cancelled first
    QString text; ///< on success: the answer in words ("on", a MAC, "ok")
    PowerState power = PowerState::Unknown; ///< the module's power, when known
    IpmiError error; ///< on failure
    int attempts = 0; ///< requests made (1 + retries used)
    qint64 elapsedMs = 0; ///< from the first attempt to the answer
};

Q_DECLARE_METATYPE(BulkResult)

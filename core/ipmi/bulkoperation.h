// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bootdevice.h"
#include "chassiscontrol.h"
#include "identifyrequest.h"
#include "ipmiresult.h"
#include "powerstate.h"
#include "rawrequest.h"

#include <QString>

#include <functional>

class IpmiBackend;
struct IpmiTarget;

/// One IPMI operation that the BulkRunner applies to each of many targets: what
/// to call on the backend and how to put the answer in words.
struct BulkOperation
{
    /// What one target answered.
    struct Value
    {
        QString text; ///< what dxctl prints after the target ("on", a MAC, "ok")
        PowerState power = PowerState::Unknown; ///< the power state, when the operation tells
    };
    using Function = std::function<IpmiResult<Value>(IpmiBackend &, const IpmiTarget &)>;

    QString id; ///< "status", "on", "off", "cycle", "reset", "soft", "pxe", "identify", ...
    /// Takes modules down (off, cycle, reset, soft): the GUI asks before it runs.
    bool destructive = false;
    /// Powers modules up: the runner's stagger applies (inrush of the power units).
    bool powersOn = false;
    /// Safe to send twice: retried after a timeout (a power cycle is not).
    bool idempotent = true;
    Function run;

    static BulkOperation powerStatus();
    static BulkOperation control(ChassisControl control);
    static BulkOperation bootDevice(BootDevice device, bool persistent);
    static BulkOperation identify(const IdentifyRequest &request);
    static BulkOperation macDiscovery();
    static BulkOperation deviceId();
    static BulkOperation raw(const RawRequest &request);

    /// "02 00 11 74": bytes as ipmi-raw prints them.
    static QString hexBytes(const QByteArray &bytes);
};

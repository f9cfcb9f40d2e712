// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmcdeviceid.h"
#include "bootdevice.h"
#include "chassiscontrol.h"
#include "identifyrequest.h"
#include "ipmiresult.h"
#include "ipmitarget.h"
#include "powerstate.h"
#include "rawrequest.h"
#include "rawresponse.h"

#include "chassis/macaddress.h"

/// IPMI access to BMCs, one request per call.
///
/// Every method blocks until the BMC answered or the target's timeout ran out,
/// so callers run them on worker threads (QtConcurrent, QThreadPool, the bulk
/// runner) and never on the GUI thread. Implementations must accept concurrent
/// calls from several threads, for different or the same targets.
///
/// Kept small on purpose: tests and the GUI's demo mode replace it with a fake.
class IpmiBackend
{
public:
    virtual ~IpmiBackend() = default;

    /// Get Chassis Status: is the module powered?
    virtual IpmiResult<PowerState> powerState(const IpmiTarget &target) = 0;
    /// Chassis Control: power on/off/cycle, hard reset, diagnostic pulse, soft shutdown.
    virtual IpmiResult<void> chassisControl(const IpmiTarget &target, ChassisControl control) = 0;
    /// Get Device ID: manufacturer, product, firmware and IPMI version.
    virtual IpmiResult<BmcDeviceId> deviceId(const IpmiTarget &target) = 0;
    /// The BMC's own MAC address: LAN configuration parameter 5 on its LAN channel.
    virtual IpmiResult<MacAddress> lanMacAddress(const IpmiTarget &target) = 0;
    /// Set System Boot Options: boot from @p device next time, or every time when
    /// @p persistent.
    virtual IpmiResult<void> setBootDevice(
        const IpmiTarget &target, BootDevice device, bool persistent)
        = 0;
    /// Chassis Identify: blink the module's identify LED, or stop it.
    virtual IpmiResult<void> identify(const IpmiTarget &target, const IdentifyRequest &request) = 0;
    /// Sends @p request as it is. A non-zero completion code is a RawResponse, not an error.
    virtual IpmiResult<RawResponse> raw(const IpmiTarget &target, const RawRequest &request) = 0;

protected:
    IpmiBackend() = default;
    IpmiBackend(const IpmiBackend &) = default;
    IpmiBackend &operator=(const IpmiBackend &) = default;
};

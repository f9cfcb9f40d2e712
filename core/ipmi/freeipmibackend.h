// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmibackend.h"

#include <QString>

/// IpmiBackend on libfreeipmi: IPMI 2.0 / RMCP+ out-of-band to `host[:port]`.
///
/// The only place in dxchassis that includes libfreeipmi's headers. Each call opens
/// its own session (context), sends one request and closes it, so calls on
/// different threads share nothing. (Keeping sessions for polling did not pay on
/// the lab; see withSession() in the .cpp.)
class FreeIpmiBackend final : public IpmiBackend
{
public:
    FreeIpmiBackend() = default;

    IpmiResult<PowerState> powerState(const IpmiTarget &target) override;
    IpmiResult<void> chassisControl(const IpmiTarget &target, ChassisControl control) override;
    IpmiResult<BmcDeviceId> deviceId(const IpmiTarget &target) override;
    IpmiResult<MacAddress> lanMacAddress(const IpmiTarget &target) override;
    IpmiResult<void> setBootDevice(
        const IpmiTarget &target, BootDevice device, bool persistent) override;
    IpmiResult<void> identify(const IpmiTarget &target, const IdentifyRequest &request) override;
    IpmiResult<RawResponse> raw(const IpmiTarget &target, const RawRequest &request) override;
};

/// The FreeIPMI version dxchassis was built against ("1.6.10"), for the About box.
QString freeIpmiLibraryVersion();

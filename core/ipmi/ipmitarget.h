// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chassis/bmcendpoint.h"
#include "chassis/ipmisettings.h"

#include <QByteArray>
#include <QString>

/// One BMC to talk to, and how: the address, the settings that apply to it (the
/// enclosure's or the slot's override) and the password.
///
/// The caller names the target the way the operator knows it (`label`, e.g.
/// "slot 23" or "dx1:s23"); every error message about it starts with describe().
struct IpmiTarget
{
    QString label;
    BmcEndpoint endpoint;
    IpmiSettings settings;
    /// Held in memory only: never logged, never written, never put on a command line.
    QByteArray password;
    /// Cipher suite 0 (no authentication) is refused unless the operator allowed it.
    bool allowCipherSuite0 = false;

    /// "slot 23 (127.0.1.23:1623)", or just the endpoint when there is no label.
    QString describe() const;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

/// What a BMC says about itself in Get Device ID (IPMI 2.0, 20.1).
struct BmcDeviceId
{
    quint8 deviceId = 0;
    quint8 deviceRevision = 0;
    quint8 firmwareMajor = 0; ///< binary
    quint8 firmwareMinor = 0; ///< BCD, as the BMC sends it (0x21 for ".21")
    quint8 ipmiVersionMajor = 0;
    quint8 ipmiVersionMinor = 0;
    quint32 manufacturerId = 0; ///< IANA enterprise number (20 bits); NEC is 119
    quint16 productId = 0;

    /// "1.21", as the seed's BIOS screen shows "Firmware Revision : 01.21".
    QString firmwareRevision() const
    {
        return QStringLiteral("%1.%2")
            .arg(firmwareMajor)
            .arg(firmwareMinor, 2, 16, QLatin1Char('0'));
    }
    /// "2.0"
    QString ipmiVersion() const
    {
        return QStringLiteral("%1.%2").arg(ipmiVersionMajor).arg(ipmiVersionMinor);
    }

    friend bool operator==(const BmcDeviceId &, const BmcDeviceId &) = default;
};

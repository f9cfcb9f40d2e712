// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

/// The next-boot device a BMC hands the BIOS (Set System Boot Options, boot flags).
enum class BootDevice {
    NoOverride, ///< the BIOS's own order
    Pxe, ///< network boot (Intel Boot Agent on the DX1000 modules)
    Disk, ///< first hard drive
    Bios, ///< stop in BIOS setup
};

/// "none", "pxe", "disk", "bios": dxctl's words. Views translate for display.
inline QString bootDeviceId(BootDevice device)
{
    switch (device) {
    case BootDevice::NoOverride:
        return QStringLiteral("none");
    case BootDevice::Pxe:
        return QStringLiteral("pxe");
    case BootDevice::Disk:
        return QStringLiteral("disk");
    case BootDevice::Bios:
        return QStringLiteral("bios");
    }
    return {};
}

/// The inverse of bootDeviceId(); nullopt for unknown words.
inline std::optional<BootDevice> bootDeviceFromId(const QString &id)
{
    for (BootDevice d :
        {BootDevice::NoOverride, BootDevice::Pxe, BootDevice::Disk, BootDevice::Bios}) {
        if (bootDeviceId(d) == id)
            return d;
    }
    return std::nullopt;
}

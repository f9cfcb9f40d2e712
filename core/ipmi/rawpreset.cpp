// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawpreset.h"

QList<quint8> RawPreset::qsfpToRj45Ports()
{
    QList<quint8> ports;
    for (quint8 port = 0x17; port <= 0x20; ++port)
        ports << port;
    return ports;
}

RawRequest RawPreset::qsfpToRj45Request(quint8 port)
{
    // Copied from the seed's ipmitool lines; only the fourth byte (the port) varies.
    static const quint8 tail[]
        = {0x00, 0x20, 0x30, 0xb0, 0x26, 0x00, 0x01, 0x01, 0x14, 0x00, 0x00, 0xc4};
    RawRequest request;
    request.netFn = 0x30;
    request.command = 0x06;
    request.data.append(char(0x40));
    request.data.append(char(port));
    for (quint8 byte : tail)
        request.data.append(char(byte));
    return request;
}

QList<RawPreset> RawPreset::all()
{
    QList<RawPreset> presets;

    RawPreset deviceId;
    deviceId.id = QStringLiteral("device-id");
    deviceId.name = tr("Get Device ID");
    deviceId.description = tr("App 0x06, command 0x01: device and firmware revision, IPMI "
                              "version, manufacturer and product.");
    deviceId.requests << RawRequest {0, 0x06, 0x01, {}};
    presets << deviceId;

    RawPreset chassisStatus;
    chassisStatus.id = QStringLiteral("chassis-status");
    chassisStatus.name = tr("Get Chassis Status");
    chassisStatus.description = tr("Chassis 0x00, command 0x01: power state, last power "
                                   "event, miscellaneous chassis state.");
    chassisStatus.requests << RawRequest {0, 0x00, 0x01, {}};
    presets << chassisStatus;

    RawPreset rj45;
    rj45.id = QStringLiteral("qsfp-to-rj45");
    rj45.name = tr("Switch QSFP Uplinks to RJ45 (CMM)");
    rj45.description = tr("The seed's CMM sequence: OEM 0x30, command 0x06, one request per "
                          "port 0x17 to 0x20.");
    rj45.target = Target::Cmm;
    for (quint8 port : qsfpToRj45Ports())
        rj45.requests << qsfpToRj45Request(port);
    presets << rj45;

    return presets;
}

RawPreset RawPreset::byId(const QString &id)
{
    const QList<RawPreset> presets = all();
    for (const RawPreset &preset : presets) {
        if (preset.id == id)
            return preset;
    }
    return {};
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// A named sequence of raw IPMI requests the raw-command dialog offers, and
/// where it is sent: a server module's BMC or the enclosure's CMM.
struct RawPreset
{
    Q_DECLARE_TR_FUNCTIONS(RawPreset)

public:
    enum class Target {
        Bmc, ///< a slot's BMC
        Cmm, ///< the enclosure's chassis management module
    };

    QString id; ///< stable: "device-id", "chassis-status", "qsfp-to-rj45"
    QString name; ///< translated, for the preset list
    QString description; ///< translated, one sentence
    Target target = Target::Bmc;
    QList<RawRequest> requests; ///< sent in this order, one after the other

    /// Every preset, in the order the dialog lists them.
    static QList<RawPreset> all();
    /// The preset with @p id; an empty one (no requests) when there is none.
    static RawPreset byId(const QString &id);

    /// The seed's appendix a, "change QSFP to RJ45": one OEM request to the CMM per
    /// uplink port 0x17…0x20 (ipmitool `raw 0x30 0x06 0x40 PORT 0x00 0x20 0x30 0xb0 0x26
    /// 0x00 0x01 0x01 0x14 0x00 0x00 0xc4`).
    static QList<quint8> qsfpToRj45Ports();
    static RawRequest qsfpToRj45Request(quint8 port);
};

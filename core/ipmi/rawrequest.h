// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

/// One IPMI request given as bytes: network function, command, data (what
/// `ipmi-raw` takes, and the seed's CMM sequences are written in).
struct RawRequest
{
    quint8 lun = 0;
    quint8 netFn = 0; ///< request netfn, e.g. 0x06 (App), 0x30 (OEM)
    quint8 command = 0;
    QByteArray data;

    friend bool operator==(const RawRequest &, const RawRequest &) = default;
};

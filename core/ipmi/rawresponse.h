// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

/// The BMC's answer to a RawRequest. A non-zero completion code is an answer,
/// not an IpmiError: the caller asked for bytes and gets them with their meaning.
struct RawResponse
{
    quint8 command = 0; ///< echoed by the BMC
    quint8 completionCode = 0;
    QString completionText; ///< the completion code in words ("Command Completed Normally")
    QByteArray data; ///< the bytes after the completion code

    bool completedNormally() const { return completionCode == 0; }

    friend bool operator==(const RawResponse &, const RawResponse &) = default;
};

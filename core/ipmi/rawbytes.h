// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawrequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/// Reads and writes raw IPMI requests as the operator types them and the seed
/// prints them (`0x30 0x06 0x40 0x17 …`, ipmitool's form).
///
/// A byte is one or two hex digits, with or without `0x` (`0x06`, `06`, `6`);
/// bytes are separated by spaces or commas. Errors name the field and the byte
/// ("data byte 3: \"0x4g\" is not a hexadecimal byte (00 to ff)").
class RawBytes
{
    Q_DECLARE_TR_FUNCTIONS(RawBytes)

public:
    struct Bytes
    {
        std::optional<QByteArray> bytes;
        QString error;
        bool ok() const { return bytes.has_value(); }
    };
    struct Request
    {
        std::optional<RawRequest> request;
        QString error;
        bool ok() const { return request.has_value(); }
    };

    /// One byte: nullopt when @p text is not 1-2 hex digits (optionally after `0x`).
    static std::optional<quint8> parseByte(const QString &text);
    /// A list of bytes; @p field names it in the error ("data").
    static Bytes parse(const QString &text, const QString &field);
    /// A request from its three fields: netfn (an even request netfn, 0x00-0x3e),
    /// command and data (may be empty).
    static Request parseRequest(const QString &netFn, const QString &command, const QString &data);

    /// "0x30 0x06 0x40": lower-case, 0x-prefixed, as the seed writes them.
    static QString format(const QByteArray &bytes);
    /// The whole request: netfn, command, then the data.
    static QString format(const RawRequest &request);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawbytes.h"

#include <QRegularExpression>
#include <QStringList>

std::optional<quint8> RawBytes::parseByte(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        digits = digits.mid(2);
    if (digits.isEmpty() || digits.size() > 2)
        return std::nullopt;
    bool ok = false;
    const uint value = digits.toUInt(&ok, 16);
    if (!ok || value > 0xff)
        return std::nullopt;
    return quint8(value);
}

RawBytes::Bytes RawBytes::parse(const QString &text, const QString &field)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    QByteArray bytes;
    bytes.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const std::optional<quint8> byte = parseByte(tokens.at(i));
        if (!byte) {
            //: %1 names the field ("data"), %2 the byte's position (1-based), %3 what was typed
            return {std::nullopt,
                tr("%1 byte %2: \"%3\" is not a hexadecimal byte (00 to ff)")
                    .arg(field, QString::number(i + 1), tokens.at(i))};
        }
        bytes.append(char(*byte));
    }
    return {bytes, {}};
}

RawBytes::Request RawBytes::parseRequest(
    const QString &netFn, const QString &command, const QString &data)
{
    const QString netFnText = netFn.trimmed();
    const QString commandText = command.trimmed();
    if (netFnText.isEmpty())
        return {std::nullopt, tr("NetFn: missing (e.g. 0x06 for App, 0x30 for OEM)")};
    const std::optional<quint8> fn = parseByte(netFnText);
    if (!fn)
        return {
            std::nullopt, tr("NetFn: \"%1\" is not a hexadecimal byte (00 to ff)").arg(netFnText)};
    if (*fn > 0x3f)
        return {std::nullopt,
            tr("NetFn: 0x%1 is out of range (network functions are 0x00 to 0x3e)")
                .arg(*fn, 2, 16, QLatin1Char('0'))};
    if (*fn & 1)
        return {std::nullopt,
            tr("NetFn: 0x%1 is a response network function; requests use the even one (0x%2)")
                .arg(*fn, 2, 16, QLatin1Char('0'))
                .arg(*fn & ~1, 2, 16, QLatin1Char('0'))};
    if (commandText.isEmpty())
        return {std::nullopt, tr("Command: missing (e.g. 0x01)")};
    const std::optional<quint8> cmd = parseByte(commandText);
    if (!cmd)
        return {std::nullopt,
            tr("Command: \"%1\" is not a hexadecimal byte (00 to ff)").arg(commandText)};
    const Bytes bytes = parse(data, tr("Data"));
    if (!bytes.ok())
        return {std::nullopt, bytes.error};
    RawRequest request;
    request.netFn = *fn;
    request.command = *cmd;
    request.data = *bytes.bytes;
    return {request, {}};
}

QString RawBytes::format(const QByteArray &bytes)
{
    QStringList parts;
    parts.reserve(bytes.size());
    for (char byte : bytes)
        parts << QStringLiteral("0x%1").arg(quint8(byte), 2, 16, QLatin1Char('0'));
    return parts.join(QLatin1Char(' '));
}

QString RawBytes::format(const RawRequest &request)
{
    QByteArray bytes;
    bytes.append(char(request.netFn));
    bytes.append(char(request.command));
    bytes.append(request.data);
    return format(bytes);
}

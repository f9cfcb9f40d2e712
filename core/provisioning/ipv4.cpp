// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipv4.h"

#include <QStringList>

std::optional<std::uint32_t> Ipv4::parse(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    std::uint32_t value = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.startsWith(u'0')))
            return std::nullopt;
        int octet = 0;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
            octet = octet * 10 + (c.unicode() - u'0');
        }
        if (octet > 255)
            return std::nullopt;
        value = (value << 8) | std::uint32_t(octet);
    }
    return value;
}

QString Ipv4::toString(std::uint32_t a)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg((a >> 24) & 0xFF)
        .arg((a >> 16) & 0xFF)
        .arg((a >> 8) & 0xFF)
        .arg(a & 0xFF);
}

int Ipv4::prefixLength(std::uint32_t mask)
{
    int length = 0;
    while (length < 32 && (mask & (0x8000'0000u >> length)))
        ++length;
    return maskFromPrefix(length) == mask ? length : -1;
}

std::uint32_t Ipv4::maskFromPrefix(int prefixLength)
{
    if (prefixLength <= 0)
        return 0;
    if (prefixLength >= 32)
        return 0xFFFF'FFFFu;
    return ~((1u << (32 - prefixLength)) - 1u);
}

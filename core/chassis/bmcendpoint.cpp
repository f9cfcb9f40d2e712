// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmcendpoint.h"

#include <QCoreApplication>

#include <arpa/inet.h>

namespace {
// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BmcEndpoint)
};

bool isValidHostName(const QString &host)
{
    // RFC 1123 labels (1-63 letters, digits or '-', not starting or ending with
    // '-'), dot separated; an IPv4 literal matches too.
    if (host.isEmpty() || host.size() > 253)
        return false;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i == host.size() || host.at(i) == u'.') {
            const qsizetype length = i - labelStart;
            if (length < 1 || length > 63 || host.at(labelStart) == u'-' || host.at(i - 1) == u'-')
                return false;
            labelStart = i + 1;
            continue;
        }
        const char16_t c = host.at(i).unicode();
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'-';
        if (!allowed)
            return false;
    }
    return true;
}

/// An IPv6 literal, optionally with a zone ("fe80::1%eth0"), as getaddrinfo takes
/// it. inet_pton rather than QHostAddress keeps QtNetwork out of dxctl, whose
/// start-up time counts against every command.
bool isIpv6Address(const QString &host)
{
    const qsizetype percent = host.indexOf(u'%');
    const QString address = percent < 0 ? host : host.left(percent);
    if (percent >= 0) {
        // An interface name or number: letters, digits, '.', '_' and '-'.
        const QString zone = host.mid(percent + 1);
        if (zone.isEmpty())
            return false;
        for (const QChar c : zone) {
            if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-'))
                return false;
        }
    }
    in6_addr parsed {};
    return inet_pton(AF_INET6, address.toLatin1().constData(), &parsed) == 1;
}
} // namespace

std::optional<BmcEndpoint> BmcEndpoint::parse(const QString &input, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<BmcEndpoint> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(Tr::tr("empty BMC address"));

    BmcEndpoint ep;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return fail(Tr::tr("\"%1\": missing ']' after the IPv6 address").arg(text));
        ep.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return fail(Tr::tr("\"%1\": expected ':port' after ']'").arg(text));
            portText = rest.mid(1);
        }
        if (!isIpv6Address(ep.host))
            return fail(Tr::tr("\"%1\" is not an IPv6 address").arg(ep.host));
    } else {
        const qsizetype colons = text.count(u':');
        if (colons > 1) {
            // A bare IPv6 literal, no port.
            if (!isIpv6Address(text))
                return fail(Tr::tr("\"%1\" is not a host name or address").arg(text));
            ep.host = text;
        } else if (colons == 1) {
            const qsizetype colon = text.indexOf(u':');
            ep.host = text.left(colon);
            portText = text.mid(colon + 1);
        } else {
            ep.host = text;
        }
        if (colons <= 1 && !isValidHostName(ep.host))
            return fail(Tr::tr("\"%1\" is not a valid host name or IPv4 address").arg(ep.host));
    }

    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return fail(Tr::tr("\"%1\" is not a UDP port (1-65535)").arg(portText));
        ep.port = quint16(port);
    }
    return ep;
}

QString BmcEndpoint::toString() const
{
    const bool v6 = host.contains(u':');
    if (port == DefaultPort)
        return host;
    return (v6 ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

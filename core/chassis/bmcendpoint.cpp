// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmcendpoint.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace {
// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BmcEndpoint)
};

bool isValidHostName(const QString &host)
{
    // RFC 1123 labels, dot separated; or an IPv4 literal (which matches too).
    static const QRegularExpression label(QStringLiteral("^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$"));
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(u'.');
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
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
        QHostAddress addr;
        if (!addr.setAddress(ep.host) || addr.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(Tr::tr("\"%1\" is not an IPv6 address").arg(ep.host));
    } else {
        const qsizetype colons = text.count(u':');
        if (colons > 1) {
            // A bare IPv6 literal, no port.
            QHostAddress addr;
            if (!addr.setAddress(text))
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

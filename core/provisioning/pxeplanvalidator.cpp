// SPDX-License-Identifier: GPL-3.0-or-later
#include "pxeplanvalidator.h"

#include "ipv4.h"
#include "pxeplan.h"
#include "chassis/macaddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {
// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PxePlanValidator)
};

// Characters that would break out of a quoted or whitespace-separated value in
// dhcpd.conf, inetd.conf, exports or loader.conf.
bool hasUnsafeCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.isSpace() || c == u'"' || c == u'\'' || c == u';' || c == u'\\' || c == u'#'
            || c == u'{' || c == u'}' || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

class Checker
{
public:
    explicit Checker(const PxePlan &plan)
        : m_plan(plan)
    { }

    QList<PxeProblem> run()
    {
        checkNetwork();
        checkBoot();
        checkConsole();
        checkHosts();
        return m_problems;
    }

private:
    void add(const QString &field, const QString &message) { m_problems.append({field, message}); }

    // Parses an address field; reports it when malformed (or empty).
    std::optional<std::uint32_t> address(const QString &field, const QString &text)
    {
        if (text.trimmed().isEmpty()) {
            add(field, Tr::tr("an IPv4 address is required"));
            return std::nullopt;
        }
        const auto a = Ipv4::parse(text);
        if (!a)
            add(field,
                Tr::tr("\"%1\" is not an IPv4 address (four numbers 0-255 separated by dots)")
                    .arg(text));
        return a;
    }

    bool inSubnet(std::uint32_t a) const { return m_net && m_mask && (a & *m_mask) == *m_net; }

    QString subnetText() const { return m_plan.subnetCidr(); }

    // Reports an address outside the subnet; only when the subnet itself is valid.
    void requireInSubnet(const QString &field, std::optional<std::uint32_t> a, const QString &what)
    {
        if (a && m_net && m_mask && !inSubnet(*a))
            add(field,
                Tr::tr("%1 %2 is outside the subnet %3")
                    .arg(what, Ipv4::toString(*a), subnetText()));
    }

    void checkNetwork()
    {
        const PxePlan &p = m_plan;
        if (!PxePlanValidator::isValidHostName(p.domainName))
            add(QStringLiteral("domainName"),
                Tr::tr("\"%1\" is not a valid domain name (RFC 1123)").arg(p.domainName));
        for (int i = 0; i < p.dnsServers.size(); ++i)
            address(QStringLiteral("dnsServers[%1]").arg(i), p.dnsServers.at(i));
        if (p.defaultLeaseTime <= 0)
            add(QStringLiteral("defaultLeaseTime"),
                Tr::tr("the default lease time must be a positive number of seconds, not %1")
                    .arg(p.defaultLeaseTime));
        if (p.maxLeaseTime <= 0)
            add(QStringLiteral("maxLeaseTime"),
                Tr::tr("the maximum lease time must be a positive number of seconds, not %1")
                    .arg(p.maxLeaseTime));
        else if (p.defaultLeaseTime > p.maxLeaseTime)
            add(QStringLiteral("maxLeaseTime"),
                Tr::tr("the maximum lease time (%1 s) is shorter than the default lease time "
                       "(%2 s)")
                    .arg(p.maxLeaseTime)
                    .arg(p.defaultLeaseTime));

        const auto net = address(QStringLiteral("subnet"), p.subnet);
        const auto mask = address(QStringLiteral("netmask"), p.netmask);
        if (mask && Ipv4::prefixLength(*mask) < 0) {
            add(QStringLiteral("netmask"),
                Tr::tr("%1 is not a netmask: its one bits must be contiguous (e.g. "
                       "255.255.255.0)")
                    .arg(p.netmask));
        } else if (net && mask) {
            if ((*net & *mask) != *net)
                add(QStringLiteral("subnet"),
                    Tr::tr("%1 is not the network address of a /%2 subnet; did you mean %3?")
                        .arg(p.subnet)
                        .arg(Ipv4::prefixLength(*mask))
                        .arg(Ipv4::toString(*net & *mask)));
            else {
                m_net = net;
                m_mask = mask;
            }
        }

        const auto start = address(QStringLiteral("rangeStart"), p.rangeStart);
        const auto end = address(QStringLiteral("rangeEnd"), p.rangeEnd);
        requireInSubnet(QStringLiteral("rangeStart"), start, Tr::tr("the range start"));
        requireInSubnet(QStringLiteral("rangeEnd"), end, Tr::tr("the range end"));
        if (start && end && *start > *end)
            add(QStringLiteral("rangeEnd"),
                Tr::tr("the range ends (%1) before it starts (%2)").arg(p.rangeEnd, p.rangeStart));
        else if (start && end && inSubnet(*start) && inSubnet(*end)) {
            m_rangeStart = start;
            m_rangeEnd = end;
            reserved(QStringLiteral("rangeStart"), *start, Tr::tr("the range start"));
            reserved(QStringLiteral("rangeEnd"), *end, Tr::tr("the range end"));
        }

        m_router = address(QStringLiteral("router"), p.router);
        requireInSubnet(QStringLiteral("router"), m_router, Tr::tr("the router"));
        const auto broadcast = address(QStringLiteral("broadcast"), p.broadcast);
        if (broadcast && m_net && m_mask && *broadcast != (*m_net | ~*m_mask))
            add(QStringLiteral("broadcast"),
                Tr::tr("%1 is not the broadcast address of %2 (that is %3)")
                    .arg(p.broadcast, subnetText(), Ipv4::toString(*m_net | ~*m_mask)));
    }

    // The network and broadcast addresses cannot be handed to a host.
    void reserved(const QString &field, std::uint32_t a, const QString &what)
    {
        if (!m_net || !m_mask)
            return;
        if (a == *m_net)
            add(field,
                Tr::tr("%1 %2 is the subnet's network address").arg(what, Ipv4::toString(a)));
        else if (a == (*m_net | ~*m_mask))
            add(field,
                Tr::tr("%1 %2 is the subnet's broadcast address").arg(what, Ipv4::toString(a)));
    }

    void path(const QString &field, const QString &text, const QString &what)
    {
        if (!text.startsWith(u'/'))
            add(field,
                Tr::tr("%1 must be an absolute path (starting with /), not \"%2\"")
                    .arg(what, text));
        else if (hasUnsafeCharacters(text))
            add(field,
                Tr::tr("%1 \"%2\" contains blanks, quotes or other characters the "
                       "configuration files cannot hold")
                    .arg(what, text));
    }

    void word(const QString &field, const QString &text, const QString &what)
    {
        if (text.isEmpty())
            add(field, Tr::tr("%1 is required").arg(what));
        else if (hasUnsafeCharacters(text))
            add(field,
                Tr::tr("%1 \"%2\" contains blanks, quotes or other characters the "
                       "configuration files cannot hold")
                    .arg(what, text));
    }

    void checkBoot()
    {
        const PxePlan &p = m_plan;
        m_nextServer = address(QStringLiteral("nextServer"), p.nextServer);
        requireInSubnet(QStringLiteral("nextServer"), m_nextServer, Tr::tr("the next-server"));
        word(QStringLiteral("bootFileName"), p.bootFileName, Tr::tr("the boot file name"));
        path(QStringLiteral("tftpRoot"), p.tftpRoot, Tr::tr("the TFTP root"));
        if (!Ipv4::parse(p.nfsServer) && !PxePlanValidator::isValidHostName(p.nfsServer))
            add(QStringLiteral("nfsServer"),
                Tr::tr("\"%1\" is neither an IPv4 address nor a host name").arg(p.nfsServer));
        path(QStringLiteral("rootPath"), p.rootPath, Tr::tr("the NFS root path"));
        word(QStringLiteral("freebsdRelease"), p.freebsdRelease, Tr::tr("the FreeBSD release"));
        word(QStringLiteral("installImage"), p.installImage, Tr::tr("the install image"));
    }

    void checkConsole()
    {
        const PxePlan &p = m_plan;
        word(QStringLiteral("console"), p.console, Tr::tr("the console"));
        static const QRegularExpression port(QStringLiteral("^(0x[0-9A-Fa-f]{1,4}|[0-9]{1,5})$"));
        if (!port.match(p.comconsolePort).hasMatch())
            add(QStringLiteral("comconsolePort"),
                Tr::tr("\"%1\" is not an I/O port number (decimal like 1000 or hex like "
                       "0x3e8)")
                    .arg(p.comconsolePort));
        if (p.comconsoleSpeed <= 0)
            add(QStringLiteral("comconsoleSpeed"),
                Tr::tr("the console speed must be a positive number of bits per second, not %1")
                    .arg(p.comconsoleSpeed));
        static const QRegularExpression tty(QStringLiteral("^[A-Za-z0-9.]+$"));
        if (!tty.match(p.consoleTty).hasMatch())
            add(QStringLiteral("consoleTty"),
                Tr::tr("\"%1\" is not a tty name (e.g. ttyu2)").arg(p.consoleTty));
        word(QStringLiteral("consoleTerminalType"), p.consoleTerminalType,
            Tr::tr("the terminal type"));
    }

    void checkHosts()
    {
        const PxePlan &p = m_plan;
        if (p.includeCmm) {
            const auto a = address(QStringLiteral("cmmStart"), p.cmmStart);
            requireInSubnet(QStringLiteral("cmmStart"), a, Tr::tr("the CMM start address"));
        }
        if (p.includeBmcs) {
            const auto a = address(QStringLiteral("bmcStart"), p.bmcStart);
            requireInSubnet(QStringLiteral("bmcStart"), a, Tr::tr("the BMC start address"));
        }
        if (!p.nics.isEmpty()) {
            const auto a = address(QStringLiteral("nicStart"), p.nicStart);
            requireInSubnet(QStringLiteral("nicStart"), a, Tr::tr("the NIC start address"));
        }
        for (int nic : p.nics) {
            if (nic != 1 && nic != 2)
                add(QStringLiteral("nics"),
                    Tr::tr("a DX1000 server module has NIC1 and NIC2, not NIC%1").arg(nic));
        }

        QHash<QString, int> names;
        QHash<MacAddress, int> macs;
        QHash<std::uint32_t, int> addresses;
        for (int i = 0; i < p.hosts.size(); ++i) {
            const PxeHost &h = p.hosts.at(i);
            if (!h.included)
                continue;
            const QString field = QStringLiteral("hosts[%1]").arg(i);
            const QString who = h.name.isEmpty() ? field : h.name;

            if (!PxePlanValidator::isValidHostName(h.name))
                add(field + QStringLiteral(".name"),
                    Tr::tr("\"%1\" is not a valid host name (letters, digits and '-', not "
                           "starting or ending with '-', RFC 1123)")
                        .arg(h.name));
            else if (names.contains(h.name.toLower()))
                add(field + QStringLiteral(".name"),
                    Tr::tr("the host name %1 is also used by hosts[%2]")
                        .arg(h.name)
                        .arg(names.value(h.name.toLower())));
            else
                names.insert(h.name.toLower(), i);

            if (h.mac.trimmed().isEmpty()) {
                add(field + QStringLiteral(".mac"),
                    Tr::tr("%1: no MAC address; add it to the inventory, enter it, or exclude "
                           "the host")
                        .arg(who));
            } else {
                QString error;
                const auto mac = MacAddress::parse(h.mac, &error);
                if (!mac)
                    add(field + QStringLiteral(".mac"),
                        Tr::tr("%1: \"%2\" is not a MAC address: %3").arg(who, h.mac, error));
                else if (mac->isMulticast())
                    add(field + QStringLiteral(".mac"),
                        Tr::tr("%1: %2 is a multicast address, not a network card's")
                            .arg(who, mac->toString()));
                else if (macs.contains(*mac))
                    add(field + QStringLiteral(".mac"),
                        Tr::tr("%1: the MAC address %2 is also used by %3")
                            .arg(who, mac->toString(), p.hosts.at(macs.value(*mac)).name));
                else
                    macs.insert(*mac, i);
            }

            const QString addressField = field + QStringLiteral(".address");
            if (h.address.trimmed().isEmpty()) {
                add(addressField, Tr::tr("%1: a fixed address is required").arg(who));
                continue;
            }
            const auto a = Ipv4::parse(h.address);
            if (!a) {
                add(addressField, Tr::tr("%1: \"%2\" is not an IPv4 address").arg(who, h.address));
                continue;
            }
            if (m_net && m_mask && !inSubnet(*a)) {
                add(addressField,
                    Tr::tr("%1: %2 is outside the subnet %3").arg(who, h.address, subnetText()));
                continue;
            }
            reserved(addressField, *a, who + QStringLiteral(":"));
            if (m_rangeStart && m_rangeEnd && *a >= *m_rangeStart && *a <= *m_rangeEnd)
                add(addressField,
                    Tr::tr("%1: %2 is inside the dynamic range %3-%4; fixed addresses must lie "
                           "outside it")
                        .arg(who, h.address, p.rangeStart, p.rangeEnd));
            if (m_router && *a == *m_router)
                add(addressField, Tr::tr("%1: %2 is the router's address").arg(who, h.address));
            else if (m_nextServer && *a == *m_nextServer)
                add(addressField,
                    Tr::tr("%1: %2 is the next-server's address").arg(who, h.address));
            if (addresses.contains(*a))
                add(addressField,
                    Tr::tr("%1: the address %2 is also given to %3")
                        .arg(who, h.address, p.hosts.at(addresses.value(*a)).name));
            else
                addresses.insert(*a, i);
        }
    }

    const PxePlan &m_plan;
    QList<PxeProblem> m_problems;
    std::optional<std::uint32_t> m_net;
    std::optional<std::uint32_t> m_mask;
    std::optional<std::uint32_t> m_rangeStart;
    std::optional<std::uint32_t> m_rangeEnd;
    std::optional<std::uint32_t> m_router;
    std::optional<std::uint32_t> m_nextServer;
};
} // namespace

QList<PxeProblem> PxePlanValidator::validate(const PxePlan &plan)
{
    return Checker(plan).run();
}

bool PxePlanValidator::isValidHostName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*$"));
    return re.match(name).hasMatch();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmisettings.h"

QString IpmiSettings::privilegeName(Privilege p)
{
    switch (p) {
    case Privilege::User:
        return QStringLiteral("user");
    case Privilege::Operator:
        return QStringLiteral("operator");
    case Privilege::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<IpmiSettings::Privilege> IpmiSettings::privilegeFromName(const QString &name)
{
    for (Privilege p : {Privilege::User, Privilege::Operator, Privilege::Admin}) {
        if (privilegeName(p).compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool IpmiSettings::isKnownCipherSuite(int id)
{
    // The cipher suites FreeIPMI implements (see ipmipower(8), -I).
    static constexpr int known[] = {0, 1, 2, 3, 6, 7, 8, 11, 12, 15, 16, 17};
    for (int k : known) {
        if (k == id)
            return true;
    }
    return false;
}

const QStringList &IpmiSettings::knownWorkaroundFlags()
{
    // As documented for -W in ipmipower(8), FreeIPMI 1.6.
    static const QStringList flags = {
        QStringLiteral("authcap"),
        QStringLiteral("idzero"),
        QStringLiteral("unexpectedauth"),
        QStringLiteral("forcepermsg"),
        QStringLiteral("endianseq"),
        QStringLiteral("noauthcodecheck"),
        QStringLiteral("intel20"),
        QStringLiteral("supermicro20"),
        QStringLiteral("sun20"),
        QStringLiteral("opensesspriv"),
        QStringLiteral("integritycheckvalue"),
        QStringLiteral("nochecksumcheck"),
        QStringLiteral("ipmiping"),
    };
    return flags;
}

const QStringList &IpmiSettings::knownSolWorkaroundFlags()
{
    // As documented for -W in ipmiconsole(8), FreeIPMI 1.6.
    static const QStringList flags = {
        QStringLiteral("authcap"),
        QStringLiteral("intel20"),
        QStringLiteral("supermicro20"),
        QStringLiteral("sun20"),
        QStringLiteral("opensesspriv"),
        QStringLiteral("integritycheckvalue"),
        QStringLiteral("nochecksumcheck"),
        QStringLiteral("solpayloadsize"),
        QStringLiteral("solport"),
        QStringLiteral("solstatus"),
        QStringLiteral("solchannelsupport"),
        QStringLiteral("serialalertsdeferred"),
        QStringLiteral("solpacketseq"),
    };
    return flags;
}

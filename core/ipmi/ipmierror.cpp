// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmierror.h"

#include "ipmitarget.h"

#include <QCoreApplication>

namespace {
// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IpmiError)
};

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}
} // namespace

IpmiError IpmiError::make(Kind kind, const IpmiTarget &target, const QString &detail)
{
    const QString who = target.describe();
    QString message;
    switch (kind) {
    case Kind::Unreachable:
        message = Tr::tr("%1: no answer from the BMC within %2 s; check that it is powered, its "
                         "address and port, and the network")
                      .arg(who, seconds(target.settings.timeoutMs));
        break;
    case Kind::PasswordRejected:
        message = Tr::tr("%1: password rejected by the BMC").arg(who);
        break;
    case Kind::UserUnknown:
        message = Tr::tr("%1: the BMC does not know the user name \"%2\"")
                      .arg(who, target.settings.user);
        break;
    case Kind::PrivilegeTooLow:
        message = Tr::tr("%1: user \"%2\" may not use the %3 privilege level on this BMC; choose a "
                         "lower level or a user with more rights")
                      .arg(who, target.settings.user,
                          IpmiSettings::privilegeName(target.settings.privilege));
        break;
    case Kind::BmcBusy:
        message = Tr::tr("%1: the BMC is busy; try again shortly").arg(who);
        break;
    case Kind::Unsupported:
        message = Tr::tr("%1: not supported by the BMC (%2)").arg(who, detail);
        break;
    case Kind::InvalidSettings:
    case Kind::Other:
        message = Tr::tr("%1: %2").arg(who, detail);
        break;
    }
    return IpmiError {kind, message, detail};
}

QString IpmiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unreachable:
        return Tr::tr("unreachable");
    case Kind::PasswordRejected:
        return Tr::tr("password rejected");
    case Kind::UserUnknown:
        return Tr::tr("unknown user");
    case Kind::PrivilegeTooLow:
        return Tr::tr("privilege too low");
    case Kind::BmcBusy:
        return Tr::tr("BMC busy");
    case Kind::Unsupported:
        return Tr::tr("unsupported");
    case Kind::InvalidSettings:
        return Tr::tr("invalid settings");
    case Kind::Other:
        break;
    }
    return Tr::tr("error");
}

QString IpmiError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::PasswordRejected:
        return QStringLiteral("password-rejected");
    case Kind::UserUnknown:
        return QStringLiteral("user-unknown");
    case Kind::PrivilegeTooLow:
        return QStringLiteral("privilege-too-low");
    case Kind::BmcBusy:
        return QStringLiteral("bmc-busy");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::InvalidSettings:
        return QStringLiteral("invalid-settings");
    case Kind::Other:
        break;
    }
    return QStringLiteral("error");
}

IpmiError IpmiError::hostNameUnresolved(const IpmiTarget &target)
{
    return IpmiError {Kind::Unreachable,
        Tr::tr("%1: the BMC's host name does not resolve; check the inventory and the name service")
            .arg(target.describe()),
        {}};
}

IpmiError IpmiError::cipherSuiteUnavailable(const IpmiTarget &target)
{
    return make(Kind::Unsupported, target,
        Tr::tr("cipher suite %1; choose another in the enclosure's IPMI settings")
            .arg(target.settings.cipherSuite));
}

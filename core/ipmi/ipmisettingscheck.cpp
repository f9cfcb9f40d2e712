// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmisettingscheck.h"

#include "chassis/ipmisettings.h"

std::optional<QString> IpmiSettingsCheck::refusal(
    const IpmiSettings &settings, bool allowCipherSuite0)
{
    if (settings.cipherSuite == 0 && !allowCipherSuite0) {
        return tr("cipher suite 0 sends commands without authentication or encryption; choose "
                  "another (3 is the default) or allow cipher suite 0 explicitly");
    }
    return std::nullopt;
}

QStringList IpmiSettingsCheck::warnings(
    const IpmiSettings &settings, const QByteArray &password, bool allowCipherSuite0)
{
    QStringList result;
    if (settings.cipherSuite == 0 && allowCipherSuite0)
        result << tr("cipher suite 0 is in use: the BMC accepts any password and nothing is "
                     "encrypted");
    if (isFactoryDefault(settings.user, password))
        result << tr("user \"%1\" still has its factory-default password; change it on the "
                     "BMCs")
                      .arg(settings.user);
    return result;
}

bool IpmiSettingsCheck::isFactoryDefault(const QString &user, const QByteArray &password)
{
    return (user == QLatin1String("Administrator") && password == "Administrator")
        || (user == QLatin1String("admin") && password == "admin");
}

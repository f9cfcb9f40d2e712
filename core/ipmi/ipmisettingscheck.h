// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

struct IpmiSettings;

/// Checks on IPMI settings and credentials made before anything is sent.
///
/// Cipher suite 0 authenticates nothing (any password is accepted and nothing is
/// encrypted): it is refused unless the operator explicitly allows it. The seed's
/// factory-default credentials are allowed but warned about.
class IpmiSettingsCheck
{
    Q_DECLARE_TR_FUNCTIONS(IpmiSettingsCheck)

public:
    /// Why the settings must not be used, or nullopt when they may.
    static std::optional<QString> refusal(const IpmiSettings &settings, bool allowCipherSuite0);
    /// Things the operator should hear about, though the settings may be used.
    static QStringList warnings(
        const IpmiSettings &settings, const QByteArray &password, bool allowCipherSuite0);
    /// `Administrator`/`Administrator` or `admin`/`admin`, the DX1000's factory defaults.
    static bool isFactoryDefault(const QString &user, const QByteArray &password);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// How to talk IPMI 2.0 / RMCP+ to a set of BMCs. Set per enclosure in the
/// inventory and overridable per slot. Never holds a password.
struct IpmiSettings
{
    enum class Privilege { User, Operator, Admin };

    QString user = QStringLiteral("Administrator");
    Privilege privilege = Privilege::Operator;
    int cipherSuite = 3;
    /// FreeIPMI workaround flags for IPMI sessions, e.g. `opensesspriv`.
    QStringList workaroundFlags;
    /// FreeIPMI workaround flags for SOL sessions (libipmiconsole).
    QStringList solWorkaroundFlags;
    int timeoutMs = 5000;
    int retransmissionMs = 500;

    static QString privilegeName(Privilege p);
    static std::optional<Privilege> privilegeFromName(const QString &name);

    /// Cipher suite IDs FreeIPMI can speak (IPMI 2.0 table 22-20).
    static bool isKnownCipherSuite(int id);
    /// Workaround flags FreeIPMI knows for IPMI 2.0 sessions.
    static const QStringList &knownWorkaroundFlags();
    /// Workaround flags libipmiconsole knows for SOL sessions.
    static const QStringList &knownSolWorkaroundFlags();

    friend bool operator==(const IpmiSettings &, const IpmiSettings &) = default;
};

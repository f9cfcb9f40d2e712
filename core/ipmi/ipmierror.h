// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

struct IpmiTarget;

/// Why an IPMI request failed, as a value an operator can act on.
///
/// `message` is the complete sentence shown in the GUI, the operations log and
/// dxctl's output ("slot 23 (127.0.1.23:1623): password rejected by the BMC");
/// `detail` keeps the library's own words for the log.
struct IpmiError
{
    enum class Kind {
        Unreachable, ///< no answer within the timeout, or the host does not resolve
        PasswordRejected, ///< wrong password (or K_g)
        UserUnknown, ///< the BMC does not know the user name
        PrivilegeTooLow, ///< the user may not have the requested privilege level
        BmcBusy, ///< the BMC asks to retry later
        Unsupported, ///< the BMC does not implement the command, cipher suite, ...
        InvalidSettings, ///< our settings cannot be sent (unknown workaround flag, ...)
        Other,
    };

    Kind kind = Kind::Other;
    QString message;
    QString detail;

    /// The standard message for @p kind about @p target; @p detail is appended
    /// where the kind needs it (Unsupported, InvalidSettings, Other).
    static IpmiError make(Kind kind, const IpmiTarget &target, const QString &detail = {});
    /// The BMC's host name does not resolve (Unreachable), for IPMI and SOL alike.
    static IpmiError hostNameUnresolved(const IpmiTarget &target);
    /// The BMC does not offer the target's cipher suite (Unsupported).
    static IpmiError cipherSuiteUnavailable(const IpmiTarget &target);

    /// A short, translated name of the kind for columns and filters ("password rejected").
    static QString kindName(Kind kind);
    /// A stable, untranslated id for JSON output and tests ("password-rejected").
    static QString kindId(Kind kind);
};

Q_DECLARE_METATYPE(IpmiError)

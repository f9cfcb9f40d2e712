// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolesession.h"

#include "ipmi/ipmierror.h"
#include "ipmi/ipmitarget.h"

#include <memory>
#include <optional>

class QHostInfo;

/// Serial-over-LAN to a module's BMC, on libipmiconsole.
///
/// The only place in dxchassis that includes ipmiconsole.h. The library's engine
/// threads (started once per process, a few threads for any number of sessions)
/// do the IPMI work; this object only submits a context without blocking and then
/// watches the context's file descriptor with a QSocketNotifier: the first byte
/// (a NUL the engine writes on success) means Established, end of file means the
/// session failed or broke and the context's error number says why.
///
/// Uses the target's user, password, privilege, cipher suite, timeouts and its
/// `solWorkaroundFlags` (e.g. `opensesspriv,solchannelsupport,solpayloadsize`).
/// Another session holding the BMC's SOL is taken over (libipmiconsole's default)
/// unless setInUsePolicy(Refuse). Keepalives go out every third of the session
/// timeout, so an idle console stays up and a dead BMC is noticed within the timeout.
class SolSession final : public ConsoleSession
{
    Q_OBJECT

public:
    explicit SolSession(IpmiTarget target, QObject *parent = nullptr);
    ~SolSession() override;

    QString description() const override;
    void open() override;
    void close() override;
    bool write(const QByteArray &data) override;
    bool sendBreak() override;

    /// What to do when another client holds the module's console.
    enum class InUsePolicy {
        TakeOver, ///< deactivate the other session and take the console (default)
        Refuse, ///< leave it; the session is Lost with "another client holds ..."
    };
    InUsePolicy inUsePolicy() const { return m_inUsePolicy; }
    /// Applies from the next open() / reconnect().
    void setInUsePolicy(InUsePolicy policy) { m_inUsePolicy = policy; }

    const IpmiTarget &target() const { return m_target; }
    /// Why the session is Lost, as an IpmiError (kind and message); nullopt otherwise.
    /// Lets a console window offer the right action (ask for the password again, ...).
    std::optional<IpmiError> error() const { return m_error; }

    /// The libipmiconsole version dxchassis was built against ("1.2.6").
    static QString libraryVersion();

private:
    struct Connection; // the libipmiconsole context, its fd and notifiers

    void submit(const QString &host);
    void hostLookedUp(const QHostInfo &info);
    void readAvailable();
    void flushWrites();
    void fail(const IpmiError &error);
    void failFromContext();

    IpmiTarget m_target;
    std::unique_ptr<Connection> m_connection;
    std::optional<IpmiError> m_error;
    QByteArray m_pending; ///< typed bytes the socket did not take yet
    int m_lookupId = -1; ///< running QHostInfo lookup, or -1
    bool m_sawFirstByte = false;
    InUsePolicy m_inUsePolicy = InUsePolicy::TakeOver;
};

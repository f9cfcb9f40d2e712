// SPDX-License-Identifier: GPL-3.0-or-later
#include "solsession.h"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <type_traits>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <ipmiconsole.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QSocketNotifier>

namespace {
// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SolSession)
};

QString systemError(int errnum)
{
    return QString::fromLocal8Bit(std::strerror(errnum));
}

// A few engine threads serve any number of sessions (each polls many contexts);
// 46 sessions to the lab connect in well under a second with four.
constexpr unsigned int EngineThreads = 4;

/// Starts libipmiconsole's engine once per process and stops it at exit (closing
/// remaining SOL sessions cleanly). Returns an error message, or an empty string.
QString startEngine()
{
    static std::once_flag once;
    static QString error;
    std::call_once(once, [] {
        if (ipmiconsole_engine_init(EngineThreads, 0) < 0) {
            error
                = Tr::tr("the Serial-over-LAN engine could not start: %1").arg(systemError(errno));
            return;
        }
        std::atexit([] { ipmiconsole_engine_teardown(1); });
    });
    return error;
}

struct ContextDeleter
{
    // Does not close the fd (that is ours); a context still being torn down by the
    // engine goes to libipmiconsole's garbage collector.
    void operator()(ipmiconsole_ctx_t ctx) const noexcept { ipmiconsole_ctx_destroy(ctx); }
};
using Context = std::unique_ptr<std::remove_pointer_t<ipmiconsole_ctx_t>, ContextDeleter>;

// The -W names FreeIPMI documents for ipmiconsole(8).
struct WorkaroundFlag
{
    const char *name;
    unsigned int flag;
};
constexpr WorkaroundFlag WorkaroundFlags[] = {
    {"authcap", IPMICONSOLE_WORKAROUND_AUTHENTICATION_CAPABILITIES},
    {"intel20", IPMICONSOLE_WORKAROUND_INTEL_2_0_SESSION},
    {"supermicro20", IPMICONSOLE_WORKAROUND_SUPERMICRO_2_0_SESSION},
    {"sun20", IPMICONSOLE_WORKAROUND_SUN_2_0_SESSION},
    {"opensesspriv", IPMICONSOLE_WORKAROUND_OPEN_SESSION_PRIVILEGE},
    {"integritycheckvalue", IPMICONSOLE_WORKAROUND_NON_EMPTY_INTEGRITY_CHECK_VALUE},
    {"nochecksumcheck", IPMICONSOLE_WORKAROUND_NO_CHECKSUM_CHECK},
    {"serialalertsdeferred", IPMICONSOLE_WORKAROUND_SERIAL_ALERTS_DEFERRED},
    {"solpacketseq", IPMICONSOLE_WORKAROUND_INCREMENT_SOL_PACKET_SEQUENCE},
    {"solpayloadsize", IPMICONSOLE_WORKAROUND_IGNORE_SOL_PAYLOAD_SIZE},
    {"solport", IPMICONSOLE_WORKAROUND_IGNORE_SOL_PORT},
    {"solstatus", IPMICONSOLE_WORKAROUND_SKIP_SOL_ACTIVATION_STATUS},
    {"solchannelsupport", IPMICONSOLE_WORKAROUND_SKIP_CHANNEL_PAYLOAD_SUPPORT},
};

/// The names' bits; on an unknown name returns false and sets @p unknown.
bool workaroundBits(const QStringList &names, unsigned int *bits, QString *unknown)
{
    *bits = 0;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        bool found = false;
        for (const WorkaroundFlag &f : WorkaroundFlags) {
            if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0) {
                *bits |= f.flag;
                found = true;
                break;
            }
        }
        if (!found) {
            *unknown = name;
            return false;
        }
    }
    return true;
}

QStringList workaroundNames()
{
    QStringList names;
    for (const WorkaroundFlag &f : WorkaroundFlags)
        names << QString::fromLatin1(f.name);
    return names;
}

int privilegeLevel(IpmiSettings::Privilege privilege)
{
    switch (privilege) {
    case IpmiSettings::Privilege::User:
        return IPMICONSOLE_PRIVILEGE_USER;
    case IpmiSettings::Privilege::Operator:
        return IPMICONSOLE_PRIVILEGE_OPERATOR;
    case IpmiSettings::Privilege::Admin:
        return IPMICONSOLE_PRIVILEGE_ADMIN;
    }
    return IPMICONSOLE_PRIVILEGE_ADMIN;
}

/// A libipmiconsole error number as an IpmiError about @p target.
IpmiError consoleError(int errnum, const IpmiTarget &target)
{
    using Kind = IpmiError::Kind;
    const QString library = QString::fromLocal8Bit(ipmiconsole_ctx_strerror(errnum));
    IpmiError error;
    switch (errnum) {
    case IPMICONSOLE_ERR_CONNECTION_TIMEOUT:
    case IPMICONSOLE_ERR_SESSION_TIMEOUT:
    case IPMICONSOLE_ERR_EXCESS_RETRANSMISSIONS_SENT:
        error = IpmiError::make(Kind::Unreachable, target);
        break;
    case IPMICONSOLE_ERR_HOSTNAME_INVALID:
        error = IpmiError::hostNameUnresolved(target);
        break;
    case IPMICONSOLE_ERR_PASSWORD_INVALID:
    case IPMICONSOLE_ERR_K_G_INVALID:
        error = IpmiError::make(Kind::PasswordRejected, target);
        break;
    case IPMICONSOLE_ERR_USERNAME_INVALID:
        error = IpmiError::make(Kind::UserUnknown, target);
        break;
    case IPMICONSOLE_ERR_PRIVILEGE_LEVEL_INSUFFICIENT:
    case IPMICONSOLE_ERR_PRIVILEGE_LEVEL_CANNOT_BE_OBTAINED:
        error = IpmiError::make(Kind::PrivilegeTooLow, target);
        break;
    case IPMICONSOLE_ERR_BMC_BUSY:
        error = IpmiError::make(Kind::BmcBusy, target);
        break;
    case IPMICONSOLE_ERR_IPMI_2_0_UNAVAILABLE:
        error = IpmiError::make(Kind::Unsupported, target, Tr::tr("IPMI 2.0 / RMCP+ sessions"));
        break;
    case IPMICONSOLE_ERR_CIPHER_SUITE_ID_UNAVAILABLE:
        error = IpmiError::cipherSuiteUnavailable(target);
        break;
    case IPMICONSOLE_ERR_SOL_UNAVAILABLE:
        error = IpmiError::make(
            Kind::Unsupported, target, Tr::tr("Serial-over-LAN for this user or channel"));
        break;
    case IPMICONSOLE_ERR_SOL_REQUIRES_ENCRYPTION:
        error = IpmiError::make(Kind::InvalidSettings, target,
            Tr::tr("the BMC requires an encrypted console; choose a cipher suite "
                   "with encryption (3, 8, 12 or 17)"));
        break;
    case IPMICONSOLE_ERR_SOL_REQUIRES_NO_ENCRYPTION:
        error = IpmiError::make(Kind::InvalidSettings, target,
            Tr::tr("the BMC refuses an encrypted console; choose a cipher suite "
                   "without encryption (such as 2)"));
        break;
    case IPMICONSOLE_ERR_SOL_INUSE:
        error = IpmiError::make(Kind::Other, target,
            Tr::tr("another client holds this module's console; reconnect with take-over "
                   "to take it"));
        break;
    case IPMICONSOLE_ERR_SOL_STOLEN:
        error = IpmiError::make(
            Kind::Other, target, Tr::tr("another client took over this module's console"));
        break;
    case IPMICONSOLE_ERR_BMC_ERROR:
    case IPMICONSOLE_ERR_BMC_IMPLEMENTATION:
        error = IpmiError::make(Kind::Other, target,
            Tr::tr("the BMC answered the console set-up with an error (%1); "
                   "FreeIPMI's SOL workaround flags solchannelsupport, solstatus "
                   "or solpayloadsize may help")
                .arg(library));
        break;
    case IPMICONSOLE_ERR_SUCCESS:
        error = IpmiError::make(Kind::Other, target, Tr::tr("the BMC ended the console session"));
        break;
    default:
        error = IpmiError::make(
            Kind::Other, target, Tr::tr("Serial-over-LAN failed: %1").arg(library));
        break;
    }
    error.detail = library;
    return error;
}
} // namespace

/// What one submitted session owns. Tearing it down closes our end of the
/// engine's socket, which makes the engine close the SOL session with the BMC,
/// then releases the context.
struct SolSession::Connection
{
    Context context;
    int fd = -1;
    std::unique_ptr<QSocketNotifier> reader;
    std::unique_ptr<QSocketNotifier> writer;

    Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection()
    {
        reader.reset();
        writer.reset();
        if (fd >= 0)
            ::close(fd);
        // context is released after this body, once the fd is closed
    }
};

SolSession::SolSession(IpmiTarget target, QObject *parent)
    : ConsoleSession(parent)
    , m_target(std::move(target))
{ }

SolSession::~SolSession()
{
    if (m_lookupId != -1)
        QHostInfo::abortHostLookup(m_lookupId);
}

QString SolSession::description() const
{
    return m_target.describe();
}

void SolSession::open()
{
    if (state() == State::Connecting || state() == State::Established)
        return;
    m_connection.reset();
    m_error.reset();
    m_pending.clear();
    m_sawFirstByte = false;
    setState(State::Connecting);

    // libipmiconsole resolves names with getaddrinfo() inside the submit call,
    // which could block this thread; give it an address instead.
    QHostAddress address;
    if (address.setAddress(m_target.endpoint.host)) {
        submit(m_target.endpoint.toString());
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_target.endpoint.host, this, &SolSession::hostLookedUp);
}

void SolSession::hostLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (state() != State::Connecting)
        return;
    const QList<QHostAddress> addresses = info.addresses();
    if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
        fail(consoleError(IPMICONSOLE_ERR_HOSTNAME_INVALID, m_target));
        return;
    }
    // Prefer IPv4, which every BMC speaks.
    QHostAddress chosen = addresses.first();
    for (const QHostAddress &a : addresses) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol) {
            chosen = a;
            break;
        }
    }
    submit(BmcEndpoint {chosen.toString(), m_target.endpoint.port}.toString());
}

void SolSession::submit(const QString &host)
{
    using Kind = IpmiError::Kind;
    const IpmiSettings &s = m_target.settings;

    if (const QString engineError = startEngine(); !engineError.isEmpty()) {
        fail(IpmiError::make(Kind::Other, m_target, engineError));
        return;
    }
    unsigned int workarounds = 0;
    QString unknown;
    if (!workaroundBits(s.solWorkaroundFlags, &workarounds, &unknown)) {
        fail(IpmiError::make(Kind::InvalidSettings, m_target,
            Tr::tr("unknown FreeIPMI SOL workaround flag \"%1\" (known: %2)")
                .arg(unknown, workaroundNames().join(QStringLiteral(", ")))));
        return;
    }
    if (!ipmiconsole_cipher_suite_id_is_valid(s.cipherSuite)) {
        fail(IpmiError::make(Kind::InvalidSettings, m_target,
            Tr::tr("cipher suite %1 is not one FreeIPMI can use").arg(s.cipherSuite)));
        return;
    }

    // libipmiconsole copies user and password into the context; our copies are
    // fixed buffers so the password can be wiped right after.
    std::array<char, IPMI_MAX_USER_NAME_LENGTH + 1> user {};
    std::array<char, IPMI_2_0_MAX_PASSWORD_LENGTH + 1> password {};
    const QByteArray userBytes = s.user.toUtf8();
    if (userBytes.size() >= qsizetype(user.size())) {
        fail(IpmiError::make(Kind::InvalidSettings, m_target,
            Tr::tr("user name \"%1\" is longer than the %2 bytes IPMI allows")
                .arg(s.user)
                .arg(IPMI_MAX_USER_NAME_LENGTH)));
        return;
    }
    if (m_target.password.size() >= qsizetype(password.size())) {
        fail(IpmiError::make(Kind::InvalidSettings, m_target,
            Tr::tr("the password is longer than the %1 bytes IPMI 2.0 allows")
                .arg(IPMI_2_0_MAX_PASSWORD_LENGTH)));
        return;
    }
    std::memcpy(user.data(), userBytes.constData(), size_t(userBytes.size()));
    std::memcpy(password.data(), m_target.password.constData(), size_t(m_target.password.size()));

    ipmiconsole_ipmi_config ipmi {};
    ipmi.username = user.data();
    ipmi.password = password.data();
    ipmi.k_g = nullptr;
    ipmi.k_g_len = 0;
    ipmi.privilege_level = privilegeLevel(s.privilege);
    ipmi.cipher_suite_id = s.cipherSuite;
    ipmi.workaround_flags = workarounds;

    // The session times out when the BMC stays silent for timeoutMs, so keepalives
    // (and their retransmissions) must come well inside it; the library's 20 s
    // keepalive would let an idle console time out.
    const int sessionTimeout = qMax(s.timeoutMs, 1000);
    ipmiconsole_protocol_config protocol {};
    protocol.session_timeout_len = sessionTimeout;
    protocol.retransmission_timeout_len = qBound(50, s.retransmissionMs, sessionTimeout / 2);
    protocol.retransmission_backoff_count = -1;
    protocol.keepalive_timeout_len = sessionTimeout / 3;
    protocol.retransmission_keepalive_timeout_len
        = qBound(50, qMax(s.retransmissionMs, sessionTimeout / 6), sessionTimeout / 3);
    protocol.acceptable_packet_errors_count = -1;
    protocol.maximum_retransmission_count = -1;

    ipmiconsole_engine_config engine {};
    // One NUL on the fd when the session is up: lets the notifier see success as it
    // sees failure (end of file), without polling the context's status.
    engine.engine_flags = IPMICONSOLE_ENGINE_OUTPUT_ON_SOL_ESTABLISHED;
    engine.behavior_flags
        = m_inUsePolicy == InUsePolicy::Refuse ? IPMICONSOLE_BEHAVIOR_ERROR_ON_SOL_INUSE : 0;
    engine.debug_flags = 0;

    const QByteArray hostBytes = host.toUtf8();
    Context context(ipmiconsole_ctx_create(hostBytes.constData(), &ipmi, &protocol, &engine));
    const int createErrno = errno;
    explicit_bzero(password.data(), password.size());
    if (!context) {
        fail(IpmiError::make(Kind::Other, m_target,
            Tr::tr("cannot set up the console session: %1").arg(systemError(createErrno))));
        return;
    }
    if (ipmiconsole_engine_submit(context.get(), nullptr, nullptr) < 0) {
        fail(consoleError(ipmiconsole_ctx_errnum(context.get()), m_target));
        return;
    }
    const int fd = ipmiconsole_ctx_fd(context.get());
    if (fd < 0) {
        fail(consoleError(ipmiconsole_ctx_errnum(context.get()), m_target));
        return;
    }

    auto connection = std::make_unique<Connection>();
    connection->context = std::move(context);
    connection->fd = fd;
    const int fdFlags = ::fcntl(fd, F_GETFL);
    if (fdFlags < 0 || ::fcntl(fd, F_SETFL, fdFlags | O_NONBLOCK) < 0) {
        fail(IpmiError::make(Kind::Other, m_target,
            Tr::tr("cannot set up the console session: %1").arg(systemError(errno))));
        return;
    }
    connection->reader = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connection->writer = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Write);
    connection->writer->setEnabled(false);
    connect(
        connection->reader.get(), &QSocketNotifier::activated, this, &SolSession::readAvailable);
    connect(connection->writer.get(), &QSocketNotifier::activated, this, &SolSession::flushWrites);
    m_connection = std::move(connection);
}

void SolSession::readAvailable()
{
    if (!m_connection)
        return;
    QByteArray received;
    bool ended = false;
    // Bounded per wake-up so a flood cannot starve the event loop; the notifier
    // fires again while data remains.
    constexpr qsizetype MaxPerWakeUp = 256 * 1024;
    std::array<char, 16 * 1024> buffer;
    while (received.size() < MaxPerWakeUp) {
        const ssize_t n = ::read(m_connection->fd, buffer.data(), buffer.size());
        if (n > 0) {
            received.append(buffer.data(), qsizetype(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        ended = true; // end of file, or an error on our end of the socket
        break;
    }

    if (!m_sawFirstByte && !received.isEmpty()) {
        m_sawFirstByte = true;
        if (received.front() == '\0')
            received.remove(0, 1); // the engine's "established" marker
        setState(State::Established);
    }
    if (!received.isEmpty())
        Q_EMIT bytesReceived(received);
    if (ended && m_connection) // a receiver may have closed us meanwhile
        failFromContext();
}

void SolSession::flushWrites()
{
    if (!m_connection)
        return;
    while (!m_pending.isEmpty()) {
        const ssize_t n = ::send(
            m_connection->fd, m_pending.constData(), size_t(m_pending.size()), MSG_NOSIGNAL);
        if (n > 0) {
            m_pending.remove(0, qsizetype(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_connection->writer->setEnabled(true);
            return;
        }
        // The engine closed its end; the reader sees end of file and reports why.
        m_pending.clear();
        break;
    }
    m_connection->writer->setEnabled(false);
}

bool SolSession::write(const QByteArray &data)
{
    if (state() != State::Established || !m_connection)
        return false;
    m_pending.append(data);
    flushWrites();
    return true;
}

bool SolSession::sendBreak()
{
    if (state() != State::Established || !m_connection)
        return false;
    return ipmiconsole_ctx_generate_break(m_connection->context.get()) == 0;
}

void SolSession::close()
{
    if (m_lookupId != -1) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_connection.reset();
    m_pending.clear();
    m_error.reset();
    setState(State::Closed);
}

void SolSession::failFromContext()
{
    fail(consoleError(ipmiconsole_ctx_errnum(m_connection->context.get()), m_target));
}

void SolSession::fail(const IpmiError &error)
{
    m_connection.reset();
    m_pending.clear();
    m_error = error;
    setState(State::Lost, error.message);
}

QString SolSession::libraryVersion()
{
    return QStringLiteral("%1.%2.%3")
        .arg(LIBIPMICONSOLE_VERSION_MAJOR)
        .arg(LIBIPMICONSOLE_VERSION_MINOR)
        .arg(LIBIPMICONSOLE_VERSION_PATCH);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "freeipmibackend.h"

#include "ipmisettingscheck.h"

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>

#include <freeipmi/freeipmi.h>

#include <QCoreApplication>
#include <QStringList>

namespace {
// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FreeIpmiBackend)
};

// libfreeipmi handles, owned. ipmi_ctx_destroy() closes an open session first.
struct ContextDeleter
{
    void operator()(ipmi_ctx_t ctx) const noexcept { ipmi_ctx_destroy(ctx); }
};
using Context = std::unique_ptr<std::remove_pointer_t<ipmi_ctx_t>, ContextDeleter>;

struct FiidDeleter
{
    void operator()(fiid_obj_t obj) const noexcept { fiid_obj_destroy(obj); }
};
using Fiid = std::unique_ptr<std::remove_pointer_t<fiid_obj_t>, FiidDeleter>;

// The -W names FreeIPMI documents (ipmipower(8)) that apply to IPMI 2.0 sessions.
struct WorkaroundFlag
{
    const char *name;
    unsigned int flag;
};
constexpr WorkaroundFlag WorkaroundFlags[] = {
    {"authcap", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_AUTHENTICATION_CAPABILITIES},
    {"intel20", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_INTEL_2_0_SESSION},
    {"supermicro20", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_SUPERMICRO_2_0_SESSION},
    {"sun20", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_SUN_2_0_SESSION},
    {"opensesspriv", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_OPEN_SESSION_PRIVILEGE},
    {"integritycheckvalue", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_NON_EMPTY_INTEGRITY_CHECK_VALUE},
    {"nochecksumcheck", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_NO_CHECKSUM_CHECK},
};

/// Maps the names to libfreeipmi's bits. Names FreeIPMI knows for other session
/// types (IPMI 1.5's `idzero`, ipmipower's `ipmiping`) do not apply here and are
/// skipped; a name FreeIPMI does not know at all is an error, returned in @p unknown.
std::optional<unsigned int> workaroundBits(const QStringList &names, QString *unknown)
{
    unsigned int bits = 0;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        bool found = false;
        for (const WorkaroundFlag &f : WorkaroundFlags) {
            if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0) {
                bits |= f.flag;
                found = true;
                break;
            }
        }
        if (!found && !IpmiSettings::knownWorkaroundFlags().contains(name, Qt::CaseInsensitive)) {
            *unknown = name;
            return std::nullopt;
        }
    }
    return bits;
}

QStringList workaroundNames()
{
    QStringList names;
    for (const WorkaroundFlag &f : WorkaroundFlags)
        names << QString::fromLatin1(f.name);
    return names;
}

uint8_t privilegeLevel(IpmiSettings::Privilege privilege)
{
    switch (privilege) {
    case IpmiSettings::Privilege::User:
        return IPMI_PRIVILEGE_LEVEL_USER;
    case IpmiSettings::Privilege::Operator:
        return IPMI_PRIVILEGE_LEVEL_OPERATOR;
    case IpmiSettings::Privilege::Admin:
        return IPMI_PRIVILEGE_LEVEL_ADMIN;
    }
    return IPMI_PRIVILEGE_LEVEL_OPERATOR;
}

/// Turns the context's last error into an IpmiError. @p response and @p netfn,
/// when given, let a bad completion code be decoded into words; @p what names the
/// request for messages ("Get Chassis Status").
IpmiError contextError(ipmi_ctx_t ctx, const IpmiTarget &target, const QString &what,
    fiid_obj_t response = nullptr, uint8_t netfn = 0)
{
    using Kind = IpmiError::Kind;
    const int errnum = ipmi_ctx_errnum(ctx);
    const QString library = QString::fromLocal8Bit(ipmi_ctx_errormsg(ctx));
    IpmiError error;
    switch (errnum) {
    case IPMI_ERR_CONNECTION_TIMEOUT:
    case IPMI_ERR_SESSION_TIMEOUT:
    case IPMI_ERR_MESSAGE_TIMEOUT:
        error = IpmiError::make(Kind::Unreachable, target);
        break;
    case IPMI_ERR_HOSTNAME_INVALID:
        error = IpmiError::hostNameUnresolved(target);
        break;
    case IPMI_ERR_PASSWORD_INVALID:
    case IPMI_ERR_K_G_INVALID:
    case IPMI_ERR_PASSWORD_VERIFICATION_TIMEOUT:
        error = IpmiError::make(Kind::PasswordRejected, target);
        break;
    case IPMI_ERR_USERNAME_INVALID:
        error = IpmiError::make(Kind::UserUnknown, target);
        break;
    case IPMI_ERR_PRIVILEGE_LEVEL_INSUFFICIENT:
    case IPMI_ERR_PRIVILEGE_LEVEL_CANNOT_BE_OBTAINED:
        error = IpmiError::make(Kind::PrivilegeTooLow, target);
        break;
    case IPMI_ERR_BMC_BUSY:
    case IPMI_ERR_DRIVER_BUSY:
        error = IpmiError::make(Kind::BmcBusy, target);
        break;
    case IPMI_ERR_COMMAND_INVALID_OR_UNSUPPORTED:
        error = IpmiError::make(Kind::Unsupported, target, what);
        break;
    case IPMI_ERR_IPMI_2_0_UNAVAILABLE:
    case IPMI_ERR_AUTHENTICATION_TYPE_UNAVAILABLE:
        error = IpmiError::make(Kind::Unsupported, target, Tr::tr("IPMI 2.0 / RMCP+ sessions"));
        break;
    case IPMI_ERR_CIPHER_SUITE_ID_UNAVAILABLE:
        error = IpmiError::cipherSuiteUnavailable(target);
        break;
    case IPMI_ERR_BAD_COMPLETION_CODE: {
        QString words = library;
        if (response) {
            std::array<char, IPMI_ERR_STR_MAX_LEN> buffer {};
            if (ipmi_completion_code_strerror_cmd_r(response, netfn, buffer.data(), buffer.size())
                == 0)
                words = QString::fromLocal8Bit(buffer.data());
        }
        error = IpmiError::make(Kind::Other, target, Tr::tr("%1 failed: %2").arg(what, words));
        break;
    }
    default:
        error = IpmiError::make(Kind::Other, target, Tr::tr("%1 failed: %2").arg(what, library));
        break;
    }
    error.detail = library;
    return error;
}

/// libfreeipmi's crypto set-up is not thread-safe; its documentation asks for
/// ipmi_rmcpplus_init() before any threads use it.
bool initialiseOnce()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = ipmi_rmcpplus_init() == 0; });
    return ok;
}

/// Opens an IPMI 2.0 session to the target; on failure returns null and sets @p error.
Context openSession(const IpmiTarget &target, IpmiError *error)
{
    using Kind = IpmiError::Kind;
    const IpmiSettings &s = target.settings;

    if (!initialiseOnce()) {
        *error = IpmiError::make(Kind::Other, target,
            Tr::tr("the crypto library FreeIPMI needs could not be initialised"));
        return {};
    }
    QString unknown;
    const std::optional<unsigned int> flags = workaroundBits(s.workaroundFlags, &unknown);
    if (!flags) {
        *error = IpmiError::make(Kind::InvalidSettings, target,
            Tr::tr("unknown FreeIPMI workaround flag \"%1\" (known: %2)")
                .arg(unknown, workaroundNames().join(QStringLiteral(", "))));
        return {};
    }
    const QByteArray host = target.endpoint.toString().toUtf8();
    const QByteArray user = s.user.toUtf8();
    if (user.size() > IPMI_MAX_USER_NAME_LENGTH) {
        *error = IpmiError::make(Kind::InvalidSettings, target,
            Tr::tr("user name \"%1\" is longer than the %2 bytes IPMI allows")
                .arg(s.user)
                .arg(IPMI_MAX_USER_NAME_LENGTH));
        return {};
    }
    if (target.password.size() > IPMI_2_0_MAX_PASSWORD_LENGTH) {
        *error = IpmiError::make(Kind::InvalidSettings, target,
            Tr::tr("the password is longer than the %1 bytes IPMI 2.0 allows")
                .arg(IPMI_2_0_MAX_PASSWORD_LENGTH));
        return {};
    }
    if (s.cipherSuite < 0 || s.cipherSuite > 255
        || !IPMI_CIPHER_SUITE_ID_SUPPORTED(s.cipherSuite)) {
        *error = IpmiError::make(Kind::InvalidSettings, target,
            Tr::tr("cipher suite %1 is not one FreeIPMI can use").arg(s.cipherSuite));
        return {};
    }

    if (const std::optional<QString> refused
        = IpmiSettingsCheck::refusal(s, target.allowCipherSuite0)) {
        *error = IpmiError::make(Kind::InvalidSettings, target, *refused);
        return {};
    }

    Context ctx(ipmi_ctx_create());
    if (!ctx) {
        *error = IpmiError::make(Kind::Other, target, Tr::tr("out of memory"));
        return {};
    }
    // FreeIPMI retransmits every retransmission timeout until the session timeout
    // ends, but notices the end only at a retransmission boundary and was seen to
    // give up as much as two retransmission intervals late (timeout 2 s: 2.0 or
    // 3.0 s). So it gets the configured timeout minus two intervals, with the
    // interval at most a sixth of it: a silent BMC then costs at most the timeout.
    const int timeoutMs = qMax(s.timeoutMs, 300);
    const int retransmissionMs = qBound(50, s.retransmissionMs, timeoutMs / 6);
    const auto sessionTimeout = static_cast<unsigned int>(timeoutMs - 2 * retransmissionMs);
    const auto retransmission = static_cast<unsigned int>(retransmissionMs);
    // A default-constructed QByteArray still hands out a NUL-terminated "", which
    // FreeIPMI takes as the empty (null) password, as ipmipower does.
    if (ipmi_ctx_open_outofband_2_0(ctx.get(), host.constData(),
            user.isEmpty() ? nullptr : user.constData(), target.password.constData(), nullptr, 0,
            privilegeLevel(s.privilege), static_cast<uint8_t>(s.cipherSuite), sessionTimeout,
            retransmission, *flags, IPMI_FLAGS_DEFAULT)
        < 0) {
        *error = contextError(ctx.get(), target, Tr::tr("opening the IPMI session"));
        return {};
    }
    return ctx;
}

/// Reads one numeric field; false when the BMC's answer lacks it.
bool field(fiid_obj_t obj, const char *name, uint64_t *value)
{
    return fiid_obj_get(obj, name, value) == 1;
}

IpmiError malformed(const IpmiTarget &target, const QString &what, const char *fieldName)
{
    return IpmiError::make(IpmiError::Kind::Other, target,
        Tr::tr("%1: the BMC's answer lacks the field %2")
            .arg(what, QString::fromLatin1(fieldName)));
}

/// Opens a session, runs @p request on it, closes it.
///
/// Keeping sessions open between calls was tried (a per-target cache, reopened on
/// error): on the lab, 46 polls took 465 ms instead of 486 ms (median of 5; the
/// BMCs' hook, not the session set-up, is the cost), and ipmi_sim stopped answering
/// reused sessions while a neighbour BMC was restarted. Not worth it yet.
template<typename T, typename Request>
IpmiResult<T> withSession(const IpmiTarget &target, Request &&request)
{
    IpmiError error;
    const Context ctx = openSession(target, &error);
    if (!ctx)
        return error;
    return request(ctx.get());
}
} // namespace

IpmiResult<PowerState> FreeIpmiBackend::powerState(const IpmiTarget &target)
{
    return withSession<PowerState>(target, [&](ipmi_ctx_t ctx) -> IpmiResult<PowerState> {
        const QString what = Tr::tr("Get Chassis Status");
        const Fiid rs(fiid_obj_create(tmpl_cmd_get_chassis_status_rs));
        if (!rs)
            return IpmiError::make(IpmiError::Kind::Other, target, Tr::tr("out of memory"));
        if (ipmi_cmd_get_chassis_status(ctx, rs.get()) < 0)
            return contextError(ctx, target, what, rs.get(), IPMI_NET_FN_CHASSIS_RQ);
        uint64_t on = 0;
        constexpr const char *name = "current_power_state.power_is_on";
        if (!field(rs.get(), name, &on))
            return malformed(target, what, name);
        return on == IPMI_SYSTEM_POWER_IS_ON ? PowerState::On : PowerState::Off;
    });
}

IpmiResult<void> FreeIpmiBackend::chassisControl(const IpmiTarget &target, ChassisControl control)
{
    uint8_t code = IPMI_CHASSIS_CONTROL_POWER_DOWN;
    switch (control) {
    case ChassisControl::PowerOff:
        code = IPMI_CHASSIS_CONTROL_POWER_DOWN;
        break;
    case ChassisControl::PowerOn:
        code = IPMI_CHASSIS_CONTROL_POWER_UP;
        break;
    case ChassisControl::PowerCycle:
        code = IPMI_CHASSIS_CONTROL_POWER_CYCLE;
        break;
    case ChassisControl::HardReset:
        code = IPMI_CHASSIS_CONTROL_HARD_RESET;
        break;
    case ChassisControl::DiagnosticInterrupt:
        code = IPMI_CHASSIS_CONTROL_PULSE_DIAGNOSTIC_INTERRUPT;
        break;
    case ChassisControl::SoftShutdown:
        code = IPMI_CHASSIS_CONTROL_INITIATE_SOFT_SHUTDOWN;
        break;
    }
    return withSession<void>(target, [&](ipmi_ctx_t ctx) -> IpmiResult<void> {
        const QString what = Tr::tr("Chassis Control (%1)").arg(chassisControlId(control));
        const Fiid rs(fiid_obj_create(tmpl_cmd_chassis_control_rs));
        if (!rs)
            return IpmiError::make(IpmiError::Kind::Other, target, Tr::tr("out of memory"));
        if (ipmi_cmd_chassis_control(ctx, code, rs.get()) < 0)
            return contextError(ctx, target, what, rs.get(), IPMI_NET_FN_CHASSIS_RQ);
        return {};
    });
}

IpmiResult<BmcDeviceId> FreeIpmiBackend::deviceId(const IpmiTarget &target)
{
    return withSession<BmcDeviceId>(target, [&](ipmi_ctx_t ctx) -> IpmiResult<BmcDeviceId> {
        const QString what = Tr::tr("Get Device ID");
        const Fiid rs(fiid_obj_create(tmpl_cmd_get_device_id_rs));
        if (!rs)
            return IpmiError::make(IpmiError::Kind::Other, target, Tr::tr("out of memory"));
        if (ipmi_cmd_get_device_id(ctx, rs.get()) < 0)
            return contextError(ctx, target, what, rs.get(), IPMI_NET_FN_APP_RQ);

        struct Field
        {
            const char *name;
            uint64_t value;
        };
        std::array<Field, 8> fields {{
            {"device_id", 0},
            {"device_revision.revision", 0},
            {"firmware_revision1.major_revision", 0},
            {"firmware_revision2.minor_revision", 0},
            {"ipmi_version_major", 0},
            {"ipmi_version_minor", 0},
            {"manufacturer_id.id", 0},
            {"product_id", 0},
        }};
        for (Field &f : fields) {
            if (!field(rs.get(), f.name, &f.value))
                return malformed(target, what, f.name);
        }
        BmcDeviceId id;
        id.deviceId = static_cast<quint8>(fields[0].value);
        id.deviceRevision = static_cast<quint8>(fields[1].value);
        id.firmwareMajor = static_cast<quint8>(fields[2].value);
        id.firmwareMinor = static_cast<quint8>(fields[3].value);
        id.ipmiVersionMajor = static_cast<quint8>(fields[4].value);
        id.ipmiVersionMinor = static_cast<quint8>(fields[5].value);
        id.manufacturerId = static_cast<quint32>(fields[6].value);
        id.productId = static_cast<quint16>(fields[7].value);
        return id;
    });
}

IpmiResult<MacAddress> FreeIpmiBackend::lanMacAddress(const IpmiTarget &target)
{
    return withSession<MacAddress>(target, [&](ipmi_ctx_t ctx) -> IpmiResult<MacAddress> {
        // The BMC's LAN channel: the first 802.3 channel, as ipmi-config finds it.
        // BMCs that cannot list their channels almost always use channel 1.
        uint8_t channel = 1;
        if (ipmi_get_channel_number(ctx, IPMI_CHANNEL_MEDIUM_TYPE_LAN_802_3, &channel) < 0) {
            switch (ipmi_ctx_errnum(ctx)) {
            case IPMI_ERR_NOT_FOUND:
            case IPMI_ERR_COMMAND_INVALID_OR_UNSUPPORTED:
            case IPMI_ERR_BAD_COMPLETION_CODE:
                channel = 1;
                break;
            default:
                return contextError(ctx, target, Tr::tr("Get Channel Info"));
            }
        }

        const QString what = Tr::tr("Get LAN Configuration Parameters (MAC address)");
        const Fiid rs(fiid_obj_create(tmpl_cmd_get_lan_configuration_parameters_mac_address_rs));
        if (!rs)
            return IpmiError::make(IpmiError::Kind::Other, target, Tr::tr("out of memory"));
        if (ipmi_cmd_get_lan_configuration_parameters_mac_address(ctx, channel,
                IPMI_GET_LAN_PARAMETER, IPMI_LAN_CONFIGURATION_PARAMETERS_NO_SET_SELECTOR,
                IPMI_LAN_CONFIGURATION_PARAMETERS_NO_BLOCK_SELECTOR, rs.get())
            < 0)
            return contextError(ctx, target, what, rs.get(), IPMI_NET_FN_TRANSPORT_RQ);

        // The six octets in wire order, first octet first.
        std::array<uint8_t, 6> octets {};
        if (fiid_obj_get_data(rs.get(), "mac_address", octets.data(), octets.size()) != 6)
            return malformed(target, what, "mac_address");
        std::uint64_t value = 0;
        for (uint8_t octet : octets)
            value = (value << 8) | octet;
        return MacAddress(value);
    });
}

IpmiResult<void> FreeIpmiBackend::setBootDevice(
    const IpmiTarget &target, BootDevice device, bool persistent)
{
    uint8_t code = IPMI_SYSTEM_BOOT_OPTION_BOOT_FLAG_BOOT_DEVICE_NO_OVERRIDE;
    switch (device) {
    case BootDevice::NoOverride:
        code = IPMI_SYSTEM_BOOT_OPTION_BOOT_FLAG_BOOT_DEVICE_NO_OVERRIDE;
        break;
    case BootDevice::Pxe:
        code = IPMI_SYSTEM_BOOT_OPTION_BOOT_FLAG_BOOT_DEVICE_FORCE_PXE;
        break;
    case BootDevice::Disk:
        code = IPMI_SYSTEM_BOOT_OPTION_BOOT_FLAG_BOOT_DEVICE_FORCE_HARD_DRIVE;
        break;
    case BootDevice::Bios:
        code = IPMI_SYSTEM_BOOT_OPTION_BOOT_FLAG_BOOT_DEVICE_FORCE_BIOS_SETUP;
        break;
    }
    return withSession<void>(target, [&](ipmi_ctx_t ctx) -> IpmiResult<void> {
        const QString what = Tr::tr("Set System Boot Options (%1)").arg(bootDeviceId(device));
        const Fiid rs(fiid_obj_create(tmpl_cmd_set_system_boot_options_rs));
        if (!rs)
            return IpmiError::make(IpmiError::Kind::Other, target, Tr::tr("out of memory"));
        // Everything but the device and its persistence at the BIOS's defaults,
        // as `ipmi-chassis --set-boot-flags` sends them.
        if (ipmi_cmd_set_system_boot_options_boot_flags(ctx,
                IPMI_SYSTEM_BOOT_OPTIONS_PARAMETER_VALID_UNLOCKED,
                IPMI_SYSTEM_BOOT_OPTION_BOOT_FLAG_BOOT_TYPE_PC_COMPATIBLE,
                persistent ? IPMI_SYSTEM_BOOT_OPTION_BOOT_FLAG_VALID_PERSISTENTLY
                           : IPMI_SYSTEM_BOOT_OPTION_BOOT_FLAG_VALID_FOR_NEXT_BOOT,
                IPMI_SYSTEM_BOOT_OPTION_BOOT_FLAG_VALID, IPMI_SYSTEM_BOOT_OPTION_DISABLE,
                IPMI_SYSTEM_BOOT_OPTION_DISABLE, code, IPMI_SYSTEM_BOOT_OPTION_DISABLE,
                IPMI_SYSTEM_BOOT_OPTION_DISABLE,
                IPMI_SYSTEM_BOOT_OPTION_BOOT_FLAG_CONSOLE_REDIRECTION_DEFAULT,
                IPMI_SYSTEM_BOOT_OPTION_DISABLE, IPMI_SYSTEM_BOOT_OPTION_DISABLE,
                IPMI_SYSTEM_BOOT_OPTION_DISABLE,
                IPMI_SYSTEM_BOOT_OPTION_BOOT_FLAG_FIRMWARE_BIOS_VERBOSITY_DEFAULT,
                IPMI_SYSTEM_BOOT_OPTION_DISABLE, 0, 0, 0, rs.get())
            < 0)
            return contextError(ctx, target, what, rs.get(), IPMI_NET_FN_CHASSIS_RQ);
        return {};
    });
}

IpmiResult<void> FreeIpmiBackend::identify(const IpmiTarget &target, const IdentifyRequest &request)
{
    if (request.mode == IdentifyRequest::Mode::Timed
        && (request.seconds < 1 || request.seconds > 255)) {
        return IpmiError::make(IpmiError::Kind::InvalidSettings, target,
            Tr::tr("identify for %1 s: IPMI allows 1 to 255 seconds").arg(request.seconds));
    }
    return withSession<void>(target, [&](ipmi_ctx_t ctx) -> IpmiResult<void> {
        const QString what = Tr::tr("Chassis Identify");
        const Fiid rs(fiid_obj_create(tmpl_cmd_chassis_identify_rs));
        if (!rs)
            return IpmiError::make(IpmiError::Kind::Other, target, Tr::tr("out of memory"));
        uint8_t interval = 0;
        uint8_t force = IPMI_CHASSIS_FORCE_IDENTIFY_OFF;
        switch (request.mode) {
        case IdentifyRequest::Mode::Timed:
            interval = static_cast<uint8_t>(request.seconds);
            break;
        case IdentifyRequest::Mode::ForceOn:
            interval = 0xff; // ignored by the BMC when forcing, as ipmi-chassis sends it
            force = IPMI_CHASSIS_FORCE_IDENTIFY_ON;
            break;
        case IdentifyRequest::Mode::Off:
            interval = 0;
            break;
        }
        // Off and timed need no force byte; older BMCs reject it.
        const uint8_t *forcePtr = request.mode == IdentifyRequest::Mode::ForceOn ? &force : nullptr;
        if (ipmi_cmd_chassis_identify(ctx, &interval, forcePtr, rs.get()) < 0)
            return contextError(ctx, target, what, rs.get(), IPMI_NET_FN_CHASSIS_RQ);
        return {};
    });
}

IpmiResult<RawResponse> FreeIpmiBackend::raw(const IpmiTarget &target, const RawRequest &request)
{
    return withSession<RawResponse>(target, [&](ipmi_ctx_t ctx) -> IpmiResult<RawResponse> {
        const QString what = Tr::tr("raw request (netfn 0x%1, command 0x%2)")
                                 .arg(request.netFn, 2, 16, QLatin1Char('0'))
                                 .arg(request.command, 2, 16, QLatin1Char('0'));
        QByteArray rq;
        rq.reserve(request.data.size() + 1);
        rq.append(char(request.command));
        rq.append(request.data);
        std::array<uint8_t, 256> rs {};
        const int length = ipmi_cmd_raw(ctx, request.lun, request.netFn, rq.constData(),
            static_cast<unsigned int>(rq.size()), rs.data(), static_cast<unsigned int>(rs.size()));
        if (length < 0)
            return contextError(ctx, target, what);
        if (length < 2)
            return IpmiError::make(IpmiError::Kind::Other, target,
                Tr::tr("%1: the BMC's answer has no completion code").arg(what));
        RawResponse response;
        response.command = rs[0];
        response.completionCode = rs[1];
        response.data = QByteArray(reinterpret_cast<const char *>(rs.data()) + 2, length - 2);
        std::array<char, IPMI_ERR_STR_MAX_LEN> words {};
        if (ipmi_completion_code_strerror_r(
                request.command, request.netFn, response.completionCode, words.data(), words.size())
            == 0)
            response.completionText = QString::fromLocal8Bit(words.data());
        else
            response.completionText = Tr::tr("completion code 0x%1")
                                          .arg(response.completionCode, 2, 16, QLatin1Char('0'));
        return response;
    });
}

QString freeIpmiLibraryVersion()
{
    return QStringLiteral("%1.%2.%3")
        .arg(FREEIPMI_PACKAGE_VERSION_MAJOR)
        .arg(FREEIPMI_PACKAGE_VERSION_MINOR)
        .arg(FREEIPMI_PACKAGE_VERSION_PATCH);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkoperation.h"

#include "ipmibackend.h"

#include <QStringList>

BulkOperation BulkOperation::powerStatus()
{
    BulkOperation op;
    op.id = QStringLiteral("status");
    op.run = [](IpmiBackend &backend, const IpmiTarget &target) -> IpmiResult<Value> {
        const IpmiResult<PowerState> state = backend.powerState(target);
        if (!state)
            return state.error();
        return Value {powerStateId(*state), *state};
    };
    return op;
}

BulkOperation BulkOperation::control(ChassisControl control)
{
    BulkOperation op;
    op.id = chassisControlId(control);
    op.destructive = control == ChassisControl::PowerOff || control == ChassisControl::PowerCycle
        || control == ChassisControl::HardReset || control == ChassisControl::SoftShutdown
        || control == ChassisControl::DiagnosticInterrupt;
    op.powersOn = control == ChassisControl::PowerOn || control == ChassisControl::PowerCycle;
    op.idempotent = control == ChassisControl::PowerOn || control == ChassisControl::PowerOff;
    op.run = [control](IpmiBackend &backend, const IpmiTarget &target) -> IpmiResult<Value> {
        const IpmiResult<void> done = backend.chassisControl(target, control);
        if (!done)
            return done.error();
        // What the module is after the command was accepted: off stays off, the rest
        // end up (or stay) on; soft-off depends on the OS, so it stays unknown.
        PowerState power = PowerState::Unknown;
        if (control == ChassisControl::PowerOff)
            power = PowerState::Off;
        else if (control == ChassisControl::PowerOn)
            power = PowerState::On;
        return Value {QStringLiteral("ok"), power};
    };
    return op;
}

BulkOperation BulkOperation::bootDevice(BootDevice device, bool persistent)
{
    BulkOperation op;
    op.id = bootDeviceId(device);
    op.run = [device, persistent](
                 IpmiBackend &backend, const IpmiTarget &target) -> IpmiResult<Value> {
        const IpmiResult<void> done = backend.setBootDevice(target, device, persistent);
        if (!done)
            return done.error();
        return Value {QStringLiteral("ok"), PowerState::Unknown};
    };
    return op;
}

BulkOperation BulkOperation::identify(const IdentifyRequest &request)
{
    BulkOperation op;
    op.id = QStringLiteral("identify");
    op.run = [request](IpmiBackend &backend, const IpmiTarget &target) -> IpmiResult<Value> {
        const IpmiResult<void> done = backend.identify(target, request);
        if (!done)
            return done.error();
        return Value {QStringLiteral("ok"), PowerState::Unknown};
    };
    return op;
}

BulkOperation BulkOperation::macDiscovery()
{
    BulkOperation op;
    op.id = QStringLiteral("mac");
    op.run = [](IpmiBackend &backend, const IpmiTarget &target) -> IpmiResult<Value> {
        const IpmiResult<MacAddress> mac = backend.lanMacAddress(target);
        if (!mac)
            return mac.error();
        return Value {mac->toString(), PowerState::Unknown};
    };
    return op;
}

BulkOperation BulkOperation::deviceId()
{
    BulkOperation op;
    op.id = QStringLiteral("deviceid");
    op.run = [](IpmiBackend &backend, const IpmiTarget &target) -> IpmiResult<Value> {
        const IpmiResult<BmcDeviceId> id = backend.deviceId(target);
        if (!id)
            return id.error();
        return Value {QStringLiteral("manufacturer %1, product %2, firmware %3, IPMI %4")
                          .arg(id->manufacturerId)
                          .arg(id->productId)
                          .arg(id->firmwareRevision(), id->ipmiVersion()),
            PowerState::Unknown};
    };
    return op;
}

BulkOperation BulkOperation::raw(const RawRequest &request)
{
    BulkOperation op;
    op.id = QStringLiteral("raw");
    op.idempotent = false;
    op.run = [request](IpmiBackend &backend, const IpmiTarget &target) -> IpmiResult<Value> {
        const IpmiResult<RawResponse> rs = backend.raw(target, request);
        if (!rs)
            return rs.error();
        // As ipmi-raw prints it: command, completion code, data; then the code in words.
        QByteArray bytes;
        bytes.append(char(rs->command));
        bytes.append(char(rs->completionCode));
        bytes.append(rs->data);
        return Value {QStringLiteral("%1 (%2)").arg(hexBytes(bytes), rs->completionText),
            PowerState::Unknown};
    };
    return op;
}

QString BulkOperation::hexBytes(const QByteArray &bytes)
{
    QStringList parts;
    for (char byte : bytes)
        parts << QStringLiteral("%1").arg(quint8(byte), 2, 16, QLatin1Char('0')).toUpper();
    return parts.join(QLatin1Char(' '));
}

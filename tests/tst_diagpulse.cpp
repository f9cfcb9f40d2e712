// SPDX-License-Identifier: GPL-3.0-or-later
//
// The diagnostic pulse (Chassis Control 4, the NMI button) through `dxctl power
// pulse`, on a fake IpmiBackend: one request per target, never retried (a second
// NMI is not harmless), and a BMC that refuses it fails only its own line.

#include "ipmicommands.h"

#include "ipmi/bulkoperation.h"
#include "ipmi/ipmibackend.h"

#include <mutex>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>
#include <QtTest>

namespace {

/// Records every chassis control per host; hosts in `refusing` answer as a BMC
/// without NMI support does.
class PulseBackend final : public IpmiBackend
{
public:
    QSet<QString> refusing;

    IpmiResult<PowerState> powerState(const IpmiTarget &) override { return PowerState::On; }
    IpmiResult<void> chassisControl(const IpmiTarget &target, ChassisControl control) override
    {
        {
            const std::lock_guard lock(m_mutex);
            m_controls[target.endpoint.toString()] << control;
        }
        if (refusing.contains(target.endpoint.toString()))
            return IpmiError::make(
                IpmiError::Kind::Unsupported, target, QStringLiteral("Chassis Control (pulse)"));
        return {};
    }
    IpmiResult<BmcDeviceId> deviceId(const IpmiTarget &) override { return BmcDeviceId {}; }
    IpmiResult<MacAddress> lanMacAddress(const IpmiTarget &) override { return MacAddress(); }
    IpmiResult<void> setBootDevice(const IpmiTarget &, BootDevice, bool) override { return {}; }
    IpmiResult<void> identify(const IpmiTarget &, const IdentifyRequest &) override { return {}; }
    IpmiResult<RawResponse> raw(const IpmiTarget &, const RawRequest &) override
    {
        return RawResponse {};
    }

    QList<ChassisControl> controlsTo(const QString &host)
    {
        const std::lock_guard lock(m_mutex);
        return m_controls.value(host);
    }

private:
    std::mutex m_mutex;
    QHash<QString, QList<ChassisControl>> m_controls;
};

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run dxctl(const std::shared_ptr<PulseBackend> &backend, const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    IpmiCommands commands(out, err);
    commands.setBackendFactory([backend] { return backend; });
    run.status = commands.run(QStringList {QStringLiteral("dxctl")} + arguments);
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestDiagPulse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("IPMI_PASSWORD", "not-the-factory-default"); }
    void cleanupTestCase() { qunsetenv("IPMI_PASSWORD"); }

    void pulseIsADestructiveOperationThatIsNeverRetried()
    {
        const BulkOperation pulse = BulkOperation::control(ChassisControl::DiagnosticInterrupt);
        QCOMPARE(pulse.id, QStringLiteral("pulse"));
        QVERIFY(pulse.destructive);
        QVERIFY(!pulse.idempotent);
        QVERIFY(!pulse.powersOn);
    }

    void powerPulseSendsOneDiagnosticInterruptToEachTarget()
    {
        auto backend = std::make_shared<PulseBackend>();
        // --retries would repeat an idempotent request after a timeout; never a pulse.
        const Run run = dxctl(backend,
            {QStringLiteral("--host"), QStringLiteral("10.9.0.[1-3]"), QStringLiteral("-E"),
                QStringLiteral("--retries"), QStringLiteral("3"), QStringLiteral("power"),
                QStringLiteral("pulse")});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, QStringLiteral("10.9.0.1: ok\n10.9.0.2: ok\n10.9.0.3: ok\n"));
        for (int host = 1; host <= 3; ++host) {
            QCOMPARE(backend->controlsTo(QStringLiteral("10.9.0.%1").arg(host)),
                QList<ChassisControl> {ChassisControl::DiagnosticInterrupt});
        }
    }

    void bmcRefusingThePulseFailsOnlyItsOwnTarget()
    {
        auto backend = std::make_shared<PulseBackend>();
        backend->refusing << QStringLiteral("10.9.0.2");
        const Run run = dxctl(backend,
            {QStringLiteral("--host"), QStringLiteral("10.9.0.[1-3]"), QStringLiteral("-E"),
                QStringLiteral("--json"), QStringLiteral("power"), QStringLiteral("pulse")});
        QCOMPARE(run.status, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("operation")).toString(), QStringLiteral("pulse"));
        const QJsonArray results = report.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("ok")).toBool(), true);
        const QJsonObject refused = results.at(1).toObject();
        QCOMPARE(refused.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(refused.value(QStringLiteral("error")).toString(), QStringLiteral("unsupported"));
        QVERIFY2(refused.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("Chassis Control (pulse)")),
            qPrintable(refused.value(QStringLiteral("message")).toString()));
        QCOMPARE(refused.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(results.at(2).toObject().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(backend->controlsTo(QStringLiteral("10.9.0.2")).size(), 1);
    }

    void pulseIsNotAPowerWordOfItsOwn()
    {
        // `pulse` is a power subcommand; misspellings are usage errors naming the choices.
        auto backend = std::make_shared<PulseBackend>();
        const Run run = dxctl(backend,
            {QStringLiteral("--host"), QStringLiteral("10.9.0.1"), QStringLiteral("-E"),
                QStringLiteral("power"), QStringLiteral("nmi")});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(QStringLiteral("pulse")), qPrintable(run.err));
        QVERIFY(backend->controlsTo(QStringLiteral("10.9.0.1")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiagPulse)
#include "tst_diagpulse.moc"

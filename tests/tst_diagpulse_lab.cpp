// SPDX-License-Identifier: GPL-3.0-or-later
//
// The diagnostic pulse (Chassis Control 4) against the lab (CTest `lab` fixture),
// through `dxctl power pulse` and through FreeIpmiBackend.
//
// What the lab can show: OpenIPMI's ipmi_sim 2.0.33 answers Chassis Control 4 itself
// with completion code 0xCC (invalid data field) and never runs its chassis_control
// program for it (lanserv/bmc_chassis.c, handle_chassis_control: `case 4: /* pulse
// diag interrupt */` goes to `no_support`), so no lab state file can count pulses,
// and its debug log only holds the encrypted (cipher suite 3) request. These tests
// prove what an operator relies on instead: the request reaches each BMC, which
// answers (a refusal, not a timeout), every slot reports the BMC's words once,
// nothing is retried, no other state of the module changes, and the BMC goes on
// answering afterwards.

#include "ipmicommands.h"

#include "chassis/inventoryio.h"
#include "ipmi/freeipmibackend.h"
#include "dxctlrun.h"
#include "labfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

namespace {

/// One line of a slot's state file (power, boot, identify, reset, shutdown).
QString slotState(int slot, const char *name)
{
    return Lab::slotState(slot, name, QStringLiteral("(missing)"));
}

QStringList slotStates(int slot)
{
    QStringList states;
    for (const char *name : {"power", "boot", "identify", "reset", "shutdown"})
        states << QStringLiteral("%1=%2").arg(QLatin1String(name), slotState(slot, name));
    return states;
}

using Run = DxctlRun;

Run dxctl(const QStringList &arguments)
{
    return runDxctl<IpmiCommands>(arguments);
}

} // namespace

class TestDiagPulseLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            !Lab::stateDir().isEmpty(), "DXLAB_STATE_DIR is not set: run this test through ctest");
        QVERIFY(m_dir.isValid());
        m_passwordFile = m_dir.filePath(QStringLiteral("password"));
        QFile file(m_passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Administrator\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void dxctlPowerPulseReachesEachBmcOnceAndReportsItsAnswer()
    {
        const QList<int> pulsed {7, 8, 9};
        QHash<int, QStringList> before;
        for (int slot : pulsed + QList<int> {10})
            before.insert(slot, slotStates(slot));

        // --retries applies to idempotent requests after a timeout; a pulse is sent once.
        const Run run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(),
            QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("--retries"),
            QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("power"),
            QStringLiteral("pulse"), QStringLiteral("lab:s[7-9]")});
        QCOMPARE(run.status, 1); // the lab's BMCs refuse it (see the top of this file)
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("operation")).toString(), QStringLiteral("pulse"));
        const QJsonArray results = report.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), pulsed.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject result = results.at(i).toObject();
            const QString message = result.value(QStringLiteral("message")).toString();
            QCOMPARE(result.value(QStringLiteral("target")).toString(),
                QStringLiteral("lab:s%1").arg(pulsed.at(i)));
            QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
            // An answer from the BMC, not silence: the request got there.
            QCOMPARE(
                result.value(QStringLiteral("error")).toString(), QStringLiteral("unsupported"));
            QCOMPARE(result.value(QStringLiteral("attempts")).toInt(), 1);
            QVERIFY2(
                message.contains(QStringLiteral("Chassis Control (pulse)")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("127.0.1.%1").arg(pulsed.at(i))),
                qPrintable(message));
        }

        // Nothing else happened to the modules (and the neighbour was not touched).
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(slotStates(it.key()), it.value());

        // The plain output names every slot with the same words, sorted.
        const Run plain = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(),
            QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("power"),
            QStringLiteral("pulse"), QStringLiteral("lab:s7,s9")});
        QCOMPARE(plain.status, 1);
        const QStringList lines = plain.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(
            lines.at(0).startsWith(QStringLiteral("lab:s7: error: ")), qPrintable(lines.at(0)));
        QVERIFY2(
            lines.at(1).startsWith(QStringLiteral("lab:s9: error: ")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(0).contains(QStringLiteral("Chassis Control (pulse)")),
            qPrintable(lines.at(0)));
    }

    void backendPulseIsAnsweredAndTheBmcKeepsAnswering()
    {
        const InventoryLoadResult loaded = InventoryIo::load(Lab::inventoryPath());
        QVERIFY(loaded.ok());
        const Enclosure &lab = loaded.inventory->enclosures.constFirst();
        const SlotInfo *slot = lab.slot(12);
        QVERIFY(slot && slot->bmc);
        IpmiTarget target {QStringLiteral("lab:s12"), *slot->bmc, lab.ipmiFor(*slot),
            QByteArrayLiteral("Administrator")};
        const QString power = slotState(12, "power");
        const QString resets = slotState(12, "reset");

        FreeIpmiBackend backend;
        const IpmiResult<void> pulse
            = backend.chassisControl(target, ChassisControl::DiagnosticInterrupt);
        QVERIFY(!pulse);
        QCOMPARE(pulse.error().kind, IpmiError::Kind::Unsupported);
        QVERIFY2(
            pulse.error().message.startsWith(target.describe()), qPrintable(pulse.error().message));

        // The refusal left the BMC and its module as they were.
        const IpmiResult<PowerState> state = backend.powerState(target);
        QVERIFY2(state.ok(), qPrintable(state.error().message));
        QCOMPARE(*state == PowerState::On ? QStringLiteral("on") : QStringLiteral("off"), power);
        QCOMPARE(slotState(12, "reset"), resets);
    }

private:
    QTemporaryDir m_dir;
    QString m_passwordFile;
};

QTEST_GUILESS_MAIN(TestDiagPulseLab)
#include "tst_diagpulse_lab.moc"

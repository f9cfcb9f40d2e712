// SPDX-License-Identifier: GPL-3.0-or-later
//
// End to end against the lab (CTest `lab` fixture): the lab's inventory opened in
// MainWindow, every slot's power state refreshed through FreeIPMI from a worker
// pool, the front panel showing those states, and a screenshot that is not blank.
#include <QDir>
#include <QSignalSpy>
#include <QImage>
#include <QPixmap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "chassis/inventoryio.h"
#include "chassismodel.h"
#include "frontpanelpainter.h"
#include "frontpanelview.h"
#include "ipmi/freeipmibackend.h"
#include "mainwindow.h"
#include "powerrefresh.h"
#include "rackmodel.h"
#include "rackview.h"
#include "rearpanelview.h"
#include "labfixture.h"

namespace {

using Lab::FactoryPassword;

bool labCommand(const QStringList &arguments)
{
    QProcess dxlab;
    dxlab.start(qEnvironmentVariable("DXLAB"), arguments);
    return dxlab.waitForFinished(60000) && dxlab.exitCode() == 0;
}

QString labPower(int slot, const QString &state = {})
{
    QProcess dxlab;
    QStringList arguments {QStringLiteral("power"), QString::number(slot)};
    if (!state.isEmpty())
        arguments << state;
    dxlab.start(qEnvironmentVariable("DXLAB"), arguments);
    if (!dxlab.waitForFinished(30000) || dxlab.exitCode() != 0)
        return {};
    return QString::fromUtf8(dxlab.readAllStandardOutput()).trimmed();
}

} // namespace

class TestFrontPanelLab : public QObject
{
    Q_OBJECT

private:
    QString m_inventoryPath;
    QHash<int, QString> m_originalPower;

    /// A small private refresh (the real poller is issue 4's): Get Chassis Status
    /// for every slot on 8 worker threads, results applied on the GUI thread.
    void refreshPowerStates(ChassisModel *model, const Enclosure &enclosure)
    {
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        auto backend = std::make_shared<FreeIpmiBackend>();
        for (const SlotInfo &slot : enclosure.moduleSlots) {
            if (!slot.bmc)
                continue;
            const IpmiTarget target {QStringLiteral("slot %1").arg(slot.slot), *slot.bmc,
                enclosure.ipmiFor(slot), FactoryPassword};
            const int number = slot.slot;
            model->setBusy(number, true);
            pool.start([backend, target, number, model] {
                const IpmiResult<PowerState> state = backend->powerState(target);
                const PowerState power = state.ok() ? *state : PowerState::Unknown;
                const QString message = state.ok() ? QString() : state.error().message;
                QMetaObject::invokeMethod(model, [model, number, power, message] {
                    model->setBusy(number, false);
                    model->setPowerState(number, power);
                    model->setLastResult(number, message);
                });
            });
        }
        pool.waitForDone(); // the queued updates run when the test spins the loop
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString stateDir = Lab::stateDir();
        QVERIFY2(!stateDir.isEmpty() && !qEnvironmentVariable("DXLAB").isEmpty(),
            "run this test through ctest, whose lab fixture starts the lab");
        m_inventoryPath = QDir(stateDir).filePath(QStringLiteral("inventory.json"));
        QVERIFY(QFile::exists(m_inventoryPath));
        // A known mix: 1-3 and 23 on, 4-5 and 24 off; put back afterwards.
        for (int slot : {1, 2, 3, 4, 5, 23, 24}) {
            m_originalPower.insert(slot, labPower(slot));
            QVERIFY(!m_originalPower.value(slot).isEmpty());
        }
        for (int slot : {1, 2, 3, 23})
            QCOMPARE(labPower(slot, QStringLiteral("on")), QStringLiteral("on"));
        for (int slot : {4, 5, 24})
            QCOMPARE(labPower(slot, QStringLiteral("off")), QStringLiteral("off"));
    }

    void cleanupTestCase()
    {
        labCommand({QStringLiteral("bmc-start"), QStringLiteral("46")});
        for (auto it = m_originalPower.cbegin(); it != m_originalPower.cend(); ++it)
            labPower(it.key(), it.value());
    }

    void frontPanelShowsTheLabsPowerStates()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(window.openInventory(m_inventoryPath));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ChassisModel *model = window.chassisModel();
        const Enclosure enclosure = model->enclosure();
        QVERIFY(enclosure.moduleSlots.size() >= 24);
        refreshPowerStates(model, enclosure);

        // Every slot's state as the lab keeps it.
        for (const SlotInfo &slot : enclosure.moduleSlots) {
            const QString expected = labPower(slot.slot);
            QTRY_COMPARE(powerStateId(model->powerState(slot.slot)), expected);
            QVERIFY(!model->indexForSlot(slot.slot).data(ChassisModel::BusyRole).toBool());
        }

        // The panel draws an "on" LED for 23 and an "off" one for 24.
        FrontPanelView *panel = window.frontPanelView();
        QTRY_VERIFY(panel->isVisible());
        QCoreApplication::processEvents();
        const QImage image = panel->viewport()->grab().toImage();
        auto hasColour = [&](int slot, const QColor &colour) {
            const QRect r = panel->visualRect(panel->indexForSlot(slot));
            const qreal dpr = image.devicePixelRatio();
            for (int y = r.top(); y < r.top() + r.height() / 4; ++y) {
                for (int x = r.left(); x <= r.right(); ++x) {
                    const QColor c = image.pixelColor(int(x * dpr), int(y * dpr));
                    if (qAbs(c.red() - colour.red()) < 40 && qAbs(c.green() - colour.green()) < 40
                        && qAbs(c.blue() - colour.blue()) < 40)
                        return true;
                }
            }
            return false;
        };
        SlotVisual on;
        on.power = PowerState::On;
        QVERIFY(hasColour(23, FrontPanelPainter::powerLedColor(on)));
        QVERIFY(!hasColour(24, FrontPanelPainter::powerLedColor(on)));

        // What `dxchassis --screenshot` does: grab the window to a PNG.
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("lab.png"));
        QVERIFY(window.grab().save(png, "PNG"));
        const QImage shot(png);
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() >= 1000);
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 3) {
            for (int x = 0; x < shot.width(); x += 3)
                colours.insert(shot.pixel(x, y));
        }
        qInfo("screenshot %dx%d, %lld distinct colours", shot.width(), shot.height(),
            qint64(colours.size()));
        QVERIFY2(colours.size() > 200, "the screenshot is (nearly) blank");
        shot.save(QDir::temp().filePath(QStringLiteral("tst_frontpanel_lab.png")));
    }

    void rearViewShowsTheLabsSwitchModule()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(window.openInventory(m_inventoryPath));
        window.resize(1400, 900);
        window.show();
        window.setCentralView(MainWindow::CentralView::Rear);
        RearPanelView *rear = window.rearPanelView();
        QTRY_VERIFY(rear->isVisible());

        // The lab's inventory: switch 1 on STATE/switch1.tty with the seed's system
        // MAC; ONS derived from it; the CMM MAC as the lab lists it (read, so not
        // marked derived, and it agrees with the rule).
        const Enclosure &enclosure = window.chassisModel()->enclosure();
        QVERIFY(!enclosure.switches.isEmpty());
        const QString port = enclosure.switches.first().serialPort;
        QVERIFY(port.endsWith(QStringLiteral("switch1.tty")));
        using Kind = ChassisProfile::RearModule::Kind;
        const int sw = rear->geometry().indexOf(Kind::Switch, 1);
        const QString tip = rear->toolTipFor(sw);
        QVERIFY2(tip.contains(port), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("System MAC: 74:D4:35:E9:E2:62\n")), qPrintable(tip));
        QVERIFY2(
            tip.contains(QStringLiteral("ONS MAC: 74:D4:35:E9:E2:61 (derived)")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("CMM MAC: 74:D4:35:E9:E2:60")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("conflict")), qPrintable(tip));
        QCOMPARE(rear->macText(sw),
            QStringLiteral("74:D4:35:E9:E2:62 74:D4:35:E9:E2:61 74:D4:35:E9:E2:60"));
        const QImage image = rear->grab().toImage();
        QVERIFY(!image.isNull());
        image.save(QDir::temp().filePath(QStringLiteral("tst_frontpanel_lab_rear.png")));
    }

    void screenshotRefreshLeavesNoSlotUnknown()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(window.openInventory(m_inventoryPath));
        window.resize(1400, 900);
        window.show();
        ChassisModel *model = window.chassisModel();
        const Enclosure enclosure = model->enclosure();

        // What --screenshot uses: the lab's freeipmi.conf beside its inventory.
        QString why;
        const std::optional<QByteArray> password = PowerRefresh::passwordFromFreeIpmiConfig(
            PowerRefresh::configBesideInventory(m_inventoryPath), enclosure.ipmi.user, &why);
        QVERIFY2(password, qPrintable(why));

        // One BMC down: its slot must show an error, not "unknown".
        QVERIFY(labCommand({QStringLiteral("bmc-stop"), QStringLiteral("46")}));
        PowerRefresh refresh(model, std::make_shared<FreeIpmiBackend>());
        QSignalSpy finished(&refresh, &PowerRefresh::finished);
        QVERIFY(refresh.start(*password));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).toInt(), int(enclosure.moduleSlots.size()) - 1);
        QCOMPARE(finished.at(0).at(1).toInt(), 1);
        QVERIFY(labCommand({QStringLiteral("bmc-start"), QStringLiteral("46")}));

        window.setCentralView(MainWindow::CentralView::Rack);
        for (const SlotInfo &slot : enclosure.moduleSlots) {
            const auto led = model->indexForSlot(slot.slot)
                                 .data(ChassisModel::PowerLedRole)
                                 .value<ChassisModel::PowerLed>();
            const auto rackLed = window.rackModel()
                                     ->indexForSlot(0, slot.slot)
                                     .data(ChassisModel::PowerLedRole)
                                     .value<ChassisModel::PowerLed>();
            QCOMPARE(rackLed, led); // the rack view shows the same
            if (slot.slot == 46) {
                QCOMPARE(led, ChassisModel::PowerLed::Error);
                QVERIFY(!model->indexForSlot(46)
                             .data(ChassisModel::LastResultRole)
                             .toString()
                             .isEmpty());
                continue;
            }
            QCOMPARE(powerStateId(model->powerState(slot.slot)), labPower(slot.slot));
            QVERIFY(led == ChassisModel::PowerLed::On || led == ChassisModel::PowerLed::Off);
        }
        QTRY_VERIFY(window.rackView()->isVisible());
        QCoreApplication::processEvents();
        window.grab().save(QDir::temp().filePath(QStringLiteral("tst_frontpanel_lab_rack.png")));
    }

    /// `dxchassis --screenshot FILE --view VIEW INVENTORY`, the real binary: it
    /// refreshes the power states through the lab, then writes a picture that is
    /// not blank, for each view; a view it does not know is a usage error.
    void screenshotBinaryRefreshesAndWritesEachView()
    {
        const QString binary = QDir(QCoreApplication::applicationDirPath())
                                   .filePath(QStringLiteral("../app/dxchassis"));
        QVERIFY2(QFile::exists(binary), qPrintable(binary));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const QString &view : {QStringLiteral("front"), QStringLiteral("rear"),
                 QStringLiteral("rack"), QStringLiteral("table")}) {
            const QString png = dir.filePath(view + QStringLiteral(".png"));
            QProcess dxchassis;
            dxchassis.setProcessEnvironment(environment);
            dxchassis.start(binary,
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"),
                    png, QStringLiteral("--view"), view, m_inventoryPath});
            QVERIFY(dxchassis.waitForFinished(120000));
            const QString err = QString::fromUtf8(dxchassis.readAllStandardError());
            QVERIFY2(dxchassis.exitCode() == 0, qPrintable(err));
            QVERIFY2(err.contains(QStringLiteral("power states refreshed: 46 answered, 0 did not")),
                qPrintable(err));
            const QImage shot(png);
            QVERIFY2(!shot.isNull(), qPrintable(png));
            QSet<QRgb> colours;
            for (int y = 0; y < shot.height(); y += 3)
                for (int x = 0; x < shot.width(); x += 3)
                    colours.insert(shot.pixel(x, y));
            QVERIFY2(colours.size() > 50, qPrintable(view + QStringLiteral(": (nearly) blank")));
        }
        QProcess wrong;
        wrong.setProcessEnvironment(environment);
        wrong.start(binary,
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"),
                dir.filePath(QStringLiteral("x.png")), QStringLiteral("--view"),
                QStringLiteral("side"), m_inventoryPath});
        QVERIFY(wrong.waitForFinished(60000));
        QCOMPARE(wrong.exitCode(), 2);
        QVERIFY(QString::fromUtf8(wrong.readAllStandardError())
                    .contains(QStringLiteral("'side' is not a view")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_MAIN(TestFrontPanelLab)
#include "tst_frontpanel_lab.moc"

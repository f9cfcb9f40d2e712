// SPDX-License-Identifier: GPL-3.0-or-later
//
// The main window's power actions against the lab (CTest `lab` fixture): the
// selection's slots reach the lab, destructive actions ask first, results land in
// the log and the slot map, a rejected password fails its slots and is forgotten,
// and the background poll keeps the LEDs live. Slots are left off.

#include "chassismodel.h"
#include "ipmi/statuspoller.h"
#include "logmodel.h"
#include "mainwindow.h"
#include "powercontroller.h"
#include "labfixture.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

namespace {
QString readState(int slot, const char *file)
{
    return Lab::slotState(slot, file);
}

bool runLab(const QStringList &arguments)
{
    QProcess lab;
    lab.start(qEnvironmentVariable("DXLAB"), arguments);
    return lab.waitForFinished(60000) && lab.exitCode() == 0;
}

int logEntries(const LogModel *log, const QString &target, LogModel::Result result)
{
    int count = 0;
    for (int row = 0; row < log->rowCount(); ++row) {
        const QModelIndex index = log->index(row, 0);
        if (index.data(LogModel::TargetRole).toString() == target
            && index.data(LogModel::ResultRole).value<LogModel::Result>() == result)
            ++count;
    }
    return count;
}
} // namespace

class TestPowerControllerLab : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void actionsFollowTheSelection();
    void powerOnFromTheSelectionReachesLabAndLeds();
    void destructiveActionAsksNamingCountAndEnclosure();
    void wrongPasswordMarksItsSlotsAndIsForgotten();
    void pollKeepsLedsLive();

private:
    void selectSlots(const QList<int> &slotNumbers);
    std::unique_ptr<MainWindow> m_window;
    PowerController *m_controller = nullptr;
    QStringList m_questions;
    bool m_answer = true;
    int m_asked = 0;
};

void TestPowerControllerLab::init()
{
    QVERIFY2(!Lab::stateDir().isEmpty(), "run through ctest");
    m_window = std::make_unique<MainWindow>(MainWindow::SettingsMode::Ephemeral);
    QVERIFY(m_window->openInventory(Lab::inventoryPath()));
    m_controller = m_window->findChild<PowerController *>();
    QVERIFY(m_controller);
    m_questions.clear();
    m_answer = true;
    m_asked = 0;
    m_controller->setConfirmer([this](QWidget *, const QString &question) {
        m_questions << question;
        return m_answer;
    });
    m_controller->passwords().setAsker(
        [this](QWidget *, const QString &, const QString &) -> std::optional<QByteArray> {
            ++m_asked;
            return QByteArrayLiteral("Administrator");
        });
    m_controller->setPollInterval(0);
}

void TestPowerControllerLab::cleanup()
{
    if (m_controller && m_controller->isRunning()) {
        QSignalSpy finished(m_controller, &PowerController::finished);
        finished.wait(30000);
    }
    m_window.reset();
    for (int slot : {30, 31, 33})
        runLab({QStringLiteral("power"), QString::number(slot), QStringLiteral("off")});
}

void TestPowerControllerLab::selectSlots(const QList<int> &slotNumbers)
{
    QTableView *view = m_window->slotView();
    view->clearSelection();
    for (int slot : slotNumbers) {
        const QModelIndex source = m_window->chassisModel()->indexForSlot(slot);
        auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
        const QModelIndex index = proxy ? proxy->mapFromSource(source) : source;
        view->selectionModel()->select(
            index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestPowerControllerLab::actionsFollowTheSelection()
{
    auto *on = m_window->findChild<QAction *>(QStringLiteral("actionPowerOn"));
    auto *identify = m_window->findChild<QAction *>(QStringLiteral("actionIdentify"));
    QVERIFY(on && identify);
    QVERIFY(!on->isEnabled());
    selectSlots({30});
    QVERIFY(on->isEnabled());
    QVERIFY(identify->isEnabled());
    m_window->slotView()->clearSelection();
    QVERIFY(!on->isEnabled());
}

void TestPowerControllerLab::powerOnFromTheSelectionReachesLabAndLeds()
{
    selectSlots({30, 31});
    QCOMPARE(m_window->selectedSlots(), (QList<int> {30, 31}));
    QSignalSpy finished(m_controller, &PowerController::finished);
    m_window->findChild<QAction *>(QStringLiteral("actionPowerOn"))->trigger();
    QVERIFY(m_controller->isRunning());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionPowerOn"))->isEnabled());
    QVERIFY(finished.wait(30000));
    QVERIFY(m_questions.isEmpty()); // power on is not destructive
    QCOMPARE(m_asked, 1);
    QCOMPARE(readState(30, "power"), QStringLiteral("on"));
    QCOMPARE(readState(31, "power"), QStringLiteral("on"));
    ChassisModel *model = m_window->chassisModel();
    QCOMPARE(model->powerState(30), PowerState::On);
    QCOMPARE(model->powerState(31), PowerState::On);
    QCOMPARE(model->indexForSlot(30).data(ChassisModel::BusyRole).toBool(), false);
    QCOMPARE(logEntries(m_window->logModel(), QStringLiteral("lab:s30"), LogModel::Result::Ok), 1);
    QCOMPARE(logEntries(m_window->logModel(), QStringLiteral("lab:s31"), LogModel::Result::Ok), 1);
    // The factory-default password was flagged in the log.
    bool warned = false;
    for (int row = 0; row < m_window->logModel()->rowCount(); ++row)
        warned = warned
            || m_window->logModel()
                   ->index(row, 0)
                   .data(LogModel::MessageRole)
                   .toString()
                   .contains(QStringLiteral("factory-default"));
    QVERIFY(warned);

    // Identify (no question) reaches the lab too.
    m_window->findChild<QAction *>(QStringLiteral("actionIdentify"))->trigger();
    QVERIFY(finished.wait(30000));
    QVERIFY(readState(30, "identify").startsWith(QStringLiteral("on")));
    QCOMPARE(m_asked, 1); // the password was kept
    QVERIFY(m_controller->run(
        BulkOperation::identify(IdentifyRequest::off()), {30, 31}, QStringLiteral("identify off")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(readState(30, "identify"), QStringLiteral("off"));
}

void TestPowerControllerLab::destructiveActionAsksNamingCountAndEnclosure()
{
    QVERIFY(runLab({QStringLiteral("power"), QStringLiteral("30"), QStringLiteral("on")}));
    QVERIFY(runLab({QStringLiteral("power"), QStringLiteral("31"), QStringLiteral("on")}));
    selectSlots({30, 31});
    auto *off = m_window->findChild<QAction *>(QStringLiteral("actionPowerOff"));
    m_answer = false;
    off->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.constFirst().contains(QStringLiteral("2 module")),
        qPrintable(m_questions.constFirst()));
    QVERIFY2(m_questions.constFirst().contains(QStringLiteral("enclosure lab")),
        qPrintable(m_questions.constFirst()));
    QVERIFY(!m_controller->isRunning());
    QCOMPARE(readState(30, "power"), QStringLiteral("on"));

    m_answer = true;
    QSignalSpy finished(m_controller, &PowerController::finished);
    off->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_questions.size(), 2);
    QCOMPARE(readState(30, "power"), QStringLiteral("off"));
    QCOMPARE(readState(31, "power"), QStringLiteral("off"));
    QCOMPARE(m_window->chassisModel()->powerState(30), PowerState::Off);
}

void TestPowerControllerLab::wrongPasswordMarksItsSlotsAndIsForgotten()
{
    m_controller->passwords().setPassword(QStringLiteral("lab"), QByteArrayLiteral("wrong"));
    selectSlots({33});
    QSignalSpy finished(m_controller, &PowerController::finished);
    m_window->findChild<QAction *>(QStringLiteral("actionPxeBoot"))->trigger();
    QVERIFY(finished.wait(30000));
    const QString last
        = m_window->chassisModel()->indexForSlot(33).data(ChassisModel::LastResultRole).toString();
    QVERIFY2(last.contains(QStringLiteral("password rejected")), qPrintable(last));
    QCOMPARE(
        logEntries(m_window->logModel(), QStringLiteral("lab:s33"), LogModel::Result::Failed), 1);
    QCOMPARE(readState(33, "boot"), QStringLiteral("none"));
    // The next action asks again, gets the right one, and clears the mark.
    QCOMPARE(m_asked, 0);
    m_window->findChild<QAction *>(QStringLiteral("actionPxeBoot"))->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_asked, 1);
    QCOMPARE(readState(33, "boot"), QStringLiteral("pxe"));
    QVERIFY(m_window->chassisModel()
                ->indexForSlot(33)
                .data(ChassisModel::LastResultRole)
                .toString()
                .isEmpty());
    // Back to the lab's default.
    QVERIFY(m_controller->run(BulkOperation::bootDevice(BootDevice::NoOverride, false), {33},
        QStringLiteral("boot none")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(readState(33, "boot"), QStringLiteral("none"));
}

void TestPowerControllerLab::pollKeepsLedsLive()
{
    m_controller->passwords().setPassword(
        QStringLiteral("lab"), QByteArrayLiteral("Administrator"));
    m_controller->setPollInterval(300);
    QVERIFY(m_controller->poller()->isActive());
    ChassisModel *model = m_window->chassisModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->powerState(33), PowerState::Off, 20000);
    QVERIFY(runLab({QStringLiteral("power"), QStringLiteral("33"), QStringLiteral("on")}));
    QTRY_COMPARE_WITH_TIMEOUT(model->powerState(33), PowerState::On, 20000);
    QVERIFY(runLab({QStringLiteral("power"), QStringLiteral("33"), QStringLiteral("off")}));
    QTRY_COMPARE_WITH_TIMEOUT(model->powerState(33), PowerState::Off, 20000);
    m_controller->setPollInterval(0);
}

QTEST_MAIN(TestPowerControllerLab)
#include "tst_powercontroller_lab.moc"

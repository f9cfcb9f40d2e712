// SPDX-License-Identifier: GPL-3.0-or-later
//
// The main window's chassis menus against the lab (CTest `lab` fixture): Next Boot
// (BIOS, persistent) and Identify (on/off/N seconds) reach the lab's state through
// the menu actions; failed slots keep their mark until acknowledged; the raw-command
// dialog sends the seed's CMM sequence byte for byte and decodes the replies;
// Discover MACs fills a copy of the lab inventory (file + backup). Slots 34-38 and
// 24-25 are used; every state is put back.

#include "chassismodel.h"
#include "ipmi/freeipmibackend.h"
#include "ipmi/statuspoller.h"
#include "ipmi/rawbytes.h"
#include "ipmi/rawpreset.h"
#include "logmodel.h"
#include "macdiscoverydialog.h"
#include "mainwindow.h"
#include "operationsettingsdialog.h"
#include "powercontroller.h"
#include "rawcommanddialog.h"
#include "labfixture.h"

#include <QAction>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QSpinBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

namespace {
QString readState(int slot, const char *file)
{
    return Lab::slotState(slot, file);
}

/// The MAC the lab's BMC of @p slot reports (its `lan` file), upper case.
QString labMac(int slot)
{
    const QStringList lines = readState(slot, "lan").split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("mac_addr:")))
            return line.mid(9).toUpper();
    }
    return {};
}

bool runLab(const QStringList &arguments)
{
    QProcess lab;
    lab.start(qEnvironmentVariable("DXLAB"), arguments);
    return lab.waitForFinished(60000) && lab.exitCode() == 0;
}
} // namespace

class TestChassisActionsLab : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nextBootBiosPersistentReachesLab();
    void identifyOnSecondsAndOffReachLab();
    void failedSlotStaysMarkedUntilAcknowledged();
    void laterSuccessClearsAFailure();
    void rawDialogSendsSeedBytesAndDecodesReplies();
    void rawDialogGetDeviceIdCompletesNormally();
    void discoverMacsFillsInventoryCopyWithBackup();
    void staggerSetInSettingsIsWrittenAndSpacesPowerOn();

private:
    bool openInventory(const QString &path);
    void selectSlots(const QList<int> &slotNumbers);
    bool trigger(const char *action);
    std::optional<IpmiTarget> target(int slot);

    std::unique_ptr<MainWindow> m_window;
    PowerController *m_controller = nullptr;
};

bool TestChassisActionsLab::openInventory(const QString &path)
{
    m_window = std::make_unique<MainWindow>(MainWindow::SettingsMode::Ephemeral);
    if (!m_window->openInventory(path))
        return false;
    m_controller = m_window->findChild<PowerController *>();
    if (!m_controller)
        return false;
    m_controller->setConfirmer([](QWidget *, const QString &) { return true; });
    m_controller->passwords().setAsker(
        [](QWidget *, const QString &, const QString &) -> std::optional<QByteArray> {
            return QByteArrayLiteral("Administrator");
        });
    m_controller->setPollInterval(0);
    return true;
}

void TestChassisActionsLab::init()
{
    QVERIFY2(!Lab::stateDir().isEmpty(), "run through ctest");
    QVERIFY(openInventory(QDir(Lab::stateDir()).filePath(QStringLiteral("inventory.json"))));
}

void TestChassisActionsLab::cleanup()
{
    if (m_controller && m_controller->isRunning()) {
        QSignalSpy finished(m_controller, &PowerController::finished);
        finished.wait(30000);
    }
    m_window.reset();
    m_controller = nullptr;
    // A test that stopped slot 36's BMC and failed half-way: start it again (a no-op
    // error when it runs).
    runLab({QStringLiteral("bmc-start"), QStringLiteral("36")});
}

void TestChassisActionsLab::selectSlots(const QList<int> &slotNumbers)
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

bool TestChassisActionsLab::trigger(const char *name)
{
    auto *action = m_window->findChild<QAction *>(QLatin1String(name));
    if (!action || !action->isEnabled())
        return false;
    QSignalSpy finished(m_controller, &PowerController::finished);
    action->trigger();
    return finished.wait(30000);
}

std::optional<IpmiTarget> TestChassisActionsLab::target(int slot)
{
    return m_controller->slotTarget(slot, QByteArrayLiteral("Administrator"));
}

void TestChassisActionsLab::nextBootBiosPersistentReachesLab()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuNextBoot"));
    QVERIFY(menu);
    auto *persistent = m_window->findChild<QAction *>(QStringLiteral("actionBootPersistent"));
    QVERIFY(persistent && persistent->isCheckable());
    QVERIFY(!persistent->isChecked()); // once by default
    QVERIFY(menu->actions().contains(persistent));

    selectSlots({34});
    persistent->setChecked(true);
    QVERIFY(trigger("actionBootBios"));
    QCOMPARE(readState(34, "boot"), QStringLiteral("bios"));
    // The BMC's own boot flags (Get System Boot Options, parameter 5): byte 2 holds the
    // device, BIOS setup = 0110b << 2. (ipmi_sim keeps the device but not the
    // valid/persistent bits of byte 1, so persistence shows only in what was sent.)
    const std::optional<IpmiTarget> bmc = target(34);
    QVERIFY(bmc);
    FreeIpmiBackend backend;
    const IpmiResult<RawResponse> flags
        = backend.raw(*bmc, RawRequest {0, 0x00, 0x09, QByteArray::fromHex("050000")});
    QVERIFY2(flags.ok(), qPrintable(flags.ok() ? QString() : flags.error().message));
    QVERIFY2(flags->completedNormally(), qPrintable(flags->completionText));
    QVERIFY2(flags->data.size() >= 4, qPrintable(BulkOperation::hexBytes(flags->data)));
    QCOMPARE(quint8(flags->data.at(3)) & 0x3c, 0x18);
    // The log names the device and the persistence.
    const LogModel *log = m_window->logModel();
    QVERIFY(log->index(log->rowCount() - 1, 0)
                .data(LogModel::ActionRole)
                .toString()
                .contains(QStringLiteral("persistent")));

    // Once, back to the lab's default.
    persistent->setChecked(false);
    QVERIFY(trigger("actionBootNone"));
    QCOMPARE(readState(34, "boot"), QStringLiteral("none"));
}

void TestChassisActionsLab::identifyOnSecondsAndOffReachLab()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuIdentify"));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 4);
    ChassisModel *model = m_window->chassisModel();
    selectSlots({35});
    QVERIFY(trigger("actionIdentifyOn"));
    QCOMPARE(readState(35, "identify"), QStringLiteral("on"));
    QVERIFY(model->indexForSlot(35).data(ChassisModel::IdentifyRole).toBool());

    m_controller->setSecondsAsker([](QWidget *) { return std::optional<int>(42); });
    QVERIFY(trigger("actionIdentifySeconds"));
    QCOMPARE(readState(35, "identify"), QStringLiteral("on 42"));

    QVERIFY(trigger("actionIdentifyOff"));
    QCOMPARE(readState(35, "identify"), QStringLiteral("off"));
    QVERIFY(!model->indexForSlot(35).data(ChassisModel::IdentifyRole).toBool());

    // Cancelling the seconds question sends nothing.
    m_controller->setSecondsAsker([](QWidget *) { return std::optional<int>(); });
    m_window->findChild<QAction *>(QStringLiteral("actionIdentifySeconds"))->trigger();
    QVERIFY(!m_controller->isRunning());
    QCOMPARE(readState(35, "identify"), QStringLiteral("off"));
}

void TestChassisActionsLab::failedSlotStaysMarkedUntilAcknowledged()
{
    OperationSettings settings = m_controller->settings();
    settings.timeoutMs = 1500;
    m_controller->applySettings(settings);
    QVERIFY(runLab({QStringLiteral("bmc-stop"), QStringLiteral("36")}));
    ChassisModel *model = m_window->chassisModel();
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("failuresButton"));
    QVERIFY(button);
    QVERIFY(!button->isVisibleTo(m_window.get()));

    selectSlots({36, 37});
    QVERIFY(trigger("actionIdentifyOff"));
    QCOMPARE(m_controller->failedSlots(), QList<int> {36});
    QVERIFY(!model->indexForSlot(36).data(ChassisModel::LastResultRole).toString().isEmpty());
    QVERIFY(model->indexForSlot(37).data(ChassisModel::LastResultRole).toString().isEmpty());
    QVERIFY(button->isVisibleTo(m_window.get()));
    QCOMPARE(button->text(), QStringLiteral("⚠ 1 failed — acknowledge"));

    auto led = [model](int slot) {
        return model->indexForSlot(slot)
            .data(ChassisModel::PowerLedRole)
            .value<ChassisModel::PowerLed>();
    };
    QCOMPARE(led(36), ChassisModel::PowerLed::Error);

    // Another action on other slots, a reload, and the BMC answering the background
    // poll again leave the mark alone.
    selectSlots({37});
    QVERIFY(trigger("actionIdentifyOff"));
    QVERIFY(m_window->reloadInventory());
    QVERIFY(runLab({QStringLiteral("bmc-start"), QStringLiteral("36")}));
    QSignalSpy rounds(m_controller->poller(), &StatusPoller::roundFinished);
    m_controller->setPollInterval(200);
    QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 2, 30000);
    m_controller->setPollInterval(0);
    QCOMPARE(m_controller->failedSlots(), QList<int> {36});
    QVERIFY(!model->indexForSlot(36).data(ChassisModel::LastResultRole).toString().isEmpty());
    QCOMPARE(led(36), ChassisModel::PowerLed::Error);

    // Acknowledge acts on the selection: slot 37 has nothing to acknowledge.
    auto *acknowledge = m_window->findChild<QAction *>(QStringLiteral("actionAcknowledgeFailures"));
    QVERIFY(acknowledge && !acknowledge->isEnabled());
    selectSlots({36, 37});
    QVERIFY(acknowledge->isEnabled());
    acknowledge->trigger();
    QVERIFY(m_controller->failedSlots().isEmpty());
    QVERIFY(model->indexForSlot(36).data(ChassisModel::LastResultRole).toString().isEmpty());
    QVERIFY(!button->isVisibleTo(m_window.get()));
    QVERIFY(led(36) != ChassisModel::PowerLed::Error);
}

void TestChassisActionsLab::laterSuccessClearsAFailure()
{
    OperationSettings settings = m_controller->settings();
    settings.timeoutMs = 1500;
    m_controller->applySettings(settings);
    QVERIFY(runLab({QStringLiteral("bmc-stop"), QStringLiteral("36")}));
    selectSlots({36});
    QVERIFY(trigger("actionIdentifyOff"));
    QCOMPARE(m_controller->failureCount(), 1);
    QVERIFY(runLab({QStringLiteral("bmc-start"), QStringLiteral("36")}));
    QVERIFY(trigger("actionIdentifyOff"));
    QCOMPARE(m_controller->failureCount(), 0);
    QVERIFY(m_window->chassisModel()
                ->indexForSlot(36)
                .data(ChassisModel::LastResultRole)
                .toString()
                .isEmpty());
}

void TestChassisActionsLab::rawDialogSendsSeedBytesAndDecodesReplies()
{
    selectSlots({37});
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionRawCommand"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = m_window->findChild<RawCommandDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->selectPreset(QStringLiteral("qsfp-to-rj45")));

    // Exactly the seed's ten ipmitool lines, before anything is sent.
    QStringList seed;
    for (const char *port :
        {"0x17", "0x18", "0x19", "0x1a", "0x1b", "0x1c", "0x1d", "0x1e", "0x1f", "0x20"})
        seed << QStringLiteral("0x30 0x06 0x40 %1 0x00 0x20 0x30 0xb0 0x26 0x00 0x01 0x01 0x14 "
                               "0x00 0x00 0xc4")
                    .arg(QLatin1String(port));
    QCOMPARE(dialog->previewLines(), seed);
    QVERIFY(dialog->replyLines().join(QString()).isEmpty());

    // The lab has no CMM: the sequence goes to slot 37's BMC, which answers the OEM
    // netfn with a completion code; the dialog says which, in words.
    QCOMPARE(dialog->targetIndex(), 0);
    QSignalSpy finished(dialog, &RawCommandDialog::finished);
    QSignalSpy replied(dialog, &RawCommandDialog::replied);
    QVERIFY(dialog->send());
    QVERIFY(finished.wait(60000));
    QCOMPARE(replied.size(), 10);
    const QStringList replies = dialog->replyLines();
    QCOMPARE(replies.size(), 10);
    for (const QString &reply : replies) {
        QVERIFY2(reply.startsWith(QStringLiteral("0xc1 ")), qPrintable(reply));
        QVERIFY2(reply.contains(QStringLiteral("nvalid")), qPrintable(reply));
        QVERIFY2(reply.endsWith(QStringLiteral("data: no data")), qPrintable(reply));
    }
    QCOMPARE(replied.constFirst().at(0).toString(), QStringLiteral("lab:s37"));
    QCOMPARE(replied.constFirst().at(1).toString(), seed.constFirst());
    QCOMPARE(replied.constFirst().at(2).toBool(), false);
    // Every request is in the operations log.
    const LogModel *log = m_window->logModel();
    int logged = 0;
    for (int row = 0; row < log->rowCount(); ++row)
        logged += log->index(row, 0)
                      .data(LogModel::ActionRole)
                      .toString()
                      .contains(QStringLiteral("0x30 0x06 0x40"))
            ? 1
            : 0;
    QCOMPARE(logged, 10);
    dialog->close();
}

void TestChassisActionsLab::rawDialogGetDeviceIdCompletesNormally()
{
    selectSlots({37});
    m_window->findChild<QAction *>(QStringLiteral("actionRawCommand"))->trigger();
    auto *dialog = m_window->findChild<RawCommandDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->selectPreset(QStringLiteral("device-id")));
    QCOMPARE(dialog->previewLines(), QStringList {QStringLiteral("0x06 0x01")});
    QSignalSpy finished(dialog, &RawCommandDialog::finished);
    QVERIFY(dialog->send());
    QVERIFY(finished.wait(30000));
    const QString reply = dialog->replyLines().value(0);
    QVERIFY2(reply.startsWith(QStringLiteral("0x00 Command Completed Normally"))
            && reply.contains(QStringLiteral("; data: 20 01 ")),
        qPrintable(reply));
    dialog->close();
}

void TestChassisActionsLab::discoverMacsFillsInventoryCopyWithBackup()
{
    // A copy of the lab inventory where slot 24 has no MACs and slot 25 a wrong one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile source(QDir(Lab::stateDir()).filePath(QStringLiteral("inventory.json")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray enclosures = root.value(QStringLiteral("enclosures")).toArray();
    QJsonObject enclosure = enclosures.at(0).toObject();
    QJsonArray slotArray = enclosure.value(QStringLiteral("slots")).toArray();
    for (int i = 0; i < slotArray.size(); ++i) {
        QJsonObject slot = slotArray.at(i).toObject();
        const int number = slot.value(QStringLiteral("slot")).toInt();
        if (number == 24 || number == 25) {
            slot.remove(QStringLiteral("nicMacs"));
            slot.remove(QStringLiteral("bmcMac"));
            if (number == 25)
                slot.insert(QStringLiteral("bmcMac"), QStringLiteral("02:00:00:00:00:25"));
            slotArray.replace(i, slot);
        }
    }
    enclosure.insert(QStringLiteral("slots"), slotArray);
    enclosures.replace(0, enclosure);
    root.insert(QStringLiteral("enclosures"), enclosures);
    const QString path = dir.filePath(QStringLiteral("inventory.json"));
    {
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(QJsonDocument(root).toJson());
    }
    QVERIFY(openInventory(path));

    selectSlots({24, 25});
    QVERIFY(trigger("actionDiscoverMacs"));
    auto *dialog = m_window->findChild<MacDiscoveryDialog *>();
    QVERIFY(dialog);
    const QList<MacDiscoveryDialog::Row> rows = dialog->rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).slot, 24);
    QCOMPARE(rows.at(0).readMac->toString(), labMac(24));
    QCOMPARE(rows.at(0).readMac->toString(), QStringLiteral("74:D4:35:83:75:60"));
    QVERIFY(rows.at(0).inventoryMac.isNull());
    QVERIFY(!rows.at(0).conflict);
    QCOMPARE(rows.at(0).nicMacs.size(), 2);
    QCOMPARE(rows.at(0).nicMacs.at(0).toString(), QStringLiteral("74:D4:35:83:75:5E"));
    QCOMPARE(rows.at(1).slot, 25);
    QVERIFY(rows.at(1).conflict); // changed from the file's MAC
    QVERIFY(rows.at(1).status.contains(QStringLiteral("02:00:00:00:00:25")));
    QCOMPARE(dialog->acceptedEntries().size(), 2);

    dialog->accept();
    QTRY_COMPARE(m_window->chassisModel()
                     ->indexForSlot(24)
                     .data(ChassisModel::BmcMacRole)
                     .value<MacAddress>()
                     .toString(),
        QStringLiteral("74:D4:35:83:75:60"));

    // The file: the lab's MACs, NICs derived by the rule and marked; the old file kept.
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonArray after = QJsonDocument::fromJson(written.readAll())
                                 .object()
                                 .value(QStringLiteral("enclosures"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("slots"))
                                 .toArray();
    int checked = 0;
    for (const QJsonValue &value : after) {
        const QJsonObject slot = value.toObject();
        const int number = slot.value(QStringLiteral("slot")).toInt();
        if (number != 24 && number != 25)
            continue;
        ++checked;
        const QString bmc = number == 24 ? QStringLiteral("74:D4:35:83:75:60")
                                         : QStringLiteral("74:D4:35:83:79:1E");
        QCOMPARE(slot.value(QStringLiteral("bmcMac")).toString(), bmc);
        QCOMPARE(slot.value(QStringLiteral("bmcMac")).toString(), labMac(number));
        const QJsonArray nics = slot.value(QStringLiteral("nicMacs")).toArray();
        QCOMPARE(nics.size(), 2);
        const QString nic1 = number == 24 ? QStringLiteral("74:D4:35:83:75:5E")
                                          : QStringLiteral("74:D4:35:83:79:1C");
        const QString nic2 = number == 24 ? QStringLiteral("74:D4:35:83:75:5F")
                                          : QStringLiteral("74:D4:35:83:79:1D");
        QCOMPARE(nics.at(0).toString(), nic1);
        QCOMPARE(nics.at(1).toString(), nic2);
        QCOMPARE(slot.value(QStringLiteral("nicMacsDerived")).toBool(), true);
    }
    QCOMPARE(checked, 2);
    const QStringList backups
        = QDir(dir.path()).entryList({QStringLiteral("inventory.json.*.bak")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QFile backup(dir.filePath(backups.constFirst()));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QVERIFY(backup.readAll().contains("02:00:00:00:00:25"));
}

void TestChassisActionsLab::staggerSetInSettingsIsWrittenAndSpacesPowerOn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("inventory.json"));
    QVERIFY(QFile::copy(QDir(Lab::stateDir()).filePath(QStringLiteral("inventory.json")), path));
    QVERIFY(openInventory(path));
    QCOMPARE(m_window->chassisModel()->enclosure().powerOnStaggerModules, 0);

    m_window->findChild<QAction *>(QStringLiteral("actionOperationSettings"))->trigger();
    auto *dialog = m_window->findChild<OperationSettingsDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(QStringLiteral("staggerModules"))->setValue(1);
    dialog->findChild<QDoubleSpinBox *>(QStringLiteral("staggerInterval"))->setValue(0.4);
    dialog->accept();
    QTRY_COMPARE(m_window->chassisModel()->enclosure().powerOnStaggerModules, 1);
    QCOMPARE(m_window->chassisModel()->enclosure().powerOnStaggerIntervalMs, 400);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("\"powerOnStagger\""));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("inventory.json.*.bak")}).size(), 1);

    // One module per 0.4 s: the third is sent two intervals after the first.
    selectSlots({38, 39, 40});
    QElapsedTimer timer;
    timer.start();
    QVERIFY(trigger("actionPowerOn"));
    QVERIFY2(timer.elapsed() >= 800, qPrintable(QString::number(timer.elapsed())));
    for (int slot : {38, 39, 40})
        QCOMPARE(readState(slot, "power"), QStringLiteral("on"));
    for (int slot : {38, 39, 40})
        QVERIFY(runLab({QStringLiteral("power"), QString::number(slot), QStringLiteral("off")}));
}

QTEST_MAIN(TestChassisActionsLab)
#include "tst_chassisactions_lab.moc"

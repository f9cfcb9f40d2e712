// SPDX-License-Identifier: GPL-3.0-or-later
//
// The chassis actions without a lab: where the Next Boot and Identify submenus and
// the failure, raw-command, MAC and settings actions appear (menu, toolbar drop-down
// buttons, front-panel context menu), unique keyboard shortcuts, the operation
// settings (QSettings, dialog) and the inventory's per-enclosure power-on stagger,
// the raw-command dialog's validation and the MAC review's flags.

#include "chassis/inventoryio.h"
#include "frontpanelview.h"
#include "macdiscoverydialog.h"
#include "mainwindow.h"
#include "operationsettings.h"
#include "operationsettingsdialog.h"
#include "powercontroller.h"
#include "rawcommanddialog.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

namespace {
QMenu *chassisMenu(MainWindow &window)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == QLatin1String("&Chassis"))
            return action->menu();
    }
    return nullptr;
}

const char *const StaggerInventory = R"({
  "format": "dxchassis-inventory", "version": 1,
  "enclosures": [
    { "name": "a", "profile": "DX1000", "powerOnStagger": { "modules": 4, "intervalMs": 1500 },
      "slots": [ { "slot": 1, "module": "server" } ] },
    { "name": "b", "profile": "DX1000", "slots": [] }
  ]
})";
} // namespace

class TestChassisActions : public QObject
{
    Q_OBJECT

private slots:
    void chassisMenuHasSubmenusAndFailureActions()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        QMenu *chassis = chassisMenu(window);
        QVERIFY(chassis);
        auto *nextBoot = window.findChild<QMenu *>(QStringLiteral("menuNextBoot"));
        auto *identify = window.findChild<QMenu *>(QStringLiteral("menuIdentify"));
        QVERIFY(nextBoot && identify);
        QVERIFY(chassis->actions().contains(nextBoot->menuAction()));
        QVERIFY(chassis->actions().contains(identify->menuAction()));
        QStringList bootNames;
        for (QAction *action : nextBoot->actions())
            bootNames << action->objectName();
        QCOMPARE(bootNames,
            (QStringList {QStringLiteral("actionPxeBoot"), QStringLiteral("actionBootDisk"),
                QStringLiteral("actionBootBios"), QStringLiteral("actionBootNone"), QString(),
                QStringLiteral("actionBootPersistent")}));
        QStringList identifyNames;
        for (QAction *action : identify->actions())
            identifyNames << action->objectName();
        QCOMPARE(identifyNames,
            (QStringList {QStringLiteral("actionIdentify"), QStringLiteral("actionIdentifySeconds"),
                QStringLiteral("actionIdentifyOn"), QStringLiteral("actionIdentifyOff")}));
        for (const char *name : {"actionAcknowledgeFailures", "actionAcknowledgeAllFailures",
                 "actionDiscoverMacs", "actionRawCommand", "actionOperationSettings"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && chassis->actions().contains(action), name);
        }
        // Nothing to act on yet; settings always open.
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionBootBios"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionRawCommand"))->isEnabled());
        QVERIFY(
            window.findChild<QAction *>(QStringLiteral("actionOperationSettings"))->isEnabled());
    }

    void persistentBootDefaultsToOnce()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        auto *persistent = window.findChild<QAction *>(QStringLiteral("actionBootPersistent"));
        QVERIFY(persistent && persistent->isCheckable());
        QVERIFY(!persistent->isChecked());
    }

    void toolbarHasDropDownButtonsThatRunTheDefault()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        for (const auto &[button, menu, action] :
            {std::tuple {"menuNextBootButton", "menuNextBoot", "actionPxeBoot"},
                std::tuple {"menuIdentifyButton", "menuIdentify", "actionIdentify"}}) {
            auto *tool = window.findChild<QToolButton *>(QLatin1String(button));
            QVERIFY2(tool, button);
            QCOMPARE(tool->popupMode(), QToolButton::MenuButtonPopup);
            QCOMPARE(tool->menu(), window.findChild<QMenu *>(QLatin1String(menu)));
            QCOMPARE(tool->defaultAction(), window.findChild<QAction *>(QLatin1String(action)));
            QCOMPARE(
                tool->parentWidget(), window.findChild<QToolBar *>(QStringLiteral("mainToolBar")));
        }
    }

    void frontPanelContextMenuOffersTheSubmenus()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        const QList<QAction *> actions = window.frontPanelView()->contextActions();
        QVERIFY(actions.contains(
            window.findChild<QMenu *>(QStringLiteral("menuNextBoot"))->menuAction()));
        QVERIFY(actions.contains(
            window.findChild<QMenu *>(QStringLiteral("menuIdentify"))->menuAction()));
        QVERIFY(actions.contains(
            window.findChild<QAction *>(QStringLiteral("actionAcknowledgeFailures"))));
        QVERIFY(actions.contains(window.findChild<QAction *>(QStringLiteral("actionPowerOn"))));
    }

    void chassisShortcutsExistAndAreUniqueInTheWindow()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        for (const char *name : {"actionPowerOn", "actionPowerOff", "actionPowerCycle",
                 "actionReset", "actionSoftShutdown", "actionOpenConsole", "actionIdentify"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && !action->shortcut().isEmpty(), name);
        }
        QHash<QString, QString> owners;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString text = key.toString();
                QVERIFY2(!owners.contains(text),
                    qPrintable(
                        QStringLiteral("%1: %2 and %3")
                            .arg(text, owners.value(text), action->objectName() + action->text())));
                owners.insert(text, action->objectName() + action->text());
            }
        }
    }

    void operationSettingsRoundTripAndClampInQSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(OperationSettings::load(settings), OperationSettings {});
        OperationSettings s;
        s.fanout = 16;
        s.timeoutMs = 2500;
        s.confirmThreshold = 5;
        s.pollIntervalMs = 0;
        s.save(settings);
        QCOMPARE(OperationSettings::load(settings), s);
        settings.setValue(QStringLiteral("operations/fanout"), 0);
        settings.setValue(QStringLiteral("operations/confirmThreshold"), -3);
        const OperationSettings clamped = OperationSettings::load(settings);
        QCOMPARE(clamped.fanout, 1);
        QCOMPARE(clamped.confirmThreshold, 1);
    }

    void settingsDialogReturnsWhatWasEdited()
    {
        OperationSettingsDialog dialog;
        OperationSettings s;
        s.fanout = 12;
        s.confirmThreshold = 3;
        dialog.setSettings(s);
        QCOMPARE(dialog.settings(), s);
        QVERIFY(!dialog.staggerChanged()); // no enclosure given
        dialog.setStagger(QStringLiteral("dx1"), 0, 1000);
        QVERIFY(!dialog.staggerChanged());
        dialog.findChild<QSpinBox *>(QStringLiteral("staggerModules"))->setValue(6);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("staggerInterval"))->setValue(2.5);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("pollInterval"))->setValue(0);
        QVERIFY(dialog.staggerChanged());
        QCOMPARE(dialog.staggerModules(), 6);
        QCOMPARE(dialog.staggerIntervalMs(), 2500);
        QCOMPARE(dialog.settings().pollIntervalMs, 0);
    }

    void inventoryKeepsPowerOnStaggerPerEnclosure()
    {
        const InventoryLoadResult loaded = InventoryIo::parse(StaggerInventory);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QVERIFY(loaded.warnings.isEmpty());
        QCOMPARE(loaded.inventory->enclosures.at(0).powerOnStaggerModules, 4);
        QCOMPARE(loaded.inventory->enclosures.at(0).powerOnStaggerIntervalMs, 1500);
        // Absent: all at once, as version-1 files without the key always meant.
        QCOMPARE(loaded.inventory->enclosures.at(1).powerOnStaggerModules, 0);
        const QByteArray written = InventoryIo::serialize(*loaded.inventory);
        const InventoryLoadResult again = InventoryIo::parse(written);
        QVERIFY(again.ok());
        QCOMPARE(*again.inventory, *loaded.inventory);
        QCOMPARE(written.count("powerOnStagger"), 1);
    }

    void inventoryRefusesAStaggerOutOfRange()
    {
        QByteArray json(StaggerInventory);
        json.replace("\"modules\": 4", "\"modules\": 99");
        const InventoryLoadResult loaded = InventoryIo::parse(json);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.jsonPath.contains(QStringLiteral("powerOnStagger")),
            qPrintable(loaded.error.toString()));
    }

    void rawDialogNamesTheBadByteAndWillNotSend()
    {
        RawCommandDialog dialog(nullptr,
            {RawCommandDialog::TargetChoice {QStringLiteral("Slot 1"), RawPreset::Target::Bmc, 1}},
            [](const RawCommandDialog::TargetChoice &,
                QString *error) -> std::optional<IpmiTarget> {
                *error = QStringLiteral("not in this test");
                return std::nullopt;
            });
        QCOMPARE(dialog.presetId(), QStringLiteral("device-id"));
        QCOMPARE(dialog.previewLines(), QStringList {QStringLiteral("0x06 0x01")});
        auto *data = dialog.findChild<QLineEdit *>(QStringLiteral("rawData"));
        QVERIFY(data);
        QTest::keyClicks(data, QStringLiteral("01 0x2z"));
        QCOMPARE(dialog.presetId(), QString()); // edited: a custom request now
        QCOMPARE(dialog.errorText(),
            QStringLiteral("Data byte 2: \"0x2z\" is not a hexadecimal byte (00 to ff)"));
        QVERIFY(dialog.requests().isEmpty());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("rawSend"))->isEnabled());
        QVERIFY(!dialog.send());

        // The multi-request preset lists every request; its fields are read-only.
        QVERIFY(dialog.selectPreset(QStringLiteral("qsfp-to-rj45")));
        QCOMPARE(dialog.previewLines().size(), 10);
        QVERIFY(data->isReadOnly());
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(!dialog.send()); // the resolver refuses: nothing sent, no crash
    }

    void rawReplyIsDecodedInWords()
    {
        RawResponse response;
        response.command = 0x06;
        response.completionCode = 0xc1;
        response.completionText = QStringLiteral("Invalid Command");
        QCOMPARE(RawCommandDialog::replyText(response),
            QStringLiteral("0xc1 Invalid Command; data: no data"));
        response.completionCode = 0;
        response.completionText = QStringLiteral("Command Completed Normally");
        response.data = QByteArray::fromHex("2001");
        QCOMPARE(RawCommandDialog::replyText(response),
            QStringLiteral("0x00 Command Completed Normally; data: 20 01"));
    }

    void macReviewFlagsChangedDuplicateAndFailedReads()
    {
        Enclosure enclosure;
        enclosure.name = QStringLiteral("dx1");
        SlotInfo s1;
        s1.slot = 1;
        s1.module = ModuleType::Server;
        s1.bmcMac = *MacAddress::parse(QStringLiteral("74:D4:35:83:78:16"));
        SlotInfo s2 = s1;
        s2.slot = 2;
        s2.bmcMac = MacAddress();
        SlotInfo s3 = s1;
        s3.slot = 3;
        s3.bmcMac = *MacAddress::parse(QStringLiteral("02:44:58:00:03:12"));
        // Read NIC MACs on file that do not follow the rule.
        s3.nicMacs = {*MacAddress::parse(QStringLiteral("02:00:00:00:00:01")),
            *MacAddress::parse(QStringLiteral("02:00:00:00:00:02"))};
        SlotInfo s5 = s1;
        s5.slot = 5;
        s5.bmcMac = *MacAddress::parse(QStringLiteral("02:44:58:00:05:12"));
        enclosure.moduleSlots = {s1, s2, s3, s5};

        const QList<MacDiscoveryDialog::Read> reads {
            {1, MacAddress::parse(QStringLiteral("74:D4:35:83:78:16")), {}},
            {2, MacAddress::parse(QStringLiteral("02:44:58:00:05:12")), {}}, // slot 5's MAC
            {3, MacAddress::parse(QStringLiteral("02:44:58:00:03:13")), {}},
            {4, std::nullopt, QStringLiteral("slot 4: no answer")},
        };
        const QList<MacDiscoveryDialog::Row> rows = MacDiscoveryDialog::review(enclosure, reads);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).status, QStringLiteral("unchanged"));
        QVERIFY(!rows.at(0).conflict);
        QVERIFY(rows.at(0).writable);
        QCOMPARE(rows.at(0).nicMacs.value(0).toString(), QStringLiteral("74:D4:35:83:78:14"));
        QVERIFY(rows.at(1).conflict);
        QVERIFY(!rows.at(1).writable);
        QVERIFY2(
            rows.at(1).status.contains(QStringLiteral("slot 5")), qPrintable(rows.at(1).status));
        QVERIFY(rows.at(2).conflict);
        QVERIFY2(rows.at(2).status.contains(QStringLiteral("changed (was 02:44:58:00:03:12)")),
            qPrintable(rows.at(2).status));
        QVERIFY2(rows.at(2).status.contains(QStringLiteral("contradict")),
            qPrintable(rows.at(2).status));
        QVERIFY(!rows.at(2).nicMacsDerived); // read NICs are kept
        QVERIFY(!rows.at(3).readMac);
        QCOMPARE(rows.at(3).status, QStringLiteral("slot 4: no answer"));

        MacDiscoveryDialog dialog(enclosure, reads);
        QList<int> accepted;
        for (const NiclistEntry &entry : dialog.acceptedEntries())
            accepted << entry.slot;
        QCOMPARE(accepted, (QList<int> {1, 3}));
        dialog.setChecked(2, true);
        QCOMPARE(dialog.acceptedEntries().size(), 3);
    }
};

QTEST_MAIN(TestChassisActions)
#include "tst_chassisactions.moc"

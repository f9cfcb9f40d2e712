// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "aboutdialog.h"
#include "chassismodel.h"
#include "frontpanelview.h"
#include "rackmodel.h"
#include "rackview.h"
#include "rearpanelview.h"
#include "serialsettingsdialog.h"
#include "ipmi/freeipmibackend.h"
#include "logmodel.h"
#include "vtermscreen.h"

namespace {

QString guiData(const char *name)
{
    return QStringLiteral(DX_TEST_DATA "/gui/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Copies a test file into @p dir, so that the test can tell whether anything
/// was written next to it.
QString copyInto(const QTemporaryDir &dir, const char *name)
{
    const QString target = dir.filePath(QLatin1String(name));
    QFile::remove(target);
    if (!QFile::copy(guiData(name), target))
        qFatal("cannot copy %s", name);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

/// Selects @p slotNumbers of the current enclosure as the table would.
void selectSlots(MainWindow &window, const QList<int> &slotNumbers)
{
    QTableView *table = window.slotView();
    QItemSelection selection;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (slotNumbers.contains(index.data(ChassisModel::SlotRole).toInt()))
            selection.select(index, index.siblingAtColumn(ChassisModel::NUM_COLUMNS - 1));
    }
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

/// Slot numbers selected in the rack view, as "row:slot".
QStringList rackSelection(const MainWindow &window)
{
    QStringList selected;
    for (const QModelIndex &index : window.rackView()->selectionModel()->selectedRows()) {
        selected << QStringLiteral("%1:%2")
                        .arg(index.parent().row())
                        .arg(index.data(ChassisModel::SlotRole).toInt());
    }
    selected.sort();
    return selected;
}

QString statusText(const MainWindow &window, const char *name)
{
    auto *label = window.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

LogModel::Entry lastLogEntry(const MainWindow &window)
{
    const LogModel *log = window.logModel();
    return log->count() > 0 ? log->entry(log->count() - 1) : LogModel::Entry();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Persistent-mode tests write their settings here, never to the real ones.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("dxchassis-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void cleanup()
    {
        // Close any error box left open by a failed load.
        const auto boxes = QApplication::topLevelWidgets();
        for (QWidget *widget : boxes) {
            if (qobject_cast<QMessageBox *>(widget))
                widget->close();
        }
    }

    void startsEmpty()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.inventory(), nullptr);
        QCOMPARE(window.chassisModel()->rowCount(), 0);
        QCOMPARE(
            window.findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentIndex(), 0);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionReloadInventory"))->isEnabled());
        QVERIFY(!window.reloadInventory());
        QCOMPARE(statusText(window, "fileStatus"), QStringLiteral("No inventory"));
    }

    void menusAndChassisActions()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        const QStringList menus {QStringLiteral("&File"), QStringLiteral("&Edit"),
            QStringLiteral("&View"), QStringLiteral("&Chassis"), QStringLiteral("&Tools"),
            QStringLiteral("&Help")};
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        QCOMPARE(titles, menus);

        // Present from the start, disabled until issues 4 and 5 implement them.
        for (const char *name : {"actionPowerOn", "actionPowerOff", "actionPowerCycle",
                 "actionReset", "actionSoftShutdown", "actionPxeBoot", "actionIdentify",
                 "actionOpenConsole", "actionPxeWizard", "actionSwitchConsole"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->isEnabled(), name);
        }
        for (const char *name :
            {"actionOpenInventory", "actionQuit", "actionAbout", "actionAboutQt"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && action->isEnabled(), name);
        }
    }

    void opensAGoodInventory()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(window.openInventory(guiData("lab-like.json")));
        QVERIFY(window.inventory());
        QCOMPARE(window.inventoryPath(), QFileInfo(guiData("lab-like.json")).absoluteFilePath());
        QCOMPARE(window.currentEnclosureName(), QStringLiteral("dx1000-lab"));
        QCOMPARE(window.chassisModel()->rowCount(), 46);
        QCOMPARE(window.slotView()->model()->rowCount(), 46);
        QCOMPARE(
            window.findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentIndex(), 1);
        QVERIFY(window.windowTitle().contains(QStringLiteral("lab-like.json")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionReloadInventory"))->isEnabled());

        // One enclosure: its name, no selector.
        auto *selector = window.findChild<QComboBox *>(QStringLiteral("enclosureSelector"));
        QVERIFY(!selector->isVisibleTo(&window));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("enclosureName"))->text(),
            QStringLiteral("dx1000-lab"));

        QVERIFY(statusText(window, "fileStatus").contains(QStringLiteral("lab-like.json")));
        QVERIFY(statusText(window, "enclosureStatus").contains(QStringLiteral("dx1000-lab")));
        QVERIFY(statusText(window, "slotStatus").contains(QStringLiteral("46")));
        QVERIFY(statusText(window, "slotStatus").contains(QStringLiteral("44")));
        QVERIFY(statusText(window, "selectionStatus").startsWith(QStringLiteral("0")));

        window.slotView()->selectRow(22);
        QVERIFY(statusText(window, "selectionStatus").startsWith(QStringLiteral("1")));

        const LogModel::Entry logged = lastLogEntry(window);
        QCOMPARE(logged.result, LogModel::Result::Ok);
        QCOMPARE(logged.target, QStringLiteral("lab-like.json"));
        QCOMPARE(window.recentFiles().value(0), window.inventoryPath());
    }

    void selectsAmongSeveralEnclosures()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        window.show();
        QVERIFY(window.openInventory(guiData("two-enclosures.json")));
        auto *selector = window.findChild<QComboBox *>(QStringLiteral("enclosureSelector"));
        QVERIFY(selector->isVisibleTo(&window));
        QCOMPARE(selector->count(), 2);
        QCOMPARE(window.currentEnclosureName(), QStringLiteral("rack1-u01"));
        QCOMPARE(window.chassisModel()->moduleCount(), 3);

        QVERIFY(window.selectEnclosure(QStringLiteral("rack1-u03")));
        QCOMPARE(window.currentEnclosureName(), QStringLiteral("rack1-u03"));
        QCOMPARE(window.chassisModel()->enclosure().name, QStringLiteral("rack1-u03"));
        QCOMPARE(window.chassisModel()->moduleCount(), 1);
        QVERIFY(statusText(window, "enclosureStatus").contains(QStringLiteral("rack1-u03")));
        QVERIFY(!window.selectEnclosure(QStringLiteral("nosuch")));

        // A reload keeps the enclosure the operator was looking at.
        QVERIFY(window.reloadInventory());
        QCOMPARE(window.currentEnclosureName(), QStringLiteral("rack1-u03"));
    }

    void failedOpenKeepsThePreviousInventory_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("bad MAC") << "bad-mac.json"
                                 << "bad-mac.json:10:54: enclosures[0].slots[0].bmcMac";
        QTest::newRow("newer version") << "newer-version.json"
                                       << "newer-version.json:3:14: version";
    }

    void failedOpenKeepsThePreviousInventory()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectedError);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString good = copyInto(dir, "lab-like.json");
        const QString bad = copyInto(dir, file.toUtf8().constData());
        const QByteArray badBefore = readAll(bad);
        const QDateTime badModified = QFileInfo(bad).lastModified();
        const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        window.show();
        QVERIFY(window.openInventory(good));
        window.chassisModel()->setPowerState(23, PowerState::On);
        const Inventory before = *window.inventory();

        QVERIFY(!window.openInventory(bad));

        // The previous inventory stays, live state included.
        QVERIFY(window.inventory());
        QVERIFY(*window.inventory() == before);
        QCOMPARE(window.inventoryPath(), good);
        QCOMPARE(window.currentEnclosureName(), QStringLiteral("dx1000-lab"));
        QCOMPARE(window.chassisModel()->rowCount(), 46);
        QCOMPARE(
            window.chassisModel()->indexForSlot(23, ChassisModel::HostNameColumn).data().toString(),
            QStringLiteral("dx1000s23"));
        QCOMPARE(window.chassisModel()->powerState(23), PowerState::On);
        QVERIFY(window.windowTitle().contains(QStringLiteral("lab-like.json")));

        // The file is never written, nor anything next to it.
        QCOMPARE(readAll(bad), badBefore);
        QCOMPARE(QFileInfo(bad).lastModified(), badModified);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), entriesBefore);

        // The error is shown (without blocking) and logged, naming file, line and JSON path.
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("inventoryErrorBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(expectedError), qPrintable(box->text()));
        const LogModel::Entry logged = lastLogEntry(window);
        QCOMPARE(logged.result, LogModel::Result::Failed);
        QCOMPARE(logged.target, file);
        QVERIFY2(logged.message.contains(expectedError), qPrintable(logged.message));
        box->close();
    }

    void failedFirstOpenShowsNothing()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        window.show();
        QVERIFY(!window.openInventory(guiData("no-such-file.json")));
        QCOMPARE(window.inventory(), nullptr);
        QCOMPARE(window.chassisModel()->rowCount(), 0);
        QCOMPARE(
            window.findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentIndex(), 0);
        QCOMPARE(lastLogEntry(window).result, LogModel::Result::Failed);
        QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("inventoryErrorBox")));
        QVERIFY(window.recentFiles().isEmpty());
    }

    void reloadReadsTheFileAgain()
    {
        QTemporaryDir dir;
        const QString path = copyInto(dir, "lab-like.json");
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(window.openInventory(path));

        QByteArray json = readAll(path);
        json.replace("\"dx1000s23\"", "\"renamed23\"");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();

        QVERIFY(window.reloadInventory());
        QCOMPARE(
            window.chassisModel()->indexForSlot(23, ChassisModel::HostNameColumn).data().toString(),
            QStringLiteral("renamed23"));
    }

    void aboutDialogNamesTheVersions()
    {
        AboutDialog dialog;
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            texts << label->text();
        const QString shown = texts.join(QLatin1Char('\n'));

        QVERIFY(!freeIpmiLibraryVersion().isEmpty());
        QVERIFY(!VtermScreen::libraryVersion().isEmpty());
        for (const QString &expected : {QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR), freeIpmiLibraryVersion(),
                 VtermScreen::libraryVersion(), QStringLiteral(DXCHASSIS_VERSION)}) {
            QVERIFY2(
                shown.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + shown));
            QVERIFY(AboutDialog::versionText().contains(expected));
        }
        for (const QString &component :
            {QStringLiteral("Qt"), QStringLiteral("FreeIPMI"), QStringLiteral("libvterm")})
            QVERIFY2(shown.contains(component), qPrintable(component));

        // Help > About opens it without blocking.
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        window.show();
        window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        auto *shownDialog = window.findChild<AboutDialog *>();
        QVERIFY(shownDialog);
        QTRY_VERIFY(shownDialog->isVisible());
        shownDialog->close();
    }

    void zoomScalesTheSlotView()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(window.openInventory(guiData("lab-like.json")));
        const qreal base = window.slotView()->font().pointSizeF();
        window.chassisModel()->setPowerState(23, PowerState::On);
        window.setZoom(150);
        QCOMPARE(window.chassisModel()->powerState(23), PowerState::On); // zoom keeps live state
        QCOMPARE(window.zoom(), 150);
        QCOMPARE(window.slotView()->font().pointSizeF(), base * 1.5);
        window.findChild<QAction *>(QStringLiteral("actionZoomIn"))->trigger();
        QCOMPARE(window.zoom(), 175);
        window.findChild<QAction *>(QStringLiteral("actionZoomReset"))->trigger();
        QCOMPARE(window.zoom(), 100);
        QCOMPARE(window.slotView()->font().pointSizeF(), base);
        window.setZoom(10000);
        QCOMPARE(window.zoom(), 300);
    }

    void remembersRecentFilesAndZoom()
    {
        {
            MainWindow window(MainWindow::SettingsMode::Persistent);
            window.show();
            QVERIFY(window.openInventory(guiData("two-enclosures.json")));
            QVERIFY(window.openInventory(guiData("lab-like.json")));
            window.setZoom(125);
            window.close();
        }
        MainWindow window(MainWindow::SettingsMode::Persistent);
        QCOMPARE(window.recentFiles(),
            (QStringList {QFileInfo(guiData("lab-like.json")).absoluteFilePath(),
                QFileInfo(guiData("two-enclosures.json")).absoluteFilePath()}));
        QCOMPARE(window.zoom(), 125);
        QCOMPARE(window.inventory(), nullptr); // remembered, not reopened

        // An ephemeral window neither reads nor writes them.
        MainWindow ephemeral(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(ephemeral.recentFiles().isEmpty());
        QCOMPARE(ephemeral.zoom(), 100);
    }

    void viewMenuAndShortcutsSwitchTheCentralView()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(window.openInventory(guiData("lab-like.json")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.centralView(), MainWindow::CentralView::Front);
        QTRY_VERIFY(window.frontPanelView()->isVisible());

        const QList<std::pair<const char *, MainWindow::CentralView>> actions {
            {"actionViewRear", MainWindow::CentralView::Rear},
            {"actionViewRack", MainWindow::CentralView::Rack},
            {"actionViewTable", MainWindow::CentralView::Table},
            {"actionViewFront", MainWindow::CentralView::Front}};
        for (const auto &[name, view] : actions) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && action->isCheckable(), name);
            action->trigger();
            QCOMPARE(window.centralView(), view);
            QVERIFY(action->isChecked());
        }
        QVERIFY(window.rearPanelView()->isHidden() || !window.rearPanelView()->isVisible());

        // Ctrl+1..4 in the order of the tabs.
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.centralView(), MainWindow::CentralView::Rack);
        QTRY_VERIFY(window.rackView()->isVisible());
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.centralView(), MainWindow::CentralView::Rear);
        QTRY_VERIFY(window.rearPanelView()->isVisible());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionViewRear"))->isChecked());
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.centralView(), MainWindow::CentralView::Table);
        QTRY_VERIFY(window.slotView()->isVisible());

        // Clicking a tab checks the View menu's action too.
        window.findChild<QTabWidget *>(QStringLiteral("centralViews"))->setCurrentIndex(0);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionViewFront"))->isChecked());
    }

    void centralViewIsRememberedInPersistentModeOnly()
    {
        {
            MainWindow window(MainWindow::SettingsMode::Persistent);
            window.show();
            window.setCentralView(MainWindow::CentralView::Rack);
            window.close();
        }
        MainWindow window(MainWindow::SettingsMode::Persistent);
        QCOMPARE(window.centralView(), MainWindow::CentralView::Rack);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionViewRack"))->isChecked());
        MainWindow ephemeral(MainWindow::SettingsMode::Ephemeral);
        QCOMPARE(ephemeral.centralView(), MainWindow::CentralView::Front);
        window.setCentralView(MainWindow::CentralView::Front);
        window.close();
    }

    void rackSelectionSelectsInTheCurrentEnclosureAndBack()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        window.resize(1400, 1000);
        QVERIFY(window.openInventory(guiData("two-enclosures.json")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCentralView(MainWindow::CentralView::Rack);
        RackView *rack = window.rackView();
        QTRY_VERIFY(rack->isVisible());
        QCOMPARE(window.rackModel()->enclosureCount(), 2);
        QCOMPARE(window.currentEnclosureName(), QStringLiteral("rack1-u01"));
        QTRY_VERIFY(rack->enclosureGeometry(1).isValid());

        // A click on slot 1 of the second enclosure switches to it and selects slot 1.
        const QPoint slot1 = rack->enclosureGeometry(1).slotRect(1).center().toPoint();
        QTest::mouseClick(rack->viewport(), Qt::LeftButton, {}, slot1);
        QCOMPARE(window.currentEnclosureName(), QStringLiteral("rack1-u03"));
        QCOMPARE(window.selectedSlots(), QList<int> {1});
        QCOMPARE(rackSelection(window), QStringList {QStringLiteral("1:1")});
        // The chassis actions work on it.
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionOpenConsole"))->isEnabled());

        // Ctrl+click adds a slot of the same enclosure.
        const QPoint slot5 = rack->enclosureGeometry(1).slotRect(5).center().toPoint();
        QTest::mouseClick(rack->viewport(), Qt::LeftButton, Qt::ControlModifier, slot5);
        QCOMPARE(window.selectedSlots(), (QList<int> {1, 5}));

        // Back in the first enclosure: the table's (and front panel's) selection
        // shows in the rack, the other enclosure's is dropped.
        QVERIFY(window.selectEnclosure(QStringLiteral("rack1-u01")));
        QCOMPARE(rackSelection(window), QStringList());
        selectSlots(window, {23, 24});
        QCOMPARE(
            rackSelection(window), (QStringList {QStringLiteral("0:23"), QStringLiteral("0:24")}));
        QCOMPARE(window.frontPanelView()->selectionModel()->selectedRows().size(), 2);

        // And a click in the rack on the enclosure already shown just reselects.
        const QPoint slot24 = rack->enclosureGeometry(0).slotRect(24).center().toPoint();
        QTest::mouseClick(rack->viewport(), Qt::LeftButton, {}, slot24);
        QCOMPARE(window.currentEnclosureName(), QStringLiteral("rack1-u01"));
        QCOMPARE(window.selectedSlots(), QList<int> {24});
    }

    void rackKeepsTheLiveStateOfEveryEnclosure()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(window.openInventory(guiData("two-enclosures.json")));
        ChassisModel *model = window.chassisModel();
        model->setPowerState(23, PowerState::On);
        model->setLastResult(24, QStringLiteral("slot 24: no answer"));
        QCOMPARE(window.rackModel()->powerState(0, 23), PowerState::On);
        QCOMPARE(window.rackModel()
                     ->indexForSlot(0, 24)
                     .data(ChassisModel::PowerLedRole)
                     .value<ChassisModel::PowerLed>(),
            ChassisModel::PowerLed::Error);

        QVERIFY(window.selectEnclosure(QStringLiteral("rack1-u03")));
        QCOMPARE(model->powerState(23), PowerState::Unknown);
        model->setPowerState(1, PowerState::Off);
        QCOMPARE(window.rackModel()->powerState(1, 1), PowerState::Off);
        QCOMPARE(window.rackModel()->powerState(0, 23), PowerState::On);

        QVERIFY(window.selectEnclosure(QStringLiteral("rack1-u01")));
        QCOMPARE(model->powerState(23), PowerState::On);
        QCOMPARE(model->indexForSlot(24).data(ChassisModel::LastResultRole).toString(),
            QStringLiteral("slot 24: no answer"));
    }

    void copyPutsTheSelectedRowsOnTheClipboardAsCsv()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(window.openInventory(guiData("lab-like.json")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.chassisModel()->setPowerState(24, PowerState::On);
        auto *copy = window.findChild<QAction *>(QStringLiteral("actionCopy"));
        QVERIFY(copy);
        QVERIFY(!copy->isEnabled()); // nothing selected
        QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));

        selectSlots(window, {40, 5, 24});
        QVERIFY(copy->isEnabled());
        const QString header = QStringLiteral(
            "Slot,Module,Host name,BMC address,BMC MAC,NIC1 MAC,NIC2 MAC,Power\r\n");
        const QString expected = header
            + QStringLiteral("5,Server (C2730),dx1000s05,127.0.1.5:1623,02:DC:00:00:00:52,"
                             "02:DC:00:00:00:50,02:DC:00:00:00:51,Unknown\r\n"
                             "24,Server (C2750),dx1000s24,127.0.1.24:1623,74:D4:35:83:75:60,"
                             "74:D4:35:83:75:5E,74:D4:35:83:75:5F,On\r\n"
                             "40,HDD module,,,,,,Unknown\r\n");
        // Line by line first, for a readable failure.
        QCOMPARE(window.selectedSlotsCsv().split(QStringLiteral("\r\n")),
            expected.split(QStringLiteral("\r\n")));
        QCOMPARE(window.selectedSlotsCsv(), expected);
        QApplication::clipboard()->clear();
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(), expected);

        // Ctrl+C in the table copies the rows too (not only the current cell), in
        // the table's sort order.
        window.setCentralView(MainWindow::CentralView::Table);
        window.slotView()->sortByColumn(ChassisModel::SlotColumn, Qt::DescendingOrder);
        QApplication::clipboard()->clear();
        window.slotView()->setFocus();
        QApplication::setActiveWindow(&window);
        QTest::keySequence(window.slotView(), QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(),
            header + expected.section(QStringLiteral("\r\n"), 3, 3) + QStringLiteral("\r\n")
                + expected.section(QStringLiteral("\r\n"), 2, 2) + QStringLiteral("\r\n")
                + expected.section(QStringLiteral("\r\n"), 1, 1) + QStringLiteral("\r\n"));
    }

    void copyMacsIsInEverySlotContextMenu()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(window.openInventory(guiData("lab-like.json")));
        auto *copyMacs = window.findChild<QAction *>(QStringLiteral("actionCopyMacs"));
        QVERIFY(copyMacs);
        QVERIFY(window.slotContextActions().contains(copyMacs));
        QCOMPARE(window.frontPanelView()->contextActions(), window.slotContextActions());
        QCOMPARE(window.rackView()->contextActions(), window.slotContextActions());
        for (const char *name : {"actionPowerOn", "actionPowerOff", "actionOpenConsole"})
            QVERIFY2(window.slotContextActions().contains(
                         window.findChild<QAction *>(QLatin1String(name))),
                name);

        selectSlots(window, {24, 23, 45});
        const QString expected
            = QStringLiteral("74:D4:35:83:78:16 74:D4:35:83:78:14 74:D4:35:83:78:15\n"
                             "74:D4:35:83:75:60 74:D4:35:83:75:5E 74:D4:35:83:75:5F\n");
        QCOMPARE(window.selectedSlotsMacs(), expected);
        QApplication::clipboard()->clear();
        QVERIFY(copyMacs->isEnabled());
        copyMacs->trigger();
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

    void rearViewShowsTheEnclosureAndOpensSwitchConsoles()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(window.openInventory(guiData("lab-like.json")));
        window.show();
        window.setCentralView(MainWindow::CentralView::Rear);
        RearPanelView *rear = window.rearPanelView();
        QTRY_VERIFY(rear->isVisible());
        QCOMPARE(rear->enclosure().name, QStringLiteral("dx1000-lab"));
        const int cmm = rear->geometry().indexOf(ChassisProfile::RearModule::Kind::Cmm, 1);
        QVERIFY(rear->toolTipFor(cmm).contains(QStringLiteral("127.0.1.100")));
        QVERIFY(rear->toolTipFor(cmm).contains(QStringLiteral("74:D4:35:E9:E2:60")));

        // lab-like.json names no switch port: the main window asks for one.
        const int sw = rear->geometry().indexOf(ChassisProfile::RearModule::Kind::Switch, 1);
        QTest::mouseDClick(
            rear, Qt::LeftButton, {}, rear->geometry().modules.at(sw).rect.center().toPoint());
        QTRY_VERIFY(window.findChild<SerialSettingsDialog *>());
        window.findChild<SerialSettingsDialog *>()->reject();
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

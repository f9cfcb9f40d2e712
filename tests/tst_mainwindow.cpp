// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "aboutdialog.h"
#include "chassismodel.h"
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
        const QStringList menus {QStringLiteral("&File"), QStringLiteral("&View"),
            QStringLiteral("&Chassis"), QStringLiteral("&Tools"), QStringLiteral("&Help")};
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

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "rearpanelview.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QMenu>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolTip>

#include "chassis/inventoryio.h"

namespace {

using Kind = ChassisProfile::RearModule::Kind;

} // namespace

Q_DECLARE_METATYPE(Kind)

namespace {

/// The seed's switch: system MAC 74:D4:35:E9:E2:62 (ONS ...:61, CMM ...:60).
Enclosure seedEnclosure(bool withCmmMac)
{
    Enclosure enclosure;
    enclosure.name = QStringLiteral("dx1000-seed");
    enclosure.cmmAddress = QStringLiteral("192.168.1.80");
    if (withCmmMac)
        enclosure.cmmMac = *MacAddress::parse(QStringLiteral("74:D4:35:E9:E2:60"));
    SwitchInfo sw;
    sw.position = 1;
    sw.serialPort = QStringLiteral("/dev/cuaU0");
    sw.systemMac = *MacAddress::parse(QStringLiteral("74:D4:35:E9:E2:62"));
    enclosure.switches << sw;
    return enclosure;
}

} // namespace

class TestRearPanelView : public QObject
{
    Q_OBJECT

private:
    RearPanelView *m_view = nullptr;

    QPoint centre(Kind kind, int position) const
    {
        const int index = m_view->geometry().indexOf(kind, position);
        return m_view->geometry().modules.at(index).rect.center().toPoint();
    }

private Q_SLOTS:
    void init()
    {
        m_view = new RearPanelView;
        m_view->setEnclosure(seedEnclosure(false));
        m_view->resize(1200, 260);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanup()
    {
        delete m_view;
        m_view = nullptr;
    }

    void clickSelectsAModule()
    {
        QSignalSpy changed(m_view, &RearPanelView::currentModuleChanged);
        QCOMPARE(m_view->currentModule(), -1);
        QTest::mouseClick(m_view, Qt::LeftButton, {}, centre(Kind::Cmm, 1));
        QCOMPARE(m_view->currentModule(), m_view->geometry().indexOf(Kind::Cmm, 1));
        QCOMPARE(changed.count(), 1);
        QTest::mouseClick(m_view, Qt::LeftButton, {}, centre(Kind::Fan, 3));
        QCOMPARE(m_view->currentModule(), m_view->geometry().indexOf(Kind::Fan, 3));
        QTest::mouseClick(m_view, Qt::LeftButton, {}, QPoint(1, 1)); // off every module
        QCOMPARE(m_view->currentModule(), -1);
    }

    void doubleClickOnASwitchModuleRequestsItsConsole_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("requested"); // 0: no request
        QTest::newRow("switch 1") << Kind::Switch << 1 << 1;
        QTest::newRow("switch 2") << Kind::Switch << 2 << 2;
        QTest::newRow("CMM") << Kind::Cmm << 1 << 0;
        QTest::newRow("power unit") << Kind::PowerUnit << 2 << 0;
    }

    void doubleClickOnASwitchModuleRequestsItsConsole()
    {
        QFETCH(Kind, kind);
        QFETCH(int, position);
        QFETCH(int, requested);
        QSignalSpy spy(m_view, &RearPanelView::switchConsoleRequested);
        QTest::mouseDClick(m_view, Qt::LeftButton, {}, centre(kind, position));
        QCOMPARE(spy.count(), requested ? 1 : 0);
        if (requested)
            QCOMPARE(spy.at(0).at(0).toInt(), requested);
        QCOMPARE(m_view->currentModule(), m_view->geometry().indexOf(kind, position));
    }

    void keyboardMovesAndEnterRequestsTheConsole()
    {
        QSignalSpy spy(m_view, &RearPanelView::switchConsoleRequested);
        m_view->setFocus();
        QVERIFY(m_view->selectModule(Kind::Switch, 1));
        QTest::keyClick(m_view, Qt::Key_Down);
        QCOMPARE(m_view->currentModule(), m_view->geometry().indexOf(Kind::Switch, 2));
        QTest::keyClick(m_view, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 2);
        QTest::keyClick(m_view, Qt::Key_Up);
        QTest::keyClick(m_view, Qt::Key_Enter);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toInt(), 1);
        // Enter on anything but a switch module does nothing.
        QTest::keyClick(m_view, Qt::Key_Right);
        QCOMPARE(m_view->currentModule(), m_view->geometry().indexOf(Kind::Cmm, 1));
        QTest::keyClick(m_view, Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
    }

    void switchToolTipShowsPortAndDerivedMacs()
    {
        const QString tip = m_view->toolTipFor(m_view->geometry().indexOf(Kind::Switch, 1));
        QVERIFY2(tip.contains(QStringLiteral("Switch module 1")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("/dev/cuaU0")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("46 × 2.5GbE")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("2 × 40GbE QSFP+")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("1000BASE-T")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("System MAC: 74:D4:35:E9:E2:62\n")), qPrintable(tip));
        QVERIFY2(
            tip.contains(QStringLiteral("ONS MAC: 74:D4:35:E9:E2:61 (derived)")), qPrintable(tip));
        QVERIFY2(
            tip.contains(QStringLiteral("CMM MAC: 74:D4:35:E9:E2:60 (derived)")), qPrintable(tip));

        // Switch 2 is not in the inventory: nothing known, nothing derived.
        const QString second = m_view->toolTipFor(m_view->geometry().indexOf(Kind::Switch, 2));
        QVERIFY2(second.contains(QStringLiteral("Serial console: not set")), qPrintable(second));
        QVERIFY2(second.contains(QStringLiteral("System MAC: unknown")), qPrintable(second));
    }

    void readCmmMacIsNotMarkedDerivedAndConflictsAreFlagged()
    {
        m_view->setEnclosure(seedEnclosure(true));
        const int cmm = m_view->geometry().indexOf(Kind::Cmm, 1);
        QString tip = m_view->toolTipFor(cmm);
        QVERIFY2(tip.contains(QStringLiteral("192.168.1.80")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("MAC: 74:D4:35:E9:E2:60")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("derived")), qPrintable(tip));

        Enclosure conflicting = seedEnclosure(true);
        conflicting.cmmMac = *MacAddress::parse(QStringLiteral("74:D4:35:E9:E2:10"));
        m_view->setEnclosure(conflicting);
        tip = m_view->toolTipFor(cmm);
        QVERIFY2(tip.contains(QStringLiteral("74:D4:35:E9:E2:10")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("conflicts with 74:D4:35:E9:E2:60")), qPrintable(tip));

        // Without switch and CMM MACs the CMM's is unknown.
        m_view->setEnclosure(Enclosure());
        QVERIFY(m_view->toolTipFor(cmm).contains(QStringLiteral("MAC: unknown")));
        QVERIFY(m_view->macText(cmm).isEmpty());
    }

    void tooltipEventShowsTheModulesText()
    {
        const QPoint at = centre(Kind::Switch, 1);
        QHelpEvent help(QEvent::ToolTip, at, m_view->mapToGlobal(at));
        QApplication::sendEvent(m_view, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), m_view->toolTipFor(m_view->geometry().indexOf(Kind::Switch, 1)));
        QToolTip::hideText();
    }

    void copyMacsPutsTheModulesMacsOnTheClipboard()
    {
        QApplication::clipboard()->clear();
        QVERIFY(m_view->selectModule(Kind::Switch, 1));
        m_view->copyMacs();
        QCOMPARE(QApplication::clipboard()->text(),
            QStringLiteral("74:D4:35:E9:E2:62 74:D4:35:E9:E2:61 74:D4:35:E9:E2:60"));
        QVERIFY(m_view->selectModule(Kind::Cmm, 1));
        m_view->setFocus();
        QTest::keySequence(m_view, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("74:D4:35:E9:E2:60"));
    }

    void contextMenuOffersConsoleAndCopyMacs()
    {
        QSignalSpy spy(m_view, &RearPanelView::switchConsoleRequested);
        bool sawMenu = false;
        bool consoleEnabled = false;
        bool copyEnabled = false;
        // The menu runs its own event loop: act on it once it shows.
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            QMenu *menu = nullptr;
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *m = qobject_cast<QMenu *>(widget); m && m->isVisible())
                    menu = m;
            }
            if (!menu)
                return;
            poll.stop();
            sawMenu = true;
            auto *console
                = menu->findChild<QAction *>(QStringLiteral("actionRearOpenSwitchConsole"));
            auto *copy = menu->findChild<QAction *>(QStringLiteral("actionRearCopyMacs"));
            consoleEnabled = console && console->isEnabled();
            copyEnabled = copy && copy->isEnabled();
            if (console)
                console->trigger();
            menu->close();
        });
        poll.start();
        const QPoint at = centre(Kind::Switch, 1);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, m_view->mapToGlobal(at));
        QApplication::sendEvent(m_view, &event);
        QVERIFY(sawMenu);
        QVERIFY(consoleEnabled);
        QVERIFY(copyEnabled);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
    }

    void scalesWithTheWidget()
    {
        const double small = m_view->geometry().scale;
        m_view->resize(2400, 520);
        QTRY_VERIFY(m_view->geometry().scale > small * 1.9);
        QCOMPARE(m_view->heightForWidth(2400) > m_view->heightForWidth(1200), true);
        const QImage image = m_view->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 50, "the rear panel is (nearly) blank");
    }
};

QTEST_MAIN(TestRearPanelView)
#include "tst_rearpanelview.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
//
// CPU use of dxchassis with 46 SOL consoles open in a tiled ConsoleWindow
// (offscreen) against a running lab (DXLAB_STATE_DIR), idle and while every
// slot boots and prints at once. Powers the slots on by replacing their power
// files (as lab/README.md allows) and off again at the end.
//
//   DXLAB_STATE_DIR=/tmp/dxlab-x bench_consoles

#include "chassis/inventoryio.h"
#include "console/consolesession.h"
#include "consolepane.h"
#include "consolewindow.h"
#include "terminalwidget.h"

#include <ctime>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTest>

namespace {
qint64 cpuNanoseconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

bool setPower(const QString &stateDir, int slot, const char *state)
{
    QSaveFile file(QDir(stateDir).filePath(
        QStringLiteral("slots/%1/power").arg(slot, 2, 10, QLatin1Char('0'))));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QByteArray(state) + '\n');
    return file.commit();
}

bool showsConsoleType(const ConsolePane *pane)
{
    return pane->terminal()->snapshot().text().contains(QStringLiteral("Console type [vt100]"));
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString stateDir = qEnvironmentVariable("DXLAB_STATE_DIR");
    const InventoryLoadResult loaded
        = InventoryIo::load(QDir(stateDir).filePath(QStringLiteral("inventory.json")));
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.error.toString()));
    const Enclosure enclosure = loaded.inventory->enclosures.first();
    QList<int> slotNumbers;
    for (const SlotInfo &slot : enclosure.moduleSlots)
        slotNumbers << slot.slot;

    ConsoleWindow window;
    window.setPasswordProvider(
        [](const Enclosure &, bool) { return std::optional<QByteArray>("Administrator"); });
    window.setViewMode(ConsoleWindow::ViewMode::Tiled);
    window.resize(1600, 1000);
    QElapsedTimer timer;
    timer.start();
    window.openConsolesFor(enclosure, slotNumbers);
    auto allEstablished = [&] {
        for (const ConsolePane *p : window.panes()) {
            if (p->session()->state() != ConsoleSession::State::Established)
                return false;
        }
        return true;
    };
    if (!QTest::qWaitFor(allEstablished, 30000))
        qWarning("not every console connected");
    std::printf("%lld consoles established in %lld ms\n", qlonglong(window.panes().size()),
        qlonglong(timer.elapsed()));

    // Idle: keepalives only.
    qint64 cpu = cpuNanoseconds();
    timer.restart();
    QTest::qWait(3000);
    std::printf("idle, %lld consoles open: %.1f %% of one CPU\n", qlonglong(window.panes().size()),
        100.0 * double(cpuNanoseconds() - cpu) / double(timer.nsecsElapsed()));

    // Every slot boots and prints at once.
    cpu = cpuNanoseconds();
    timer.restart();
    for (int slot : slotNumbers)
        setPower(stateDir, slot, "on");
    auto allBooted = [&] {
        for (const ConsolePane *p : window.panes()) {
            if (!showsConsoleType(p))
                return false;
        }
        return true;
    };
    const bool booted = QTest::qWaitFor(allBooted, 120000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    int done = 0;
    for (const ConsolePane *p : window.panes())
        done += showsConsoleType(p);
    std::printf("all slots booting: %d of %lld consoles reached \"Console type\" in %.1f s; "
                "%.1f %% of one CPU meanwhile%s\n",
        done, qlonglong(window.panes().size()), seconds,
        100.0 * double(cpuNanoseconds() - cpu) / (seconds * 1e9), booted ? "" : " (timed out)");
    for (int slot : slotNumbers)
        setPower(stateDir, slot, "off");
    return 0;
}

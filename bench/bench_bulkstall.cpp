// SPDX-License-Identifier: GPL-3.0-or-later
//
// The GUI thread's longest stall while the main window runs a bulk action on all
// 46 slots of the lab (issue 4 aims for under 16 ms).
//
//   DXLAB_STATE_DIR=... bench_bulkstall [REPETITIONS]
//
// Opens STATE/inventory.json in the main window (offscreen platform is fine), gives
// the controller the lab's password (from STATE/freeipmi.conf, in memory), selects
// every slot and runs "Boot from PXE" then "no override" (the lab is left as found),
// REPETITIONS times. A 1 ms timer on the GUI thread records the longest gap between
// its ticks while an action runs; that gap, minus the 1 ms period, is the stall.

#include <algorithm>
#include <ctime>

#include <QAbstractProxyModel>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include "chassismodel.h"
#include "mainwindow.h"
#include "powercontroller.h"

namespace {
/// Times every event delivered on the GUI thread: the longest delivery is the
/// longest time our code kept the thread from its event loop (the tick gap also
/// counts time the OS gave the CPU to someone else).
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuBefore = threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = timer.nsecsElapsed();
        const qint64 cpuNs = threadCpuNs() - cpuBefore;
        if (measuring && ns > longestNs) {
            longestNs = ns;
            longestType = event->type();
        }
        if (measuring)
            longestCpuNs = std::max(longestCpuNs, cpuNs);
        return result;
    }
    static qint64 threadCpuNs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    bool measuring = false;
    qint64 longestNs = 0;
    qint64 longestCpuNs = 0;
    int longestType = 0;
};
} // namespace

int main(int argc, char *argv[])
{
    TimingApplication app(argc, argv);
    QTextStream out(stdout);
    const QString state = qEnvironmentVariable("DXLAB_STATE_DIR");
    const int repetitions = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5;
    if (state.isEmpty()) {
        QTextStream(stderr)
            << "bench_bulkstall: set DXLAB_STATE_DIR to a running lab's state folder\n";
        return 2;
    }
    QByteArray password;
    QFile conf(QDir(state).filePath(QStringLiteral("freeipmi.conf")));
    if (conf.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : conf.readAll().split('\n')) {
            if (line.startsWith("password "))
                password = line.mid(9).trimmed();
        }
    }

    MainWindow window(MainWindow::SettingsMode::Ephemeral);
    window.show();
    if (!window.openInventory(QDir(state).filePath(QStringLiteral("inventory.json"))))
        return 1;
    auto *controller = window.findChild<PowerController *>();
    controller->passwords().setPassword(window.chassisModel()->enclosure().name, password);
    controller->setPollInterval(0);
    QList<int> all;
    for (const SlotInfo &slot : window.chassisModel()->enclosure().moduleSlots)
        all << slot.slot;

    QElapsedTimer sinceTick;
    qint64 longest = 0;
    bool measuring = false;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (measuring)
            longest = std::max(longest, sinceTick.elapsed());
        sinceTick.restart();
    });
    ticker.start();
    sinceTick.start();

    QList<qint64> stalls;
    QList<qint64> durations;
    QList<qint64> handlers; // microseconds
    QList<qint64> cpu; // microseconds of CPU time on the GUI thread
    for (int i = 0; i < repetitions; ++i) {
        for (const BulkOperation &operation : {BulkOperation::bootDevice(BootDevice::Pxe, false),
                 BulkOperation::bootDevice(BootDevice::NoOverride, false)}) {
            longest = 0;
            app.longestNs = 0;
            app.longestCpuNs = 0;
            QEventLoop loop;
            QObject::connect(controller, &PowerController::finished, &loop, &QEventLoop::quit);
            QElapsedTimer duration;
            duration.start();
            sinceTick.restart();
            measuring = true;
            app.measuring = true;
            // Started from the event loop, as a click would be.
            QTimer::singleShot(0, controller, [&] {
                QElapsedTimer t;
                t.start();
                controller->run(operation, all, QStringLiteral("bench"));
                if (qEnvironmentVariableIsSet("BENCH_DEBUG"))
                    out << "run() took " << t.elapsed() << " ms\n";
            });
            loop.exec();
            measuring = false;
            app.measuring = false;
            stalls << std::max<qint64>(0, longest - 1);
            handlers << app.longestNs / 1000;
            cpu << app.longestCpuNs / 1000;
            if (qEnvironmentVariableIsSet("BENCH_DEBUG"))
                out << "longest event: type " << app.longestType << ", " << app.longestNs / 1000
                    << " us\n";
            durations << duration.elapsed();
        }
    }
    std::sort(stalls.begin(), stalls.end());
    std::sort(durations.begin(), durations.end());
    out << "46-slot bulk actions: " << stalls.size() << ", each " << durations.first() << "-"
        << durations.last() << " ms\n";
    std::sort(handlers.begin(), handlers.end());
    std::sort(cpu.begin(), cpu.end());
    out << "GUI thread longest event handling, CPU time: median " << cpu.at(cpu.size() / 2) / 1000.0
        << " ms, worst " << cpu.last() / 1000.0 << " ms\n";
    out << "GUI thread longest event handling, wall clock: median "
        << handlers.at(handlers.size() / 2) / 1000.0 << " ms, worst " << handlers.last() / 1000.0
        << " ms\n";
    out << "GUI thread longest gap between 1 ms timer ticks (includes CPU starvation): median "
        << stalls.at(stalls.size() / 2) << " ms, worst " << stalls.last() << " ms\n";
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
//
// The GUI thread's longest stall while the main window runs a bulk action on all
// 46 slots of the lab (issue 4 aims for under 16 ms).
//
//   DXLAB_STATE_DIR=... bench_bulkstall [REPETITIONS] [--power] [--trace MS]
//   bench/bulkstall.sh BUILD_DIR [REPETITIONS] [--power] [--trace MS]  (own lab)
//
// Opens STATE/inventory.json in the main window (offscreen platform is fine), gives
// the controller the lab's password (from STATE/freeipmi.conf, in memory), selects
// every slot and runs "Boot from PXE" then "no override" (the lab is left as found),
// REPETITIONS times (default 5, so 10 bulk actions); with --power "Power On" then
// "Power Off" instead (the lab's modules must be off). For every action it records:
//  - the longest event delivery on the GUI thread, in wall-clock time and in the
//    GUI thread's own CPU time (CLOCK_THREAD_CPUTIME_ID: what our code costs,
//    whatever else the machine is doing), with the event's type and receiver;
//  - the longest gap between the ticks of a 1 ms timer (what an operator would
//    feel, including the time the OS gave the CPU to other processes).
// Prints the median and worst of each over all actions, and the machine's load.
// --trace MS prints every outermost event that took MS or more of CPU time (with how
// often the thread waited or was preempted during it), every tick gap of 4 x MS or
// more, and at the end the GUI thread's CPU time by event type and receiver.

#include <algorithm>
#include <ctime>

#include <sys/resource.h>

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QItemSelectionModel>
#include <QMetaEnum>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include "chassismodel.h"
#include "mainwindow.h"
#include "powercontroller.h"

namespace {

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString eventName(int type)
{
    const QMetaEnum e = QMetaEnum::fromType<QEvent::Type>();
    const char *key = e.valueToKey(type);
    return key ? QString::fromLatin1(key) : QString::number(type);
}

QString describe(const QObject *receiver)
{
    if (!receiver)
        return QStringLiteral("?");
    QString text = QString::fromLatin1(receiver->metaObject()->className());
    if (!receiver->objectName().isEmpty())
        text += QStringLiteral(" \"%1\"").arg(receiver->objectName());
    // A scroll area's viewport says whose it is.
    if (receiver->objectName() == QLatin1String("qt_scrollarea_viewport") && receiver->parent())
        text += QStringLiteral(" of %1").arg(describe(receiver->parent()));
    return text;
}

struct Switches
{
    long voluntary = 0; ///< the thread waited (a lock, I/O, a page)
    long involuntary = 0; ///< the scheduler gave its CPU to another thread
};

Switches contextSwitches()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return {usage.ru_nvcsw, usage.ru_nivcsw};
}

/// What one outermost event delivery cost.
struct EventCost
{
    qint64 wallNs = 0;
    qint64 cpuNs = 0;
    QString what; ///< "Type to Receiver"
};

/// Times every outermost event delivered on the GUI thread: the longest delivery
/// is the longest time our code kept the thread from its event loop. Events sent
/// from inside another event's handler count towards the outer one.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!measuring || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth > 0) {
            if (traceNs <= 0
                || (event->type() != QEvent::Paint && event->type() != QEvent::MetaCall))
                return deliver(receiver, event);
            // With --trace: paints and slot calls inside other events, by receiver.
            const QString what = QStringLiteral("%1 to %2 (nested)")
                                     .arg(eventName(event->type()), describe(receiver));
            const qint64 cpuBefore = threadCpuNs();
            const bool result = deliver(receiver, event);
            Census &c = census[what];
            c.cpuNs += threadCpuNs() - cpuBefore;
            ++c.count;
            return result;
        }
        // Read before delivery: the receiver or the event may be gone afterwards.
        const int type = event->type();
        const QString what = QStringLiteral("%1 to %2").arg(eventName(type), describe(receiver));
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuBefore = threadCpuNs();
        const Switches switchesBefore = contextSwitches();
        const bool result = deliver(receiver, event);
        const qint64 cpuNs = threadCpuNs() - cpuBefore;
        const Switches switchesAfter = contextSwitches();
        if (traceNs > 0) {
            Census &c = census[what];
            c.cpuNs += cpuNs;
            ++c.count;
        }
        const qint64 wallNs = timer.nsecsElapsed();
        if (wallNs > longestWall.wallNs)
            longestWall = {wallNs, cpuNs, what};
        if (cpuNs > longestCpu.cpuNs)
            longestCpu = {wallNs, cpuNs, what};
        if (traceNs > 0 && cpuNs >= traceNs)
            QTextStream(stdout) << "  " << cpuNs / 1000 << " us CPU, " << wallNs / 1000
                                << " us wall, waited "
                                << switchesAfter.voluntary - switchesBefore.voluntary
                                << "x, preempted "
                                << switchesAfter.involuntary - switchesBefore.involuntary
                                << "x: " << what << '\n';
        ++eventsSinceTick;
        wallSinceTickNs += wallNs;
        return result;
    }
    bool deliver(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }
    void reset()
    {
        longestWall = {};
        longestCpu = {};
    }
    bool measuring = false;
    qint64 traceNs = 0;
    struct Census
    {
        qint64 cpuNs = 0;
        int count = 0;
    };
    QHash<QString, Census> census; ///< with --trace: CPU time per event type and receiver
    int eventsSinceTick = 0;
    qint64 wallSinceTickNs = 0;
    EventCost longestWall;
    EventCost longestCpu;

private:
    int m_depth = 0;
};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

struct Stats
{
    double median = 0;
    double worst = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    const qsizetype n = values.size();
    const double median
        = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
    return {median, values.last()};
}

} // namespace

int main(int argc, char *argv[])
{
    TimingApplication app(argc, argv);
    QTextStream out(stdout);
    const QString state = qEnvironmentVariable("DXLAB_STATE_DIR");
    int repetitions = 5;
    bool power = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--trace") && i + 1 < args.size())
            app.traceNs = qint64(args.at(++i).toDouble() * 1e6);
        else if (args.at(i) == QLatin1String("--power"))
            power = true;
        else
            repetitions = std::max(1, args.at(i).toInt());
    }
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
    controller->setConfirmer([](QWidget *, const QString &) { return true; });
    // Sorting proxies re-sort (layoutChanged) when a sort column's data changes: views
    // then repaint and re-map everything. Counted for --trace.
    int layoutChanges = 0;
    for (auto *view : window.findChildren<QAbstractItemView *>()) {
        if (view->model())
            QObject::connect(view->model(), &QAbstractItemModel::layoutChanged, &app,
                [&layoutChanges] { ++layoutChanges; });
    }
    QList<int> all;
    for (const SlotInfo &slot : window.chassisModel()->enclosure().moduleSlots)
        all << slot.slot;
    // Settle: first layout and paint are not part of a bulk action.
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();

    QElapsedTimer sinceTick;
    qint64 longestGapNs = 0;
    bool measuring = false;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    qint64 cpuAtTick = threadCpuNs();
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 gapNs = sinceTick.nsecsElapsed();
        if (measuring)
            longestGapNs = std::max(longestGapNs, gapNs);
        // With --trace: what the thread did during a long gap (busy, or not given the CPU?).
        if (measuring && app.traceNs > 0 && gapNs >= 4 * app.traceNs)
            out << "  tick gap " << gapNs / 1000 << " us: " << app.eventsSinceTick
                << " events took " << app.wallSinceTickNs / 1000 << " us wall; thread CPU "
                << (threadCpuNs() - cpuAtTick) / 1000 << " us\n";
        app.eventsSinceTick = 0;
        app.wallSinceTickNs = 0;
        cpuAtTick = threadCpuNs();
        sinceTick.restart();
    });
    ticker.start();
    sinceTick.start();

    const QString loadBefore = loadAverage();
    QList<double> gaps, walls, cpus, durations; // milliseconds
    EventCost worstWall, worstCpu;
    int failures = 0;
    for (int i = 0; i < repetitions; ++i) {
        const QList<BulkOperation> operations = power
            ? QList<BulkOperation> {BulkOperation::control(ChassisControl::PowerOn),
                BulkOperation::control(ChassisControl::PowerOff)}
            : QList<BulkOperation> {BulkOperation::bootDevice(BootDevice::Pxe, false),
                BulkOperation::bootDevice(BootDevice::NoOverride, false)};
        for (const BulkOperation &operation : operations) {
            longestGapNs = 0;
            app.reset();
            QEventLoop loop;
            QList<BulkResult> results;
            QObject::connect(
                controller, &PowerController::finished, &loop, [&](const QList<BulkResult> &done) {
                    results = done;
                    loop.quit();
                });
            QElapsedTimer duration;
            duration.start();
            // Started from the event loop, as a click would be.
            QTimer::singleShot(0, controller, [&] {
                sinceTick.restart();
                measuring = true;
                app.measuring = true;
                controller->run(operation, all, QStringLiteral("bench"));
            });
            loop.exec();
            // The last results' repaint is part of the action.
            QEventLoop drain;
            QTimer::singleShot(50, &drain, &QEventLoop::quit);
            drain.exec();
            measuring = false;
            app.measuring = false;
            failures += int(std::count_if(
                results.cbegin(), results.cend(), [](const BulkResult &r) { return !r.ok; }));
            gaps << std::max<double>(0, longestGapNs / 1e6 - 1);
            walls << app.longestWall.wallNs / 1e6;
            cpus << app.longestCpu.cpuNs / 1e6;
            durations << double(duration.elapsed());
            if (app.longestWall.wallNs > worstWall.wallNs)
                worstWall = app.longestWall;
            if (app.longestCpu.cpuNs > worstCpu.cpuNs)
                worstCpu = app.longestCpu;
        }
    }
    if (app.traceNs > 0) {
        QList<std::pair<qint64, QString>> top;
        for (auto it = app.census.cbegin(); it != app.census.cend(); ++it)
            top.append({it->cpuNs, QStringLiteral("%1 x %2").arg(it->count).arg(it.key())});
        std::sort(top.begin(), top.end(), std::greater<>());
        out << "layoutChanged signals of the views' models: " << layoutChanges << '\n';
        out << "GUI thread CPU time by event and receiver, all actions:\n";
        for (qsizetype i = 0; i < std::min<qsizetype>(top.size(), 15); ++i)
            out << "  " << top.at(i).first / 1000 << " us: " << top.at(i).second << '\n';
    }
    const Stats gap = stats(gaps), wall = stats(walls), cpu = stats(cpus), run = stats(durations);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    out << "46-slot bulk actions: " << gaps.size() << " (" << repetitions
        << (power ? " x power on + off" : " x PXE + no override") << "), median " << run.median
        << " ms each, " << failures << " failed slot results\n";
    out << "load average before: " << loadBefore << ", after: " << loadAverage() << '\n';
    out << "GUI thread longest event, thread CPU time: median " << cpu.median << " ms, worst "
        << cpu.worst << " ms (" << worstCpu.what << ")\n";
    out << "GUI thread longest event, wall clock:      median " << wall.median << " ms, worst "
        << wall.worst << " ms (" << worstWall.what << ", " << worstWall.cpuNs / 1e6
        << " ms of it CPU)\n";
    out << "GUI thread longest gap between 1 ms timer ticks (includes CPU starvation): median "
        << gap.median << " ms, worst " << gap.worst << " ms\n";
    return failures ? 1 : 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
//
// Terminal throughput and memory, offscreen:
//  - a reproducible ~10 MB boot-log-like stream (ANSI colours, long wrapping lines,
//    spinners with backspace, scrolling) fed to TerminalWidget in 4 KiB chunks (as
//    SOL reads deliver them), with the event loop running between chunks so the
//    widget paints at its own pace; and the same bytes into bare libvterm;
//  - the memory of one console with a full 10,000-line scrollback (RSS growth
//    over several consoles, averaged).
// Ends with `terminal-throughput: widget X MB/s, libvterm Y MB/s, ratio R`.

#include "terminalwidget.h"
#include "vtermscreen.h"

#include <ctime>
#include <memory>
#include <random>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

namespace {

QByteArray bootLog(qsizetype targetSize)
{
    std::mt19937 random(20141111); // fixed seed: the same stream every run
    const char *words[] = {"igb0:", "acpi0:", "uart2:", "pci0:", "ahci0:", "usbus0:", "cpu0",
        "<Intel(R) PRO/1000 Network Connection>", "port", "0xe000-0xe01f", "mem", "irq", "on",
        "pci4", "Ethernet", "address:", "74:d4:35:83:78:14", "link", "state", "changed", "to", "UP",
        "Timecounter", "\"HPET\"", "frequency", "14318180", "Hz", "quality", "950"};
    QByteArray out;
    out.reserve(targetSize + 4096);
    int line = 0;
    while (out.size() < targetSize) {
        ++line;
        const int kind = int(random() % 20);
        if (kind == 0) {
            // A coloured status line, as rc prints them.
            out += "Starting service ";
            out += QByteArray::number(line);
            out += " ... \x1b[1;32m[ OK ]\x1b[0m\r\n";
        } else if (kind == 1) {
            // A spinner redrawn in place.
            out += "Loading kernel modules ";
            for (const char c : QByteArrayView("|/-\\|/-\\"))
                out += QByteArray(1, c) + '\b';
            out += "done\r\n";
        } else if (kind == 2) {
            // A long line that wraps two or three times.
            const int length = 160 + int(random() % 120);
            for (int i = 0; i < length; ++i)
                out += char('a' + random() % 26);
            out += "\r\n";
        } else if (kind == 3) {
            // 256-colour and attribute changes mid-line.
            out += "\x1b[38;5;";
            out += QByteArray::number(int(random() % 256));
            out += "m\x1b[4mwarning:\x1b[24m\x1b[39m something happened on \x1b[7mada0\x1b[27m\r\n";
        } else {
            const int count = 4 + int(random() % 10);
            for (int i = 0; i < count; ++i) {
                out += words[random() % std::size(words)];
                out += ' ';
            }
            out += "\r\n";
        }
    }
    return out;
}

/// CPU time of this process in nanoseconds: on a machine shared with compilers
/// the wall clock measures the neighbours as much as the code.
qint64 cpuNanoseconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    constexpr qsizetype Size = 10 * 1024 * 1024;
    constexpr qsizetype Chunk = 4096;
    const QByteArray data = bootLog(Size);
    const double megabytes = double(data.size()) / (1024.0 * 1024.0);

    // Bare libvterm on the same bytes, same chunks, same 80 × 24 grid.
    const qint64 rawCpuStart = cpuNanoseconds();
    const qint64 rawNs = VtermScreen::rawFeedNanoseconds(data, 24, 80, Chunk);
    const qint64 rawCpuNs = cpuNanoseconds() - rawCpuStart;
    const double rawRate = megabytes / (double(rawCpuNs) / 1e9);

    TerminalWidget terminal;
    terminal.setGridSize(24, 80);
    terminal.resize(terminal.sizeHint());
    terminal.show();
    if (!QTest::qWaitForWindowExposed(&terminal))
        qFatal("the terminal was not exposed");
    const quint64 paintsBefore = terminal.paintCount();
    QElapsedTimer timer;
    timer.start();
    const qint64 widgetCpuStart = cpuNanoseconds();
    for (qsizetype at = 0; at < data.size(); at += Chunk) {
        terminal.putData(data.mid(at, Chunk));
        QCoreApplication::processEvents();
    }
    // Until the last output is painted.
    const quint64 paintsFed = terminal.paintCount();
    while (terminal.paintCount() == paintsFed)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 widgetNs = timer.nsecsElapsed();
    const qint64 widgetCpuNs = cpuNanoseconds() - widgetCpuStart;
    const double widgetRate = megabytes / (double(widgetCpuNs) / 1e9);
    std::printf("wall clock: widget %.1f MB/s, libvterm %.1f MB/s (load average disturbs these)\n",
        megabytes / (double(widgetNs) / 1e9), megabytes / (double(rawNs) / 1e9));
    std::printf("stream: %.1f MB, %lld chunks of %lld bytes; widget painted %llu times\n",
        megabytes, qlonglong((data.size() + Chunk - 1) / Chunk), qlonglong(Chunk),
        static_cast<unsigned long long>(terminal.paintCount() - paintsBefore));
    std::printf("scrollback: %lld lines (limit %d)\n", qlonglong(terminal.scrollbackLineCount()),
        terminal.scrollbackLimit());

    // Memory per console with a full scrollback of 80-column lines.
    constexpr int Consoles = 8;
    QByteArray fullLines;
    for (int i = 0; i < 10100; ++i)
        fullLines += "\x1b[32m" + QByteArray::number(i).rightJustified(6, '0') + "\x1b[m "
            + QByteArray(72, char('A' + i % 26)) + "\r\n";
    const qint64 before = residentBytes();
    std::vector<std::unique_ptr<TerminalWidget>> consoles;
    for (int i = 0; i < Consoles; ++i) {
        auto t = std::make_unique<TerminalWidget>();
        t->setGridSize(24, 80);
        t->putData(fullLines);
        consoles.push_back(std::move(t));
    }
    const qint64 after = residentBytes();
    std::printf("memory: %.2f MB per console with %lld scrollback lines of 80 columns "
                "(RSS growth over %d consoles)\n",
        double(after - before) / Consoles / (1024.0 * 1024.0),
        qlonglong(consoles.front()->scrollbackLineCount()), Consoles);

    std::printf("CPU time, painting included for the widget:\n");
    std::printf("terminal-throughput: widget %.1f MB/s, libvterm %.1f MB/s, ratio %.2f\n",
        widgetRate, rawRate, widgetRate / rawRate);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
//
// Opens a 16-enclosure (608 server module) inventory in the rack view and prints
// the time to the first painted frame (read the file, build the model, lay out and
// paint) and the time of one full repaint of the rack view (median of N).
//
//     QT_QPA_PLATFORM=offscreen build/bench/bench_rackview [--repaints N] [--size WxH]
//
// Aim (issue 3): first frame under 300 ms, full repaint under 8 ms.
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTemporaryDir>

#include "chassis/chassisprofile.h"
#include "chassis/inventoryio.h"
#include "rackmodel.h"
#include "rackview.h"

namespace {

/// 16 DX1000s as a full rack would hold them: 38 server modules each (the power
/// budget), HDD modules and PCIe cards in the remaining capable slots.
Inventory fullRack()
{
    const ChassisProfile &profile = ChassisProfile::dx1000();
    Inventory inventory;
    for (int e = 0; e < profile.enclosuresPerRack; ++e) {
        Enclosure enclosure;
        enclosure.name = QStringLiteral("rack1-u%1").arg(e * 2 + 1, 2, 10, QLatin1Char('0'));
        int servers = 0;
        for (const ChassisProfile::SlotPosition &p : profile.frontLayout) {
            SlotInfo slot;
            slot.slot = p.slot;
            if (servers < profile.serverModuleBudget)
                slot.module = ModuleType::Server;
            else // 39-46: HDD modules (under C2750s) and PCIe cards, alternating
                slot.module = p.slot % 2 ? ModuleType::Hdd : ModuleType::Pcie;
            if (slot.module == ModuleType::Server) {
                ++servers;
                slot.cpu = QStringLiteral("C2750");
                slot.hostName = QStringLiteral("r1e%1s%2").arg(e + 1).arg(p.slot);
                slot.bmc = BmcEndpoint::parse(QStringLiteral("10.%1.0.%2").arg(e + 1).arg(p.slot));
                slot.bmcMac
                    = MacAddress(0x74D435000000ull + quint64(e) * 0x100 + quint64(p.slot) * 4);
                slot.nicMacs = profile.macRule.nicMacs(slot.bmcMac);
                slot.nicMacsDerived = true;
            }
            enclosure.moduleSlots << slot;
        }
        inventory.enclosures << enclosure;
    }
    return inventory;
}

class PaintWatcher : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int repaints = 50;
    QSize size(1600, 1000);
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--repaints"))
            repaints = std::max(1, args.at(i + 1).toInt());
        if (args.at(i) == QLatin1String("--size")) {
            const QStringList wh = args.at(i + 1).split(QLatin1Char('x'));
            size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        }
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rack.json"));
    const Inventory generated = fullRack();
    if (const QString error = InventoryIo::save(generated, path); !error.isEmpty()) {
        std::fprintf(stderr, "bench_rackview: %s\n", qPrintable(error));
        return 1;
    }
    int slotTotal = 0;
    int servers = 0;
    for (const Enclosure &e : generated.enclosures) {
        slotTotal += int(e.moduleSlots.size());
        servers += int(std::count_if(e.moduleSlots.cbegin(), e.moduleSlots.cend(),
            [](const SlotInfo &s) { return s.module == ModuleType::Server; }));
    }

    QElapsedTimer timer;
    timer.start();
    const InventoryLoadResult loaded = InventoryIo::load(path);
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench_rackview: %s\n", qPrintable(loaded.error.toString()));
        return 1;
    }
    const qint64 loadNs = timer.nsecsElapsed();
    RackModel model;
    model.setInventory(*loaded.inventory);
    RackView view;
    PaintWatcher watcher;
    view.viewport()->installEventFilter(&watcher);
    view.setModel(&model);
    view.resize(size);
    view.show();
    while (!watcher.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 firstFrameNs = timer.nsecsElapsed();

    // Light a few LEDs so the repaint draws every kind of state.
    for (int e = 0; e < model.enclosureCount(); ++e) {
        for (int slot = 1; slot <= 46; slot += 3)
            model.setPowerState(e, slot, slot % 2 ? PowerState::On : PowerState::Off);
    }
    QCoreApplication::processEvents();

    QList<qint64> times;
    for (int i = 0; i < repaints; ++i) {
        QElapsedTimer t;
        t.start();
        view.viewport()->repaint();
        times << t.nsecsElapsed();
    }
    std::sort(times.begin(), times.end());
    const double ms = 1e-6;
    std::printf("bench_rackview: %d enclosures, %d slots (%d server modules), view %dx%d "
                "(dpr %.1f)\n",
        model.enclosureCount(), slotTotal, servers, size.width(), size.height(),
        view.devicePixelRatioF());
    std::printf("  inventory load:        %8.2f ms\n", loadNs * ms);
    std::printf("  first painted frame:   %8.2f ms (aim < 300 ms)\n", firstFrameNs * ms);
    std::printf("  full repaint, median:  %8.2f ms over %d (min %.2f, max %.2f; aim < 8 ms)\n",
        times.at(times.size() / 2) * ms, repaints, times.first() * ms, times.last() * ms);
    return 0;
}

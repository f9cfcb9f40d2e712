// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the end-to-end tests share about the lab that ctest's lab fixture starts
// (tests/CMakeLists.txt: lab_start sets DXLAB_STATE_DIR and DXLAB_PORT).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QtTest>

#include "chassis/inventory.h"
#include "chassis/inventoryio.h"
#include "ipmi/ipmitarget.h"

namespace Lab {

/// The lab BMCs' password: the seed's factory default.
inline const QByteArray FactoryPassword = QByteArrayLiteral("Administrator");

/// The lab's state folder; empty when the test was not started by ctest.
inline QString stateDir()
{
    return qEnvironmentVariable("DXLAB_STATE_DIR");
}

/// The inventory the lab wrote for its enclosure.
inline QString inventoryPath()
{
    return QDir(stateDir()).filePath(QStringLiteral("inventory.json"));
}

/// The UDP port of every lab BMC.
inline QString port()
{
    return qEnvironmentVariable("DXLAB_PORT", QStringLiteral("1624"));
}

/// Slot @p slot's state file @p name in the lab (power, boot, identify, reset,
/// shutdown, lan: see lab/dxlab-hook).
inline QString slotFile(int slot, const char *name)
{
    return QDir(stateDir())
        .filePath(QStringLiteral("slots/%1/%2")
                      .arg(slot, 2, 10, QLatin1Char('0'))
                      .arg(QLatin1String(name)));
}

/// That file's content, trimmed; @p missing when it cannot be read.
inline QString slotState(int slot, const char *name, const QString &missing = {})
{
    QFile file(slotFile(slot, name));
    if (!file.open(QIODevice::ReadOnly))
        return missing;
    return QString::fromUtf8(file.readAll()).trimmed();
}

/// Loads the lab's inventory into @p inventory; fails the calling test (QVERIFY)
/// when there is no lab or the file does not load. Call it from initTestCase.
inline void loadInventory(Inventory *inventory)
{
    QVERIFY2(!stateDir().isEmpty(),
        "DXLAB_STATE_DIR is not set: run this test through ctest, whose lab fixture "
        "starts the lab");
    const InventoryLoadResult loaded = InventoryIo::load(inventoryPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
    QVERIFY(!loaded.inventory->enclosures.isEmpty());
    *inventory = *loaded.inventory;
}

/// Slot @p number of @p enclosure as an IPMI target with the factory password, named
/// @p label ("slot N" when empty); an empty target when the slot has no BMC.
inline IpmiTarget target(const Enclosure &enclosure, int number, const QString &label = {})
{
    const SlotInfo *slot = enclosure.slot(number);
    if (!slot || !slot->bmc)
        return {};
    return IpmiTarget {label.isEmpty() ? QStringLiteral("slot %1").arg(number) : label, *slot->bmc,
        enclosure.ipmiFor(*slot), FactoryPassword};
}

} // namespace Lab

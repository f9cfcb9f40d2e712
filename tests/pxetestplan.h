// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the PXE tests: the seed's plan, built from its inventory rows.

#include "chassis/inventoryio.h"
#include "provisioning/pxeplan.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace PxeTest {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(DX_TEST_DATA "/provisioning/") + relative;
}

inline Inventory seedInventory()
{
    const InventoryLoadResult r
        = InventoryIo::load(dataPath(QStringLiteral("seed-inventory.json")));
    if (!r.ok())
        qFatal("seed inventory: %s", qPrintable(r.error.toString()));
    return *r.inventory;
}

/// The defaults (the seed's network) with hosts from the seed's inventory rows.
inline PxePlan seedPlan()
{
    PxePlan plan;
    plan.allocateHosts(seedInventory());
    return plan;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Runs a program to completion (bounded); returns exit code, -1 if it did not run.
inline int run(const QString &program, const QStringList &arguments, QString *output = nullptr,
    int timeoutMs = 30000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted(timeoutMs)) {
        if (output)
            *output = p.errorString();
        return -1;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        if (output)
            *output = QStringLiteral("timed out");
        return -1;
    }
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/// The full path of a system tool, looking in the sbin folders too.
inline QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name,
        {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin"),
            QStringLiteral("/bin")});
}

} // namespace PxeTest

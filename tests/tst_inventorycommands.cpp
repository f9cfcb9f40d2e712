// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorycommands.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "chassis/inventoryio.h"
#include "dxctlcommands.h"

namespace {

struct Run
{
    int exitCode = 0;
    QString out;
    QString err;
};

Run dxctl(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = DxctlCommands(out, err).run(QStringList {QStringLiteral("dxctl")} + arguments);
    out.flush();
    err.flush();
    return run;
}

QString data(const char *name)
{
    return QStringLiteral(DX_TEST_DATA "/") + QLatin1String(name);
}

} // namespace

/// `dxctl inventory import-niclist|check|show` end to end through DxctlCommands.
class TestInventoryCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importSeedTableThenCheckAndShow()
    {
        QTemporaryDir dir;
        const QString inventory = dir.filePath(QStringLiteral("inventory.json"));
        Run run = dxctl({QStringLiteral("inventory"), QStringLiteral("import-niclist"),
            data("niclist/seed.csv"), QStringLiteral("--enclosure"), QStringLiteral("dx1"),
            QStringLiteral("-o"), inventory});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("imported 3 module")));

        const InventoryLoadResult loaded = InventoryIo::load(inventory);
        QVERIFY(loaded.ok());
        const Enclosure *e = loaded.inventory->enclosure(QStringLiteral("dx1"));
        QVERIFY(e);
        QCOMPARE(e->moduleSlots.size(), 3);
        QVERIFY(e->slot(24)->nicMacsDerived);
        QCOMPARE(e->slot(24)->nicMacs.at(0).toString(), QStringLiteral("74:D4:35:83:75:5E"));
        QVERIFY(!e->slot(23)->nicMacsDerived);

        run = dxctl({QStringLiteral("inventory"), QStringLiteral("check"),
            QStringLiteral("--inventory"), inventory});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("no warnings")));

        run = dxctl({QStringLiteral("inventory"), QStringLiteral("show"),
            QStringLiteral("--inventory"), inventory});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("WARNINGS")));
        QVERIFY(run.out.contains(QStringLiteral("74:D4:35:83:75:5E*")));
        QVERIFY(run.out.contains(QStringLiteral("* derived from the BMC MAC")));

        // Importing again into the same file merges and keeps a backup.
        run = dxctl({QStringLiteral("inventory"), QStringLiteral("import-niclist"),
            data("niclist/seed-tabs.txt"), QStringLiteral("--enclosure"), QStringLiteral("dx1"),
            QStringLiteral("-o"), inventory});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(InventoryIo::load(inventory).inventory->enclosures.first().moduleSlots.size(), 10);
        QCOMPARE(dir.path().size() > 0, true);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}).size(), 1);
    }

    void damagedInputImportsGoodLinesAndFails()
    {
        QTemporaryDir dir;
        const QString inventory = dir.filePath(QStringLiteral("inventory.json"));
        const Run run = dxctl({QStringLiteral("inventory"), QStringLiteral("import-niclist"),
            data("niclist/damaged.txt"), QStringLiteral("--enclosure"), QStringLiteral("dx1"),
            QStringLiteral("-o"), inventory});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("damaged.txt:3:")));
        QVERIFY(run.err.contains(QStringLiteral("damaged.txt:7:")));
        QCOMPARE(InventoryIo::load(inventory).inventory->enclosures.first().moduleSlots.size(), 3);
    }

    void checkFindsWarnings()
    {
        // lab-like.json: C2730 in slots 17 and 18, above the HDD modules in 40 and 41.
        const Run run = dxctl({QStringLiteral("inventory"), QStringLiteral("check"),
            QStringLiteral("-i"), data("gui/lab-like.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.out.contains(QStringLiteral("slot 40: warning: HDD module attached to a C2730")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("2 warning")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no enclosure")
            << QStringList {QStringLiteral("import-niclist"), data("niclist/seed.csv")};
        QTest::newRow("no file") << QStringList {
            QStringLiteral("import-niclist"), QStringLiteral("--enclosure"), QStringLiteral("dx1")};
        QTest::newRow("check without inventory") << QStringList {QStringLiteral("check")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        qunsetenv("DXCHASSIS_INVENTORY");
        const Run run = dxctl(QStringList {QStringLiteral("inventory")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInventoryCommands)
#include "tst_inventorycommands.moc"

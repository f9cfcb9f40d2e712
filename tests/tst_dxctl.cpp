// SPDX-License-Identifier: GPL-3.0-or-later
#include "dxctlcommands.h"

#include <QTest>
#include <QTextStream>

#include "ipmi/freeipmibackend.h"
#include "dxctlrun.h"

namespace {

QString guiData(const char *name)
{
    return QStringLiteral(DX_TEST_DATA "/gui/") + QLatin1String(name);
}

using Run = DxctlRun;

Run dxctl(const QStringList &arguments)
{
    return runDxctl<DxctlCommands>(arguments);
}

} // namespace

class TestDxctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("DXCHASSIS_INVENTORY"); }

    void version()
    {
        const Run run = dxctl({QStringLiteral("--version")});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("dxctl " DXCHASSIS_VERSION "\n")));
        QVERIFY(run.out.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
        QVERIFY(run.out.contains(QStringLiteral("FreeIPMI %1").arg(freeIpmiLibraryVersion())));
    }

    void help()
    {
        Run run = dxctl({QStringLiteral("--help")});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains(QStringLiteral("inventory show")));
        QVERIFY(run.out.contains(QStringLiteral("inventory validate")));

        run = dxctl({});
        QCOMPARE(run.status, 2); // no command: usage on stderr
        QVERIFY(run.err.contains(QStringLiteral("inventory show")));

        run = dxctl(
            {QStringLiteral("inventory"), QStringLiteral("show"), QStringLiteral("--help")});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains(QStringLiteral("dxctl inventory show")));
        QVERIFY(run.out.contains(QStringLiteral("--inventory")));
    }

    void wrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("bogus")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--bogus")};
        QTest::newRow("no subcommand") << QStringList {QStringLiteral("inventory")};
        QTest::newRow("unknown subcommand")
            << QStringList {QStringLiteral("inventory"), QStringLiteral("frobnicate")};
        QTest::newRow("show without an inventory")
            << QStringList {QStringLiteral("inventory"), QStringLiteral("show")};
        QTest::newRow("validate two files") << QStringList {QStringLiteral("inventory"),
            QStringLiteral("validate"), QStringLiteral("a.json"), QStringLiteral("b.json")};
    }

    void wrongUsage()
    {
        QFETCH(QStringList, arguments);
        const Run run = dxctl(arguments);
        QCOMPARE(run.status, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    void showPrintsEveryEnclosure()
    {
        const Run run = dxctl({QStringLiteral("inventory"), QStringLiteral("show"),
            QStringLiteral("--inventory"), guiData("two-enclosures.json")});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Enclosure rack1-u01")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("SLOT")));
        QVERIFY(run.out.contains(QStringLiteral("Enclosure rack1-u03")));

        const QString slot23 = lines.at(3);
        QCOMPARE(slot23.split(QLatin1Char(' '), Qt::SkipEmptyParts),
            (QStringList {QStringLiteral("23"), QStringLiteral("server"), QStringLiteral("(C2750)"),
                QStringLiteral("dx1000s23"), QStringLiteral("127.0.1.23:1623"),
                QStringLiteral("74:D4:35:83:78:16"), QStringLiteral("74:D4:35:83:78:14"),
                QStringLiteral("74:D4:35:83:78:15"), QStringLiteral("-")})); // no warnings
        // Columns line up: every column starts where its header does.
        QCOMPARE(lines.at(1).indexOf(QStringLiteral("BMC MAC")),
            slot23.indexOf(QStringLiteral("74:D4")));
    }

    void showTakesTheInventoryFromTheEnvironment()
    {
        qputenv("DXCHASSIS_INVENTORY", guiData("lab-like.json").toUtf8());
        const Run run = dxctl({QStringLiteral("inventory"), QStringLiteral("show")});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains(QStringLiteral("dx1000s32")));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1 + 1 + 44); // title, header, 44 slots
    }

    void validate_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid") << "lab-like.json" << 0 << "valid";
        QTest::newRow("bad MAC") << "bad-mac.json" << 1
                                 << "bad-mac.json:10:54: enclosures[0].slots[0].bmcMac";
        QTest::newRow("newer version")
            << "newer-version.json" << 1 << "newer-version.json:3:14: version";
        QTest::newRow("missing") << "no-such-file.json" << 1 << "no-such-file.json";
    }

    void validate()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Run run = dxctl({QStringLiteral("inventory"), QStringLiteral("validate"),
            guiData(file.toUtf8().constData())});
        QCOMPARE(run.status, status);
        const QString &stream = status == 0 ? run.out : run.err;
        QVERIFY2(stream.contains(message), qPrintable(stream));
        if (status != 0)
            QVERIFY(run.out.isEmpty());
    }

    void displayWidth()
    {
        QCOMPARE(DxctlCommands::displayWidth(QStringLiteral("SLOT")), 4);
        QCOMPARE(DxctlCommands::displayWidth(QStringLiteral("スロット")), 8);
        QCOMPARE(DxctlCommands::displayWidth(QStringLiteral("BMC アドレス")), 12);
    }
};

QTEST_GUILESS_MAIN(TestDxctl)
#include "tst_dxctl.moc"

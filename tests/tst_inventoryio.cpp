// SPDX-License-Identifier: GPL-3.0-or-later
#include "chassis/inventoryio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(DX_TEST_DATA "/inventory/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A valid one-enclosure document in which @p slotJson is the only slot entry.
QByteArray withSlot(const QByteArray &slotJson)
{
    return "{\n"
           "  \"format\": \"dxchassis-inventory\",\n"
           "  \"version\": 1,\n"
           "  \"enclosures\": [\n"
           "    {\n"
           "      \"name\": \"e1\",\n"
           "      \"profile\": \"DX1000\",\n"
           "      \"slots\": [\n"
           "        "
        + slotJson
        + "\n"
          "      ]\n"
          "    }\n"
          "  ]\n"
          "}\n";
}
} // namespace

class TestInventoryIo : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheSeedEnclosureWithEveryField()
    {
        const auto r = InventoryIo::load(dataFile("seed-enclosure.json"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.inventory->enclosures.size(), 1);
        const Enclosure &e = r.inventory->enclosures.first();
        QCOMPARE(e.name, QStringLiteral("rack1-u01"));
        QCOMPARE(e.profileId, QStringLiteral("DX1000"));
        QCOMPARE(e.cmmMac.toString(), QStringLiteral("74:D4:35:E9:E2:60"));
        QCOMPARE(e.switches.size(), 1);
        QCOMPARE(e.switches.first().serialPort, QStringLiteral("/dev/cuaU0"));
        QCOMPARE(e.switches.first().systemMac.toString(), QStringLiteral("74:D4:35:E9:E2:62"));
        QCOMPARE(e.ipmi.user, QStringLiteral("Administrator"));
        QCOMPARE(e.ipmi.privilege, IpmiSettings::Privilege::Admin);
        QCOMPARE(e.ipmi.workaroundFlags, QStringList {QStringLiteral("opensesspriv")});
        QCOMPARE(e.ipmi.solWorkaroundFlags.size(), 3);

        // Slots come back sorted by number whatever the file's order.
        QCOMPARE(e.moduleSlots.size(), 5);
        QCOMPARE(e.moduleSlots.at(0).slot, 1);
        QCOMPARE(e.moduleSlots.at(0).module, ModuleType::Hdd);
        QCOMPARE(e.moduleSlots.at(2).slot, 23);

        const SlotInfo *s23 = e.slot(23);
        QVERIFY(s23);
        QCOMPARE(s23->hostName, QStringLiteral("dx1000s23"));
        QCOMPARE(s23->bmc->host, QStringLiteral("192.168.1.81"));
        QCOMPARE(s23->bmc->port, quint16(623));
        QCOMPARE(s23->bmcMac.toString(), QStringLiteral("74:D4:35:83:78:16"));
        QCOMPARE(s23->nicMacs.at(0).toString(), QStringLiteral("74:D4:35:83:78:14"));
        QCOMPARE(s23->nicMacs.at(1).toString(), QStringLiteral("74:D4:35:83:78:15"));
        QVERIFY(!s23->ipmi.has_value());

        // Slot 25 overrides two fields and inherits the rest from the enclosure.
        const SlotInfo *s25 = e.slot(25);
        QCOMPARE(s25->bmc->toString(), QStringLiteral("127.0.1.25:1623"));
        QCOMPARE(s25->bmcMac.toString(), QStringLiteral("74:D4:35:83:79:1E"));
        const IpmiSettings eff = e.ipmiFor(*s25);
        QCOMPARE(eff.privilege, IpmiSettings::Privilege::Operator);
        QCOMPARE(eff.timeoutMs, 2000);
        QCOMPARE(eff.user, QStringLiteral("Administrator"));
        QCOMPARE(eff.workaroundFlags, QStringList {QStringLiteral("opensesspriv")});
    }

    void saveThenLoadGivesTheSameInventory()
    {
        const auto first = InventoryIo::load(dataFile("seed-enclosure.json"));
        QVERIFY(first.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inv.json"));
        QCOMPARE(InventoryIo::save(*first.inventory, path), QString());
        const auto second = InventoryIo::load(path);
        QVERIFY2(second.ok(), qPrintable(second.error.toString()));
        QCOMPARE(*second.inventory, *first.inventory);
        QVERIFY2(!readAll(path).contains("assword"), "no password field is ever written");
    }

    void rejectsBadDocumentsNamingPathAndLine_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("jsonPath");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("malformed MAC")
            << withSlot(R"({ "slot": 23, "module": "server", "bmcMac": "74:D4:35:83:78:1G" })")
            << "enclosures[0].slots[0].bmcMac" << 9 << "position 17";
        QTest::newRow("malformed NIC MAC in array")
            << withSlot(
                   R"({ "slot": 23, "module": "server", "nicMacs": ["74:D4:35:83:78:14", "zz"] })")
            << "enclosures[0].slots[0].nicMacs[1]" << 9 << "not a MAC address";
        QTest::newRow("slot out of range") << withSlot(R"({ "slot": 47, "module": "server" })")
                                           << "enclosures[0].slots[0].slot" << 9 << "1 to 46";
        QTest::newRow("unknown module type") << withSlot(R"({ "slot": 3, "module": "gpu" })")
                                             << "enclosures[0].slots[0].module" << 9 << "gpu";
        QTest::newRow("bad BMC port")
            << withSlot(R"({ "slot": 3, "module": "server", "bmcAddress": "10.0.0.1:99999" })")
            << "enclosures[0].slots[0].bmcAddress" << 9 << "99999";
        QTest::newRow("bad host name")
            << withSlot(R"({ "slot": 3, "module": "server", "hostName": "dx_1000" })")
            << "enclosures[0].slots[0].hostName" << 9 << "RFC 1123";
        QTest::newRow("unknown workaround flag") << withSlot(
            R"({ "slot": 3, "module": "server", "ipmi": { "workaroundFlags": ["nosuchflag"] } })")
                                                 << "enclosures[0].slots[0].ipmi.workaroundFlags[0]"
                                                 << 9 << "nosuchflag";
        QTest::newRow("password is refused")
            << withSlot(
                   R"({ "slot": 3, "module": "server", "ipmi": { "password": "Administrator" } })")
            << "enclosures[0].slots[0].ipmi.password" << 9 << "never stored";
        QTest::newRow("wrong type") << withSlot(R"({ "slot": "three", "module": "server" })")
                                    << "enclosures[0].slots[0].slot" << 9 << "whole number";
        QTest::newRow("missing format")
            << QByteArray("{\n  \"version\": 1,\n  \"enclosures\": []\n}\n") << "" << 1 << "format";
        QTest::newRow("other format") << QByteArray(
            "{\n  \"format\": \"something-else\",\n  \"version\": 1,\n  \"enclosures\": []\n}\n")
                                      << "format" << 2 << "not a dxchassis inventory";
        QTest::newRow("duplicate slot") << withSlot(R"({ "slot": 3, "module": "server" },
        { "slot": 3, "module": "hdd" })")
                                        << "enclosures[0].slots[1].slot" << 10 << "twice";
    }
    void rejectsBadDocumentsNamingPathAndLine()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, jsonPath);
        QFETCH(int, line);
        QFETCH(QString, messagePart);
        const auto r = InventoryIo::parse(json, QStringLiteral("bad.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.jsonPath, jsonPath);
        QCOMPARE(r.error.line, line);
        QVERIFY2(r.error.message.contains(messagePart), qPrintable(r.error.message));
        const QString shown = r.error.toString();
        QVERIFY2(shown.startsWith(QStringLiteral("bad.json:%1:").arg(line)), qPrintable(shown));
        if (!jsonPath.isEmpty())
            QVERIFY(shown.contains(jsonPath));
    }

    void malformedJsonNamesLineAndColumn()
    {
        // A missing comma after the version on line 3.
        const QByteArray json = "{\n  \"format\": \"dxchassis-inventory\",\n  \"version\": 1\n"
                                "  \"enclosures\": []\n}\n";
        const auto r = InventoryIo::parse(json, QStringLiteral("broken.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.line, 4);
        QVERIFY(r.error.column > 0);
        QVERIFY2(r.error.message.contains(QStringLiteral("malformed JSON")),
            qPrintable(r.error.message));
        QVERIFY(r.error.jsonPath.isEmpty());
    }

    void truncatedFileIsMalformedNotEmpty()
    {
        const QByteArray full = readAll(dataFile("seed-enclosure.json"));
        const auto r = InventoryIo::parse(full.left(full.size() / 2), QStringLiteral("half.json"));
        QVERIFY(!r.ok());
        QVERIFY(r.error.line > 1);
        QVERIFY(r.error.message.contains(QStringLiteral("malformed JSON")));
    }

    void newerVersionIsRefusedWithAnUpgradeHint()
    {
        const QByteArray json = "{\n  \"format\": \"dxchassis-inventory\",\n  \"version\": 2,\n"
                                "  \"enclosures\": []\n}\n";
        const auto r = InventoryIo::parse(json, QStringLiteral("new.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.jsonPath, QStringLiteral("version"));
        QCOMPARE(r.error.line, 3);
        QVERIFY2(r.error.message.contains(QStringLiteral("newer dxchassis")),
            qPrintable(r.error.message));
    }

    void unknownKeysAreWarningsWithTheirLine()
    {
        const auto r
            = InventoryIo::parse(withSlot(R"({ "slot": 3, "module": "server", "colour": "red" })"),
                QStringLiteral("w.json"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().startsWith(QStringLiteral("w.json:9:")),
            qPrintable(r.warnings.first()));
        QVERIFY(r.warnings.first().contains(QStringLiteral("enclosures[0].slots[0].colour")));
    }

    void failedLoadLeavesTheFileByteIdentical()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        const QByteArray bad = withSlot(R"({ "slot": 99, "module": "server" })");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bad);
        }
        const QDateTime before = QFileInfo(path).lastModified();
        const auto r = InventoryIo::load(path);
        QVERIFY(!r.ok());
        QVERIFY(r.error.toString().startsWith(path + QStringLiteral(":9:")));
        QCOMPARE(readAll(path), bad);
        QCOMPARE(QFileInfo(path).lastModified(), before);
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files).size(), 1); // no backup or temp file either
    }

    void missingFileSaysSo()
    {
        const auto r = InventoryIo::load(QStringLiteral("/nonexistent/inventory.json"));
        QVERIFY(!r.ok());
        QVERIFY(r.error.toString().startsWith(QStringLiteral("/nonexistent/inventory.json: ")));
    }
};

QTEST_GUILESS_MAIN(TestInventoryIo)
#include "tst_inventoryio.moc"

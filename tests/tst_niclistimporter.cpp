// SPDX-License-Identifier: GPL-3.0-or-later
#include "chassis/niclistimporter.h"

#include <QTest>

#include "chassis/chassisprofile.h"
#include "chassis/inventory.h"

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(DX_TEST_DATA "/niclist/") + QLatin1String(name);
}

MacAddress mac(const char *text)
{
    return *MacAddress::parse(QLatin1String(text));
}

} // namespace

class TestNiclistImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedTableImportsEveryRow_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("tabs, with header") << dataFile("seed-tabs.txt");
        QTest::newRow("with shell prompt") << dataFile("seed-with-prompt.txt");
    }

    void seedTableImportsEveryRow()
    {
        QFETCH(QString, file);
        const NiclistImport result = NiclistImporter::load(file);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.entries.size(), 10);
        const NiclistEntry &first = result.entries.first();
        QCOMPARE(first.slot, 23);
        QCOMPARE(first.bmcMac, mac("74:D4:35:83:78:16"));
        QCOMPARE(first.ipAddress, QString()); // 0.0.0.0 = no IP
        QCOMPARE(first.nic1Mac, mac("74:D4:35:83:78:14"));
        QCOMPARE(first.nic2Mac, mac("74:D4:35:83:78:15"));
        QCOMPARE(result.entries.last().slot, 32);
        QCOMPARE(result.entries.last().nic2Mac, mac("74:D4:35:83:78:54"));
    }

    void spacesAndNoHeader()
    {
        const NiclistImport result = NiclistImporter::parse(
            QStringLiteral("CPU Board24  74:D4:35:83:75:60  192.168.1.82  74:D4:35:83:75:5E  "
                           "74:D4:35:83:75:5F\r\n"
                           "25 74:d4:35:83:79:1e 0.0.0.0 74:D4:35:83:79:1C 74:D4:35:83:79:1D\n"));
        QVERIFY(result.errors.isEmpty());
        QCOMPARE(result.entries.size(), 2);
        QCOMPARE(result.entries.at(0).slot, 24);
        QCOMPARE(result.entries.at(0).ipAddress, QStringLiteral("192.168.1.82"));
        QCOMPARE(result.entries.at(1).slot, 25);
        QCOMPARE(result.entries.at(1).bmcMac, mac("74:D4:35:83:79:1E"));
    }

    void csvWithEmptyColumns()
    {
        const NiclistImport result = NiclistImporter::load(dataFile("seed.csv"));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.entries.size(), 3);
        QCOMPARE(result.entries.at(1).slot, 24);
        QCOMPARE(result.entries.at(1).bmcMac, mac("74:D4:35:83:75:60"));
        QCOMPARE(result.entries.at(1).ipAddress, QStringLiteral("192.168.1.82"));
        QVERIFY(result.entries.at(1).nic1Mac.isNull());
        QCOMPARE(result.entries.at(2).bmcMac, mac("74:D4:35:83:79:1E"));
        QCOMPARE(result.entries.at(2).ipAddress, QString());
    }

    void damagedLinesAreReportedGoodLinesImported()
    {
        const NiclistImport result = NiclistImporter::load(dataFile("damaged.txt"));
        QList<int> slotNumbers;
        for (const NiclistEntry &e : result.entries)
            slotNumbers << e.slot;
        QCOMPARE(slotNumbers, (QList<int> {23, 25, 28}));
        QCOMPARE(result.entries.at(1).line, 4);
        const QString path = dataFile("damaged.txt");
        const QStringList expected {
            path + QStringLiteral(":3: slot 24: management LAN MAC"), // bad hex digit
            path + QStringLiteral(":5: slot 99 is outside 1-46"),
            path + QStringLiteral(":6: expected 5 columns"),
            path + QStringLiteral(":7: expected a slot"),
            path + QStringLiteral(":8: slot 23 is listed twice"),
        };
        QCOMPARE(result.errors.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(
                result.errors.at(i).startsWith(expected.at(i)), qPrintable(result.errors.at(i)));
        QVERIFY(result.errors.at(0).contains(QStringLiteral("'G'")));
    }

    void unreadableFileIsOneError()
    {
        const NiclistImport result = NiclistImporter::load(dataFile("no-such-file.txt"));
        QVERIFY(result.entries.isEmpty());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors.first().contains(QStringLiteral("cannot read")));
    }

    void mergeMarksDerivedAndReadMacs()
    {
        Enclosure e;
        e.name = QStringLiteral("dx1");
        SlotInfo old;
        old.slot = 24;
        old.module = ModuleType::Server;
        old.cpu = QStringLiteral("C2750");
        old.hostName = QStringLiteral("dx1000s24");
        e.moduleSlots << old;

        const NiclistImport read = NiclistImporter::load(dataFile("seed.csv"));
        const QStringList notes = NiclistImporter::merge(e, read.entries, ChassisProfile::dx1000());
        QVERIFY(notes.isEmpty());
        QCOMPARE(e.moduleSlots.size(), 3);
        QCOMPARE(e.moduleSlots.at(0).slot, 23); // kept sorted
        QVERIFY(!e.moduleSlots.at(0).nicMacsDerived);
        QCOMPARE(e.moduleSlots.at(0).nicMacs.at(0), mac("74:D4:35:83:78:14"));

        const SlotInfo &s24 = e.moduleSlots.at(1);
        QCOMPARE(s24.hostName, QStringLiteral("dx1000s24")); // kept
        QCOMPARE(s24.cpu, QStringLiteral("C2750"));
        QVERIFY(s24.bmc);
        QCOMPARE(s24.bmc->host, QStringLiteral("192.168.1.82"));
        QVERIFY(s24.nicMacsDerived);
        QCOMPARE(
            s24.nicMacs, (QList<MacAddress> {mac("74:D4:35:83:75:5E"), mac("74:D4:35:83:75:5F")}));

        // A MAC read later overrides the derived one and clears the mark.
        NiclistEntry later;
        later.slot = 24;
        later.bmcMac = mac("74:D4:35:83:75:60");
        later.nic1Mac = mac("74:D4:35:83:75:5E");
        later.nic2Mac = mac("74:D4:35:83:75:5F");
        NiclistImporter::merge(e, {later}, ChassisProfile::dx1000());
        QVERIFY(!e.moduleSlots.at(1).nicMacsDerived);
    }
};

QTEST_GUILESS_MAIN(TestNiclistImporter)
#include "tst_niclistimporter.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
//
// HostRange (FreeIPMI host ranges for dxctl --host) and SlotSelection (dxctl's
// ENCLOSURE:s[1-46] targets).

#include "chassis/hostrange.h"
#include "chassis/inventory.h"
#include "chassis/slotselection.h"

#include <QtTest>

namespace {
QStringList L(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromLatin1(item);
    return list;
}
} // namespace

class TestHostRange : public QObject
{
    Q_OBJECT

private slots:
    void expands_data();
    void expands();
    void rejects_data();
    void rejects();
    void selectsSlots_data();
    void selectsSlots();
    void refusesUnknownSlots_data();
    void refusesUnknownSlots();

private:
    static Inventory inventory();
};

void TestHostRange::expands_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QStringList>("hosts");
    QTest::newRow("plain") << "bmc1" << L({"bmc1"});
    QTest::newRow("list") << "a,b" << L({"a", "b"});
    QTest::newRow("lab") << "127.0.1.[1-3]:1623"
                         << L({"127.0.1.1:1623", "127.0.1.2:1623", "127.0.1.3:1623"});
    QTest::newRow("list in brackets") << "h[1,3,5-6]" << L({"h1", "h3", "h5", "h6"});
    QTest::newRow("zero padded") << "n[08-10]" << L({"n08", "n09", "n10"});
    QTest::newRow("two brackets") << "10.[1-2].0.[5,7]"
                                  << L({"10.1.0.5", "10.1.0.7", "10.2.0.5", "10.2.0.7"});
    QTest::newRow("ranges and hosts")
        << "127.0.1.[1-2]:9,127.0.1.[101-102]:9"
        << L({"127.0.1.1:9", "127.0.1.2:9", "127.0.1.101:9", "127.0.1.102:9"});
    QTest::newRow("duplicates once") << "a,a,b" << L({"a", "b"});
}

void TestHostRange::expands()
{
    QFETCH(QString, range);
    QFETCH(QStringList, hosts);
    QString error;
    const std::optional<QStringList> result = HostRange::expand(range, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(*result, hosts);
}

void TestHostRange::rejects_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed") << "h[1-3"
                              << "without ']'";
    QTest::newRow("unopened") << "h1-3]"
                              << "without '['";
    QTest::newRow("backwards") << "h[5-1]"
                               << "expected numbers";
    QTest::newRow("letters") << "h[a-c]"
                             << "expected numbers";
    QTest::newRow("empty host") << "a,,b"
                                << "empty host";
}

void TestHostRange::rejects()
{
    QFETCH(QString, range);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!HostRange::expand(range, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

Inventory TestHostRange::inventory()
{
    Inventory inv;
    for (const QString &name : {QStringLiteral("dx1"), QStringLiteral("dx2")}) {
        Enclosure e;
        e.name = name;
        for (int s : {1, 2, 3, 23, 25}) {
            SlotInfo slot;
            slot.slot = s;
            slot.module = ModuleType::Server;
            slot.bmc = BmcEndpoint {QStringLiteral("10.0.0.%1").arg(s), 623};
            e.moduleSlots << slot;
        }
        SlotInfo hdd; // a module without a BMC
        hdd.slot = 24;
        hdd.module = ModuleType::Hdd;
        e.moduleSlots.insert(4, hdd);
        inv.enclosures << e;
    }
    return inv;
}

void TestHostRange::selectsSlots_data()
{
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("one") << L({"dx1:s23"}) << L({"dx1:s23"});
    QTest::newRow("list, sorted") << L({"dx1:s25,s23"}) << L({"dx1:s23", "dx1:s25"});
    QTest::newRow("range") << L({"dx2:s[1-3]"}) << L({"dx2:s1", "dx2:s2", "dx2:s3"});
    QTest::newRow("enclosure skips slots without BMC")
        << L({"dx1"}) << L({"dx1:s1", "dx1:s2", "dx1:s3", "dx1:s23", "dx1:s25"});
    QTest::newRow("all") << L({"all"})
                         << L({"dx1:s1", "dx1:s2", "dx1:s3", "dx1:s23", "dx1:s25", "dx2:s1",
                                "dx2:s2", "dx2:s3", "dx2:s23", "dx2:s25"});
    QTest::newRow("inventory order, once")
        << L({"dx2:s1", "dx1:s2", "dx1:s[1-2]"}) << L({"dx1:s1", "dx1:s2", "dx2:s1"});
    QTest::newRow("bare numbers") << L({"dx1:[2-3]"}) << L({"dx1:s2", "dx1:s3"});
}

void TestHostRange::selectsSlots()
{
    QFETCH(QStringList, specs);
    QFETCH(QStringList, labels);
    QString error;
    const auto chosen = SlotSelection::resolve(inventory(), specs, &error);
    QVERIFY2(chosen, qPrintable(error));
    QStringList got;
    for (const SlotSelection::Slot &s : *chosen)
        got << s.label();
    QCOMPARE(got, labels);
}

void TestHostRange::refusesUnknownSlots_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("no enclosure") << "dx9:s1"
                                  << "no enclosure \"dx9\"";
    QTest::newRow("empty slot") << "dx1:s4"
                                << "slot 4 of dx1 has no BMC";
    QTest::newRow("module without BMC") << "dx1:s24"
                                        << "slot 24 of dx1 has no BMC";
    QTest::newRow("beyond the DX1000's 46 slots") << "dx1:s47"
                                                  << "dx1 has no slot 47 (a DX1000 has slots 1-46)";
    QTest::newRow("slot 0") << "dx1:s0"
                            << "dx1 has no slot 0";
    QTest::newRow("not a slot") << "dx1:x"
                                << "is not a slot";
    QTest::newRow("bad range") << "dx1:s[3-1]"
                               << "expected numbers";
}

void TestHostRange::refusesUnknownSlots()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!SlotSelection::resolve(inventory(), {spec}, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHostRange)
#include "tst_hostrange.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "switchcli/showsystem.h"

#include <QFile>
#include <QTest>

static QString seedOutput()
{
    QFile f(QStringLiteral(DX_TEST_DATA "/switch/show-system-seed.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

class TestShowSystem : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryFieldOfTheSeedsOutput()
    {
        const auto r = ShowSystemParser::parse(seedOutput());
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
        QVERIFY(r.ok);
        QCOMPARE(r.info.fields.size(), ShowSystem::knownFieldNames().size());
        for (qsizetype i = 0; i < r.info.fields.size(); ++i)
            QCOMPARE(r.info.fields.at(i).first, ShowSystem::knownFieldNames().at(i));
        QCOMPARE(r.info.systemName(), QStringLiteral("ONS"));
        QCOMPARE(r.info.value(QStringLiteral("Name")), QStringLiteral("ONS CoreSwitch"));
        QCOMPARE(r.info.value(QStringLiteral("Chip Subtype")), QStringLiteral("fm6000"));
        QCOMPARE(r.info.softwareVersion(), QStringLiteral("1.2.0.1425-2"));
        QCOMPARE(r.info.value(QStringLiteral("OS Version")),
            QStringLiteral("3.4.43-WR5.0.1.10_standard"));
        QCOMPARE(r.info.ipAddress(), QStringLiteral("10.1.1.1"));
        QCOMPARE(r.info.value(QStringLiteral("Mask")), QStringLiteral("255.255.255.0"));
        QCOMPARE(r.info.value(QStringLiteral("Gateway")), QStringLiteral("N/A"));
        QCOMPARE(r.info.systemMac().toString(), QStringLiteral("74:D4:35:E9:E2:62"));
        QCOMPARE(r.info.defaultVlan(), 1);
        QCOMPARE(r.info.value(QStringLiteral("Current Partition")), QStringLiteral("/dev/sda3"));
    }

    void joinsTheWrappedApiVersion()
    {
        const auto r = ShowSystemParser::parse(seedOutput());
        QCOMPARE(r.info.value(QStringLiteral("API Version")),
            QStringLiteral("FocalPoint 3.3.5_00268148 + mercury-20131213"));
    }

    void toleratesCrLfAndColourSequences()
    {
        QString text = seedOutput();
        text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        text.replace(QStringLiteral("MAC Address"), QStringLiteral("\x1b[1mMAC Address\x1b[0m"));
        const auto r = ShowSystemParser::parse(text);
        QVERIFY(r.ok);
        QCOMPARE(r.info.systemMac().toString(), QStringLiteral("74:D4:35:E9:E2:62"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
    }

    void reportsDamagedOutput_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("problem");
        QTest::newRow("MAC line missing") << "MAC Address ..... 74:D4:35:E9:E2:62\n"
                                          << "" << false << "\"MAC Address\" is missing";
        QTest::newRow("MAC malformed") << "74:D4:35:E9:E2:62"
                                       << "74:D4:35:E9:E2" << false << "is not a MAC address";
        QTest::newRow("output cut after IP Address")
            << "Mask ..... 255.255.255.0"
            << "Mask" << false << "\"Default VLAN\" is missing";
        QTest::newRow("a field missing, MAC still there")
            << "Platform ..... Mercury\n"
            << "" << true << "\"Platform\" is missing";
    }
    void reportsDamagedOutput()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, ok);
        QFETCH(QString, problem);
        QString text = seedOutput();
        if (QTest::currentDataTag() == QByteArrayLiteral("output cut after IP Address"))
            text = text.left(text.indexOf(from));
        else
            text.replace(from, to);
        const auto r = ShowSystemParser::parse(text);
        QCOMPARE(r.ok, ok);
        QVERIFY2(r.problems.join(u'\n').contains(problem), qPrintable(r.problems.join(u'\n')));
    }

    void unreadableLineIsReportedWithItsNumber()
    {
        const auto r = ShowSystemParser::parse(
            QStringLiteral("garbage here\nMAC Address ..... 74:D4:35:E9:E2:62\n"));
        QVERIFY(r.ok);
        QVERIFY2(r.problems.first().startsWith(QStringLiteral("line 1:")),
            qPrintable(r.problems.first()));
    }

    void emptyOutputIsNotOk()
    {
        const auto r = ShowSystemParser::parse(QString());
        QVERIFY(!r.ok);
        QCOMPARE(r.problems.size(), ShowSystem::knownFieldNames().size());
    }
};

QTEST_GUILESS_MAIN(TestShowSystem)
#include "tst_showsystem.moc"

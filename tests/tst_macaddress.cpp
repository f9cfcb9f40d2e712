// SPDX-License-Identifier: GPL-3.0-or-later
#include "chassis/macaddress.h"

#include <QTest>

class TestMacAddress : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryAcceptedFormToCanonical_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("colon upper (seed mng_niclist)") << "74:D4:35:83:78:16"
                                                        << "74:D4:35:83:78:16";
        QTest::newRow("colon lower") << "74:d4:35:83:78:16"
                                     << "74:D4:35:83:78:16";
        QTest::newRow("dash") << "74-D4-35-83-78-16"
                              << "74:D4:35:83:78:16";
        QTest::newRow("dot (switch style)") << "74d4.3583.7816"
                                            << "74:D4:35:83:78:16";
        QTest::newRow("bare hex") << "74d435837816"
                                  << "74:D4:35:83:78:16";
        QTest::newRow("surrounding blanks") << "  74:D4:35:E9:E2:62\t"
                                            << "74:D4:35:E9:E2:62";
        QTest::newRow("mixed case") << "74:d4:35:E9:e2:60"
                                    << "74:D4:35:E9:E2:60";
    }
    void parsesEveryAcceptedFormToCanonical()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        QString error;
        const auto mac = MacAddress::parse(input, &error);
        QVERIFY2(mac.has_value(), qPrintable(error));
        QCOMPARE(mac->toString(), canonical);
    }

    void rejectsMalformedWithThePositionOfTheFault_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("bad hex digit") << "74:D4:35:83:78:1G"
                                       << "position 17";
        QTest::newRow("short group") << "74:D4:5:83:78:16"
                                     << "position 8";
        QTest::newRow("too few groups") << "74:D4:35:83:78"
                                        << "incomplete";
        QTest::newRow("too many digits bare") << "74d4358378161"
                                              << "position 13";
        QTest::newRow("mixed separators") << "74:D4-35:83:78:16"
                                          << "position 6";
        QTest::newRow("unknown separator") << "74/D4/35/83/78/16"
                                           << "position 3";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("blank offset counts") << "  74:D4:35:83:78:1Z"
                                             << "position 19";
    }
    void rejectsMalformedWithThePositionOfTheFault()
    {
        QFETCH(QString, input);
        QFETCH(QString, expectedInError);
        QString error;
        QVERIFY(!MacAddress::parse(input, &error).has_value());
        QVERIFY2(error.contains(expectedInError), qPrintable(error));
    }

    void arithmeticCarriesAcrossOctets_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("delta");
        QTest::addColumn<QString>("expected");
        // The seed's rules: NIC1 = BMC - 2, NIC2 = BMC - 1; CMM = switch - 2.
        QTest::newRow("seed slot 23 NIC1") << "74:D4:35:83:78:16" << -2 << "74:D4:35:83:78:14";
        QTest::newRow("seed slot 24 NIC1 borrows")
            << "74:D4:35:83:75:60" << -2 << "74:D4:35:83:75:5E";
        QTest::newRow("seed CMM from switch") << "74:D4:35:E9:E2:62" << -2 << "74:D4:35:E9:E2:60";
        QTest::newRow("carry over two octets") << "74:D4:35:83:FF:FF" << 1 << "74:D4:35:84:00:00";
        QTest::newRow("borrow over two octets") << "74:D4:35:84:00:00" << -1 << "74:D4:35:83:FF:FF";
        QTest::newRow("wraps within 48 bits") << "FF:FF:FF:FF:FF:FF" << 1 << "00:00:00:00:00:00";
    }
    void arithmeticCarriesAcrossOctets()
    {
        QFETCH(QString, base);
        QFETCH(int, delta);
        QFETCH(QString, expected);
        QCOMPARE((*MacAddress::parse(base) + delta).toString(), expected);
    }

    void printsTheBootAgentSpacedForm()
    {
        QCOMPARE(MacAddress::parse(QStringLiteral("74:D4:35:83:78:14"))->toSpacedString(),
            QStringLiteral("74 D4 35 83 78 14"));
    }

    void nullMacPrintsNothingAndComparesUnequalToZero()
    {
        const MacAddress null;
        QVERIFY(null.isNull());
        QVERIFY(null.toString().isEmpty());
        QVERIFY(null != MacAddress(0));
    }

    void flagsLocallyAdministeredAddresses()
    {
        QVERIFY(MacAddress::parse(QStringLiteral("02:44:58:00:17:12"))->isLocallyAdministered());
        QVERIFY(!MacAddress::parse(QStringLiteral("74:D4:35:83:78:16"))->isLocallyAdministered());
    }
};

QTEST_GUILESS_MAIN(TestMacAddress)
#include "tst_macaddress.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
//
// BmcEndpoint: the `host[:port]` forms an inventory and dxctl --host accept, and
// the ones they refuse with a message naming what is wrong.

#include "chassis/bmcendpoint.h"

#include <QtTest>

class TestBmcEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void printsWhatFreeIpmiTakes();
};

void TestBmcEndpoint::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    QTest::newRow("IPv4 and port") << "127.0.1.23:1623"
                                   << "127.0.1.23" << 1623;
    QTest::newRow("IPv4, default port") << "192.168.0.23"
                                        << "192.168.0.23" << 623;
    QTest::newRow("host name") << "dx1-s23.example.net"
                               << "dx1-s23.example.net" << 623;
    QTest::newRow("host name and port") << "cmm:6230"
                                        << "cmm" << 6230;
    QTest::newRow("surrounding blanks") << "  10.0.0.1:623 "
                                        << "10.0.0.1" << 623;
    QTest::newRow("bare IPv6") << "fd00::23"
                               << "fd00::23" << 623;
    QTest::newRow("bracketed IPv6 and port") << "[fd00::23]:1623"
                                             << "fd00::23" << 1623;
    QTest::newRow("bracketed IPv6, no port") << "[::1]"
                                             << "::1" << 623;
    QTest::newRow("IPv4-mapped IPv6") << "[::ffff:10.0.0.1]:623"
                                      << "::ffff:10.0.0.1" << 623;
    QTest::newRow("link-local with zone") << "[fe80::1%eth0]:623"
                                          << "fe80::1%eth0" << 623;
}

void TestBmcEndpoint::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);

    QString error;
    const std::optional<BmcEndpoint> ep = BmcEndpoint::parse(text, &error);
    QVERIFY2(ep, qPrintable(error));
    QCOMPARE(ep->host, host);
    QCOMPARE(int(ep->port), port);
}

void TestBmcEndpoint::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << "   "
                           << "empty BMC address";
    QTest::newRow("port 0") << "10.0.0.1:0"
                            << "\"0\" is not a UDP port";
    QTest::newRow("port too big") << "10.0.0.1:65536"
                                  << "\"65536\" is not a UDP port";
    QTest::newRow("port not a number") << "10.0.0.1:ipmi"
                                       << "\"ipmi\" is not a UDP port";
    QTest::newRow("underscore in host") << "dx_1"
                                        << "\"dx_1\" is not a valid host name";
    QTest::newRow("label ends with dash") << "dx1-.lab"
                                          << "\"dx1-.lab\" is not a valid host";
    QTest::newRow("empty label") << "dx1..lab"
                                 << "\"dx1..lab\" is not a valid host";
    QTest::newRow("label too long") << QString(64, u'a') << "is not a valid host name";
    QTest::newRow("bad IPv6") << "fd00::23::1"
                              << "\"fd00::23::1\" is not a host name or address";
    QTest::newRow("IPv4 in brackets") << "[10.0.0.1]:623"
                                      << "\"10.0.0.1\" is not an IPv6 address";
    QTest::newRow("no closing bracket") << "[fd00::1:623"
                                        << "missing ']'";
    QTest::newRow("junk after bracket") << "[fd00::1]623"
                                        << "expected ':port' after ']'";
    QTest::newRow("empty zone") << "[fe80::1%]:623"
                                << "\"fe80::1%\" is not an IPv6 address";
    QTest::newRow("zone with a space") << "[fe80::1%eth 0]"
                                       << "is not an IPv6 address";
}

void TestBmcEndpoint::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    QString error;
    QVERIFY(!BmcEndpoint::parse(text, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestBmcEndpoint::printsWhatFreeIpmiTakes()
{
    QCOMPARE(BmcEndpoint::parse(QStringLiteral("127.0.1.5:1623"))->toString(),
        QStringLiteral("127.0.1.5:1623"));
    QCOMPARE(BmcEndpoint::parse(QStringLiteral("127.0.1.5:623"))->toString(),
        QStringLiteral("127.0.1.5"));
    QCOMPARE(BmcEndpoint::parse(QStringLiteral("[fd00::5]:1623"))->toString(),
        QStringLiteral("[fd00::5]:1623"));
    QCOMPARE(BmcEndpoint::parse(QStringLiteral("fd00::5"))->toString(), QStringLiteral("fd00::5"));
}

QTEST_GUILESS_MAIN(TestBmcEndpoint)
#include "tst_bmcendpoint.moc"

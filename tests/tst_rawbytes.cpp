// SPDX-License-Identifier: GPL-3.0-or-later
//
// RawBytes (the raw-command dialog's parser and formatter) and the RawPreset table:
// bytes as the operator types them, errors naming the bad byte, and the presets'
// exact bytes (the seed's CMM sequence for QSFP -> RJ45).

#include "ipmi/rawbytes.h"
#include "ipmi/rawpreset.h"

#include <QtTest>

class TestRawBytes : public QObject
{
    Q_OBJECT

private slots:
    void parsesBytesInEveryWrittenForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("seed form")
            << QStringLiteral("0x40 0x17 0x00") << QByteArray::fromHex("401700");
        QTest::newRow("bare hex") << QStringLiteral("40 17 0") << QByteArray::fromHex("401700");
        QTest::newRow("upper case prefix")
            << QStringLiteral("0X4A 0xFf") << QByteArray::fromHex("4aff");
        QTest::newRow("commas") << QStringLiteral("c4,00, 20") << QByteArray::fromHex("c40020");
        QTest::newRow("extra space") << QStringLiteral("  01\t02  ") << QByteArray::fromHex("0102");
        QTest::newRow("empty") << QString() << QByteArray();
    }
    void parsesBytesInEveryWrittenForm()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        const RawBytes::Bytes parsed = RawBytes::parse(text, QStringLiteral("data"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(*parsed.bytes, bytes);
    }

    void errorNamesTheBadByte_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("not hex")
            << QStringLiteral("0x40 0x17 0x4g")
            << QStringLiteral("data byte 3: \"0x4g\" is not a hexadecimal byte (00 to ff)");
        QTest::newRow("too long") << QStringLiteral(
            "100") << QStringLiteral("data byte 1: \"100\" is not a hexadecimal byte (00 to ff)");
        QTest::newRow("prefix only") << QStringLiteral(
            "01 0x") << QStringLiteral("data byte 2: \"0x\" is not a hexadecimal byte (00 to ff)");
        QTest::newRow("decimal word")
            << QStringLiteral("12 ab cd twelve")
            << QStringLiteral("data byte 4: \"twelve\" is not a hexadecimal byte (00 to ff)");
    }
    void errorNamesTheBadByte()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const RawBytes::Bytes parsed = RawBytes::parse(text, QStringLiteral("data"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error, error);
    }

    void requestChecksNetFnAndCommand_data()
    {
        QTest::addColumn<QString>("netFn");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::newRow("device id") << QStringLiteral("0x06") << QStringLiteral("0x01")
                                   << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("oem") << QStringLiteral("30") << QStringLiteral("06")
                             << QStringLiteral("40 17") << QStringLiteral("");
        QTest::newRow("odd netfn")
            << QStringLiteral("0x07") << QStringLiteral("0x01") << QStringLiteral("")
            << QStringLiteral(
                   "NetFn: 0x07 is a response network function; requests use the even one (0x06)");
        QTest::newRow("netfn too big")
            << QStringLiteral("0x40") << QStringLiteral("0x01") << QStringLiteral("")
            << QStringLiteral("NetFn: 0x40 is out of range (network functions are 0x00 to 0x3e)");
        QTest::newRow("missing netfn")
            << QStringLiteral("") << QStringLiteral("0x01") << QStringLiteral("")
            << QStringLiteral("NetFn: missing (e.g. 0x06 for App, 0x30 for OEM)");
        QTest::newRow("bad command")
            << QStringLiteral("0x06") << QStringLiteral("0xzz") << QStringLiteral("")
            << QStringLiteral("Command: \"0xzz\" is not a hexadecimal byte (00 to ff)");
        QTest::newRow("missing command")
            << QStringLiteral("0x06") << QStringLiteral(" ") << QStringLiteral("")
            << QStringLiteral("Command: missing (e.g. 0x01)");
        QTest::newRow("bad data")
            << QStringLiteral("0x06") << QStringLiteral("0x01") << QStringLiteral("01 0x1g")
            << QStringLiteral("Data byte 2: \"0x1g\" is not a hexadecimal byte (00 to ff)");
    }
    void requestChecksNetFnAndCommand()
    {
        QFETCH(QString, netFn);
        QFETCH(QString, command);
        QFETCH(QString, data);
        QFETCH(QString, error);
        const RawBytes::Request parsed = RawBytes::parseRequest(netFn, command, data);
        QCOMPARE(parsed.error, error);
        QCOMPARE(parsed.ok(), error.isEmpty());
    }

    void requestKeepsTheBytesApart()
    {
        const RawBytes::Request parsed = RawBytes::parseRequest(
            QStringLiteral("0x30"), QStringLiteral("0x06"), QStringLiteral("0x40 0x17"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.request->netFn, quint8(0x30));
        QCOMPARE(parsed.request->command, quint8(0x06));
        QCOMPARE(parsed.request->data, QByteArray::fromHex("4017"));
        QCOMPARE(RawBytes::format(*parsed.request), QStringLiteral("0x30 0x06 0x40 0x17"));
    }

    void presetsAreListedInOrder()
    {
        QStringList ids;
        const QList<RawPreset> presets = RawPreset::all();
        for (const RawPreset &preset : presets) {
            ids << preset.id;
            QVERIFY(!preset.name.isEmpty());
            QVERIFY(!preset.requests.isEmpty());
        }
        QCOMPARE(ids,
            (QStringList {QStringLiteral("device-id"), QStringLiteral("chassis-status"),
                QStringLiteral("qsfp-to-rj45")}));
        QVERIFY(RawPreset::byId(QStringLiteral("nope")).requests.isEmpty());
    }

    void standardPresetsAreTheIpmiCommands()
    {
        const RawPreset deviceId = RawPreset::byId(QStringLiteral("device-id"));
        QCOMPARE(deviceId.target, RawPreset::Target::Bmc);
        QCOMPARE(deviceId.requests, (QList<RawRequest> {RawRequest {0, 0x06, 0x01, {}}}));
        const RawPreset status = RawPreset::byId(QStringLiteral("chassis-status"));
        QCOMPARE(status.requests, (QList<RawRequest> {RawRequest {0, 0x00, 0x01, {}}}));
    }

    void qsfpToRj45IsTheSeedsSequenceForTheCmm()
    {
        const RawPreset preset = RawPreset::byId(QStringLiteral("qsfp-to-rj45"));
        QCOMPARE(preset.target, RawPreset::Target::Cmm);
        // The seed, appendix a: ten ipmitool lines, ports 0x17 to 0x20.
        QStringList expected;
        for (const char *port :
            {"0x17", "0x18", "0x19", "0x1a", "0x1b", "0x1c", "0x1d", "0x1e", "0x1f", "0x20"})
            expected << QStringLiteral(
                "0x30 0x06 0x40 %1 0x00 0x20 0x30 0xb0 0x26 0x00 0x01 0x01 0x14 0x00 0x00 0xc4")
                            .arg(QLatin1String(port));
        QStringList actual;
        for (const RawRequest &request : preset.requests)
            actual << RawBytes::format(request);
        QCOMPARE(actual, expected);
    }
};

QTEST_APPLESS_MAIN(TestRawBytes)
#include "tst_rawbytes.moc"

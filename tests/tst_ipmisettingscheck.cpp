// SPDX-License-Identifier: GPL-3.0-or-later
//
// IpmiSettingsCheck: cipher suite 0 is refused unless allowed (and then warned
// about); the seed's factory-default credentials are flagged.

#include "chassis/ipmisettings.h"
#include "ipmi/ipmisettingscheck.h"

#include <QtTest>

class TestIpmiSettingsCheck : public QObject
{
    Q_OBJECT

private slots:
    void cipherSuiteZero_data();
    void cipherSuiteZero();
    void factoryDefaults_data();
    void factoryDefaults();
};

void TestIpmiSettingsCheck::cipherSuiteZero_data()
{
    QTest::addColumn<int>("suite");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<bool>("warned");
    QTest::newRow("3") << 3 << false << false << false;
    QTest::newRow("17") << 17 << false << false << false;
    QTest::newRow("0 not allowed") << 0 << false << true << false;
    QTest::newRow("0 allowed") << 0 << true << false << true;
}

void TestIpmiSettingsCheck::cipherSuiteZero()
{
    QFETCH(int, suite);
    QFETCH(bool, allowed);
    QFETCH(bool, refused);
    QFETCH(bool, warned);
    IpmiSettings settings;
    settings.user = QStringLiteral("operator1");
    settings.cipherSuite = suite;
    const std::optional<QString> refusal = IpmiSettingsCheck::refusal(settings, allowed);
    QCOMPARE(refusal.has_value(), refused);
    if (refusal)
        QVERIFY2(refusal->contains(QStringLiteral("cipher suite 0")), qPrintable(*refusal));
    const QStringList warnings = IpmiSettingsCheck::warnings(settings, "s3cret", allowed);
    QCOMPARE(!warnings.isEmpty(), warned);
}

void TestIpmiSettingsCheck::factoryDefaults_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("Administrator/Administrator")
        << "Administrator" << QByteArray("Administrator") << true;
    QTest::newRow("admin/admin") << "admin" << QByteArray("admin") << true;
    QTest::newRow("Administrator/other") << "Administrator" << QByteArray("other") << false;
    QTest::newRow("case matters") << "administrator" << QByteArray("Administrator") << false;
    QTest::newRow("admin/Administrator") << "admin" << QByteArray("Administrator") << false;
}

void TestIpmiSettingsCheck::factoryDefaults()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, password);
    QFETCH(bool, flagged);
    QCOMPARE(IpmiSettingsCheck::isFactoryDefault(user, password), flagged);
    IpmiSettings settings;
    settings.user = user;
    const QStringList warnings = IpmiSettingsCheck::warnings(settings, password, false);
    QCOMPARE(warnings.size(), flagged ? 1 : 0);
    if (flagged)
        QVERIFY(warnings.constFirst().contains(QStringLiteral("factory-default")));
}

QTEST_GUILESS_MAIN(TestIpmiSettingsCheck)
#include "tst_ipmisettingscheck.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
//
// No session bus at all (tests/with-keyring --no-bus, as on a headless server):
// every keychain call ends at once-ish with "unavailable" and a reason an
// operator understands, instead of hanging or failing silently.

#include "credentials/keychaincredentialstore.h"

#include <QtTest>

class TestKeychainFallback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCallSaysTheKeychainIsUnavailable();
};

void TestKeychainFallback::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "run through ctest (tests/with-keyring --no-bus)");
}

void TestKeychainFallback::everyCallSaysTheKeychainIsUnavailable()
{
    KeychainCredentialStore store;
    const CredentialKey key {QStringLiteral("dx1"), {}};
    QList<CredentialResult> results;
    auto collect = [&results](const CredentialResult &r) {
        results << r;
    };
    store.probe(this, collect);
    store.read(key, this, collect);
    store.write(key, "never-stored", this, collect);
    store.remove(key, this, collect);
    QVERIFY(results.isEmpty()); // asynchronous, also when failing
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 4, 30000);
    for (const CredentialResult &r : std::as_const(results)) {
        QCOMPARE(r.status, CredentialResult::Status::Unavailable);
        QVERIFY2(r.message.contains(QStringLiteral("no system keychain")), qPrintable(r.message));
        QVERIFY(r.password.isEmpty());
    }
    qInfo("%s", qPrintable(results.first().message));
}

QTEST_GUILESS_MAIN(TestKeychainFallback)
#include "tst_keychainfallback.moc"

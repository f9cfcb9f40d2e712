// SPDX-License-Identifier: GPL-3.0-or-later
//
// The system keychain through QtKeychain, for real: run by CTest inside
// tests/with-keyring (a private D-Bus session with an unlocked gnome-keyring and
// a throw-away HOME). Also the in-memory store, which must behave the same.

#include "credentials/keychaincredentialstore.h"
#include "credentials/memorycredentialstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QtTest>

#include <memory>

namespace {
/// Waits (in the test's event loop) for one store call to finish.
struct Waiter
{
    std::optional<CredentialResult> result;
    CredentialStore::Callback callback()
    {
        return [this](const CredentialResult &r) {
            result = r;
        };
    }
};

/// Files below @p root whose content contains @p needle, except below @p allowed.
QStringList filesContaining(const QString &root, const QByteArray &needle, const QString &allowed)
{
    QStringList hits;
    QDirIterator it(
        root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!allowed.isEmpty() && path.startsWith(allowed))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keysNameEnclosureAndBmc();
    void storeReadAndForgetPerEnclosure_data();
    void storeReadAndForgetPerEnclosure();
    void perBmcEntryWinsOverTheEnclosures_data();
    void perBmcEntryWinsOverTheEnclosures();
    void keychainAnswersTheProbe();
    void anotherStoreObjectReadsWhatOneWrote();
    void callbackIsDroppedWhenItsContextIsGone();
    void passwordOnlyInTheKeyringsEncryptedStore();

private:
    std::unique_ptr<CredentialStore> makeStore(bool keychain);
    CredentialResult call(const std::function<void(CredentialStore::Callback)> &start);
    QByteArray m_secret;
};

void TestCredentialStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("DX_KEYRING_SCRATCH").isEmpty(),
        "run through ctest (tests/with-keyring)");
    QVERIFY2(QDir::homePath().startsWith(qEnvironmentVariable("DX_KEYRING_SCRATCH")),
        "HOME must be the scratch folder");
    m_secret = "Kc" + QByteArray::number(QCoreApplication::applicationPid()) + "-q7";
}

std::unique_ptr<CredentialStore> TestCredentialStore::makeStore(bool keychain)
{
    if (keychain)
        return std::make_unique<KeychainCredentialStore>();
    return std::make_unique<MemoryCredentialStore>();
}

CredentialResult TestCredentialStore::call(
    const std::function<void(CredentialStore::Callback)> &start)
{
    Waiter waiter;
    start(waiter.callback());
    // The callback never runs before the call returned.
    if (waiter.result)
        return {CredentialResult::Status::Failed, {}, QStringLiteral("called back synchronously")};
    if (!QTest::qWaitFor([&] { return waiter.result.has_value(); }, 30000))
        return {CredentialResult::Status::Failed, {}, QStringLiteral("no answer")};
    return *waiter.result;
}

void TestCredentialStore::keysNameEnclosureAndBmc()
{
    QCOMPARE((CredentialKey {QStringLiteral("dx1"), {}}).id(), QStringLiteral("ipmi/dx1"));
    QCOMPARE((CredentialKey {QStringLiteral("dx1"), QStringLiteral("10.0.0.5:623")}).id(),
        QStringLiteral("ipmi/dx1/10.0.0.5:623"));
    QCOMPARE(KeychainCredentialStore::defaultService(), QStringLiteral("dxchassis"));
}

void TestCredentialStore::storeReadAndForgetPerEnclosure_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::newRow("system keychain") << true;
    QTest::newRow("memory") << false;
}

void TestCredentialStore::storeReadAndForgetPerEnclosure()
{
    QFETCH(bool, keychain);
    const std::unique_ptr<CredentialStore> store = makeStore(keychain);
    QCOMPARE(store->isPersistent(), keychain);
    const CredentialKey dx1 {QStringLiteral("dx1"), {}};
    const CredentialKey dx2 {QStringLiteral("dx2"), {}};

    CredentialResult r = call([&](auto done) { store->read(dx1, this, done); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);
    r = call([&](auto done) { store->write(dx1, m_secret, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = call([&](auto done) { store->write(dx2, "other", this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = call([&](auto done) { store->read(dx1, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.password, m_secret);
    r = call([&](auto done) { store->remove(dx1, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = call([&](auto done) { store->read(dx1, this, done); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);
    QVERIFY(r.password.isEmpty());
    r = call([&](auto done) { store->remove(dx1, this, done); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);
    // The other enclosure keeps its password.
    r = call([&](auto done) { store->read(dx2, this, done); });
    QCOMPARE(r.password, QByteArray("other"));
    r = call([&](auto done) { store->remove(dx2, this, done); });
    QVERIFY(r.ok());
}

void TestCredentialStore::perBmcEntryWinsOverTheEnclosures_data()
{
    storeReadAndForgetPerEnclosure_data();
}

void TestCredentialStore::perBmcEntryWinsOverTheEnclosures()
{
    QFETCH(bool, keychain);
    const std::unique_ptr<CredentialStore> store = makeStore(keychain);
    const CredentialKey enclosure {QStringLiteral("dx3"), {}};
    const CredentialKey bmc5 {QStringLiteral("dx3"), QStringLiteral("127.0.1.5:1623")};
    const CredentialKey bmc6 {QStringLiteral("dx3"), QStringLiteral("127.0.1.6:1623")};

    QVERIFY(call([&](auto done) { store->write(enclosure, "enclosure-pw", this, done); }).ok());
    QVERIFY(call([&](auto done) { store->write(bmc5, "bmc5-pw", this, done); }).ok());

    CredentialResult r = call([&](auto done) { store->lookup(bmc5, this, done); });
    QCOMPARE(r.password, QByteArray("bmc5-pw"));
    r = call([&](auto done) { store->lookup(bmc6, this, done); });
    QCOMPARE(r.password, QByteArray("enclosure-pw"));
    r = call([&](auto done) { store->lookup(enclosure, this, done); });
    QCOMPARE(r.password, QByteArray("enclosure-pw"));

    // Forgetting the BMC's entry leaves the enclosure's, which it then falls back to.
    QVERIFY(call([&](auto done) { store->remove(bmc5, this, done); }).ok());
    r = call([&](auto done) { store->lookup(bmc5, this, done); });
    QCOMPARE(r.password, QByteArray("enclosure-pw"));
    QVERIFY(call([&](auto done) { store->remove(enclosure, this, done); }).ok());
    r = call([&](auto done) { store->lookup(bmc5, this, done); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);
}

void TestCredentialStore::keychainAnswersTheProbe()
{
    KeychainCredentialStore store;
    const CredentialResult r = call([&](auto done) { store.probe(this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
}

void TestCredentialStore::anotherStoreObjectReadsWhatOneWrote()
{
    const CredentialKey key {QStringLiteral("dx4"), {}};
    {
        KeychainCredentialStore writer;
        QVERIFY(call([&](auto done) { writer.write(key, m_secret, this, done); }).ok());
    }
    KeychainCredentialStore reader;
    const CredentialResult r = call([&](auto done) { reader.read(key, this, done); });
    QCOMPARE(r.password, m_secret);
    QVERIFY(call([&](auto done) { reader.remove(key, this, done); }).ok());
}

void TestCredentialStore::callbackIsDroppedWhenItsContextIsGone()
{
    for (bool keychain : {true, false}) {
        const std::unique_ptr<CredentialStore> store = makeStore(keychain);
        int calls = 0;
        auto *context = new QObject;
        store->read(
            {QStringLiteral("dx5"), {}}, context, [&calls](const CredentialResult &) { ++calls; });
        delete context;
        // A later call on the same store is answered; the dropped one never is.
        const CredentialResult r = call([&](auto done) {
            store->read({QStringLiteral("dx5"), {}}, this, done);
        });
        QCOMPARE(r.status, CredentialResult::Status::NotFound);
        QCOMPARE(calls, 0);
    }
}

void TestCredentialStore::passwordOnlyInTheKeyringsEncryptedStore()
{
    const CredentialKey key {QStringLiteral("dx6"), {}};
    KeychainCredentialStore store;
    QVERIFY(call([&](auto done) { store.write(key, m_secret, this, done); }).ok());
    const QString scratch = qEnvironmentVariable("DX_KEYRING_SCRATCH");
    const QString keyrings
        = QDir(qEnvironmentVariable("XDG_DATA_HOME")).filePath(QStringLiteral("keyrings"));
    // The keyring has written its (encrypted) file, and no other file holds the password.
    QTRY_VERIFY_WITH_TIMEOUT(
        !QDir(keyrings).entryList({QStringLiteral("*.keyring")}, QDir::Files).isEmpty(), 10000);
    QCOMPARE(filesContaining(scratch, m_secret, keyrings + QLatin1Char('/')), QStringList());
    QCOMPARE(filesContaining(keyrings, m_secret, {}), QStringList());
    QVERIFY(call([&](auto done) { store.remove(key, this, done); }).ok());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"

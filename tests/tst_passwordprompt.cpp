// SPDX-License-Identifier: GPL-3.0-or-later
//
// The main window's password facility on its own, with an in-memory store in the
// keychain's place (asynchronous like it): one question per enclosure however
// many ask at once, keychain entries answer without asking, "remember" stores,
// a rejected password leaves memory and (after one question) the keychain.

#include "credentials/memorycredentialstore.h"
#include "passwordprompt.h"

#include <QtTest>

namespace {
std::optional<CredentialResult> readNow(CredentialStore *store, const QString &enclosure)
{
    std::optional<CredentialResult> result;
    QObject context;
    store->read({enclosure, {}}, &context, [&](const CredentialResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return std::nullopt;
    return result;
}
} // namespace

class TestPasswordPrompt : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void concurrentRequestsShareOneQuestion();
    void keychainEntryAnswersWithoutAsking();
    void rememberStoresInTheKeychain();
    void rejectedPasswordLeavesMemoryAndAfterOneQuestionTheKeychain();
    void replyIsDroppedWhenItsContextIsGone();
    void forgetStoredClearsMemoryAndTheListedEnclosures();

private:
    PasswordPrompt::Asker counting(const QByteArray &password, bool remember);
    std::unique_ptr<PasswordPrompt> m_prompt;
    MemoryCredentialStore *m_keychain = nullptr; // owned by m_prompt
    int m_asked = 0;
    int m_removalAsked = 0;
};

void TestPasswordPrompt::init()
{
    m_prompt = std::make_unique<PasswordPrompt>();
    auto keychain = std::make_unique<MemoryCredentialStore>();
    m_keychain = keychain.get();
    m_prompt->setKeychain(std::move(keychain));
    m_asked = 0;
    m_removalAsked = 0;
    m_prompt->setRemovalAsker([this](QWidget *, const QString &, std::function<void(bool)> reply) {
        ++m_removalAsked;
        reply(true);
    });
}

PasswordPrompt::Asker TestPasswordPrompt::counting(const QByteArray &password, bool remember)
{
    return [this, password, remember](QWidget *, const QString &,
               const QString &) -> std::optional<PasswordPrompt::Answer> {
        ++m_asked;
        return PasswordPrompt::Answer {password, remember};
    };
}

void TestPasswordPrompt::concurrentRequestsShareOneQuestion()
{
    m_prompt->setAsker(counting("pw", false));
    QList<std::optional<QByteArray>> replies;
    QObject power;
    QObject console;
    m_prompt->request(nullptr, QStringLiteral("dx1"), QStringLiteral("admin"), &power,
        [&](const std::optional<QByteArray> &p) { replies << p; });
    m_prompt->request(nullptr, QStringLiteral("dx1"), QStringLiteral("admin"), &console,
        [&](const std::optional<QByteArray> &p) { replies << p; });
    QVERIFY(replies.isEmpty()); // the keychain is asked first, in the background
    QTRY_COMPARE(replies.size(), 2);
    QCOMPARE(m_asked, 1);
    QCOMPARE(replies.at(0), std::optional<QByteArray>("pw"));
    QCOMPARE(replies.at(1), std::optional<QByteArray>("pw"));
    // Known now: answered at once.
    m_prompt->request(nullptr, QStringLiteral("dx1"), QStringLiteral("admin"), &power,
        [&](const std::optional<QByteArray> &p) { replies << p; });
    QCOMPARE(replies.size(), 3);
    QCOMPARE(m_asked, 1);
}

void TestPasswordPrompt::keychainEntryAnswersWithoutAsking()
{
    m_keychain->write({QStringLiteral("dx2"), {}}, "kept", this, [](const CredentialResult &) {});
    m_prompt->setAsker(counting("typed", false));
    QSignalSpy changed(m_prompt.get(), &PasswordPrompt::passwordsChanged);
    m_prompt->preload(QStringLiteral("dx2"));
    QTRY_COMPARE(m_prompt->known(QStringLiteral("dx2")), std::optional<QByteArray>("kept"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_asked, 0);
}

void TestPasswordPrompt::rememberStoresInTheKeychain()
{
    m_prompt->setAsker(counting("remember-me", true));
    QSignalSpy notices(m_prompt.get(), &PasswordPrompt::notice);
    QCOMPARE(m_prompt->password(nullptr, QStringLiteral("dx3"), QStringLiteral("admin")),
        std::optional<QByteArray>("remember-me"));
    QTRY_COMPARE(notices.size(), 1);
    QCOMPARE(notices.constFirst().at(2).toBool(), false); // not a failure
    QVERIFY(!notices.constFirst().at(1).toString().contains(QStringLiteral("remember-me")));
    QCOMPARE(readNow(m_keychain, QStringLiteral("dx3"))->password, QByteArray("remember-me"));

    // Without "remember" nothing is stored.
    m_prompt->setAsker(counting("only-memory", false));
    m_prompt->password(nullptr, QStringLiteral("dx4"), QStringLiteral("admin"));
    QCOMPARE(
        readNow(m_keychain, QStringLiteral("dx4"))->status, CredentialResult::Status::NotFound);
}

void TestPasswordPrompt::rejectedPasswordLeavesMemoryAndAfterOneQuestionTheKeychain()
{
    m_keychain->write({QStringLiteral("dx5"), {}}, "stale", this, [](const CredentialResult &) {});
    m_prompt->preload(QStringLiteral("dx5"));
    QTRY_VERIFY(m_prompt->known(QStringLiteral("dx5")).has_value());
    // Every slot reports the rejection; the operator is asked once.
    for (int slot = 0; slot < 5; ++slot)
        m_prompt->rejected(nullptr, QStringLiteral("dx5"));
    QVERIFY(!m_prompt->known(QStringLiteral("dx5")).has_value());
    QCOMPARE(m_removalAsked, 1);
    QTRY_COMPARE(
        readNow(m_keychain, QStringLiteral("dx5"))->status, CredentialResult::Status::NotFound);

    // A password typed (not from the keychain) that is rejected: no question.
    m_prompt->setPassword(QStringLiteral("dx6"), "typed-wrong");
    m_prompt->rejected(nullptr, QStringLiteral("dx6"));
    QVERIFY(!m_prompt->known(QStringLiteral("dx6")).has_value());
    QCOMPARE(m_removalAsked, 1);
}

void TestPasswordPrompt::replyIsDroppedWhenItsContextIsGone()
{
    m_prompt->setAsker(counting("pw", false));
    int replies = 0;
    auto *context = new QObject;
    m_prompt->request(nullptr, QStringLiteral("dx7"), QStringLiteral("admin"), context,
        [&](const std::optional<QByteArray> &) { ++replies; });
    delete context;
    QTRY_VERIFY(m_prompt->known(QStringLiteral("dx7")).has_value());
    QCOMPARE(replies, 0);
}

void TestPasswordPrompt::forgetStoredClearsMemoryAndTheListedEnclosures()
{
    m_prompt->setAsker(counting("pw", true));
    m_prompt->password(nullptr, QStringLiteral("dx8"), QStringLiteral("admin"));
    m_prompt->password(nullptr, QStringLiteral("dx9"), QStringLiteral("admin"));
    QTRY_VERIFY(readNow(m_keychain, QStringLiteral("dx9"))->ok());
    m_prompt->forgetStored({QStringLiteral("dx8"), QStringLiteral("dx9")});
    QVERIFY(!m_prompt->known(QStringLiteral("dx8")).has_value());
    QVERIFY(!m_prompt->known(QStringLiteral("dx9")).has_value());
    QTRY_COMPARE(
        readNow(m_keychain, QStringLiteral("dx8"))->status, CredentialResult::Status::NotFound);
    QTRY_COMPARE(
        readNow(m_keychain, QStringLiteral("dx9"))->status, CredentialResult::Status::NotFound);
}

QTEST_MAIN(TestPasswordPrompt)
#include "tst_passwordprompt.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
//
// The main window's one password facility with the real system keychain, against
// the lab (CTest `lab` fixture, inside tests/with-keyring): a password remembered
// in the keychain serves a new window without asking (power status and the SOL
// console alike), a rejected one is dropped and, after asking, removed from the
// keychain, "Forget Stored Passwords" removes it, and the password is in no file
// of the run's HOME (settings included) but the keyring's own encrypted store, in
// no log and on no command line.

#include "chassismodel.h"
#include "console/solsession.h"
#include "consolepane.h"
#include "consolewindow.h"
#include "credentials/keychaincredentialstore.h"
#include "ipmi/bulkoperation.h"
#include "logmodel.h"
#include "mainwindow.h"
#include "passwordprompt.h"
#include "powercontroller.h"
#include "labfixture.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

namespace {
const auto LabEnclosure = QStringLiteral("lab");

QString inventory()
{
    return Lab::inventoryPath();
}

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

QStringList commandLinesContaining(const QByteArray &needle)
{
    QStringList hits;
    const QStringList pids
        = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << pid;
    }
    return hits;
}

/// The keychain's entry for the lab, read the way dxctl would.
std::optional<QByteArray> stored(QObject *context)
{
    KeychainCredentialStore store;
    std::optional<CredentialResult> result;
    store.read({LabEnclosure, {}}, context, [&](const CredentialResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000) || !result->ok())
        return std::nullopt;
    return result->password;
}

bool store(QObject *context, const QByteArray &password)
{
    KeychainCredentialStore keychain;
    std::optional<CredentialResult> result;
    keychain.write(
        {LabEnclosure, {}}, password, context, [&](const CredentialResult &r) { result = r; });
    return QTest::qWaitFor([&] { return result.has_value(); }, 30000) && result->ok();
}
} // namespace

class TestPasswordKeychainLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rememberedPasswordServesANewWindowWithoutAsking();
    void rejectedPasswordIsDroppedAndRemovedFromTheKeychainAfterAsking();
    void declinedRemovalKeepsTheKeychainEntry();
    void forgetStoredPasswordsRemovesMemoryAndKeychain();
    void consoleDropsARejectedPasswordForThePowerActionsToo();
    void passwordInNoFileLogOrCommandLine();

private:
    std::unique_ptr<MainWindow> newWindow();
    QList<BulkResult> powerStatus(MainWindow *window, const QList<int> &slotNumbers);
    int m_asked = 0;
    int m_removalAsked = 0;
    bool m_removalAnswer = true;
    PasswordPrompt::Answer m_answer;
};

void TestPasswordKeychainLab::initTestCase()
{
    QVERIFY2(!Lab::stateDir().isEmpty(), "run through ctest");
    QVERIFY2(!qEnvironmentVariable("DX_KEYRING_SCRATCH").isEmpty(),
        "run through ctest (tests/with-keyring)");
}

void TestPasswordKeychainLab::init()
{
    m_asked = 0;
    m_removalAsked = 0;
    m_removalAnswer = true;
    m_answer = {QByteArrayLiteral("Administrator"), true};
}

void TestPasswordKeychainLab::cleanup()
{
    KeychainCredentialStore keychain;
    bool done = false;
    keychain.remove({LabEnclosure, {}}, this, [&](const CredentialResult &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
}

std::unique_ptr<MainWindow> TestPasswordKeychainLab::newWindow()
{
    // Persistent: the session's own keychain (the scratch HOME's settings, too).
    auto window = std::make_unique<MainWindow>(MainWindow::SettingsMode::Persistent);
    auto *controller = window->findChild<PowerController *>();
    controller->setPollInterval(0);
    controller->setConfirmer([](QWidget *, const QString &) { return true; });
    window->passwords()->setAsker([this](QWidget *, const QString &,
                                      const QString &) -> std::optional<PasswordPrompt::Answer> {
        ++m_asked;
        return m_answer;
    });
    window->passwords()->setRemovalAsker(
        [this](QWidget *, const QString &, std::function<void(bool)> reply) {
            ++m_removalAsked;
            reply(m_removalAnswer);
        });
    if (!window->openInventory(inventory()))
        return {};
    return window;
}

QList<BulkResult> TestPasswordKeychainLab::powerStatus(
    MainWindow *window, const QList<int> &slotNumbers)
{
    auto *controller = window->findChild<PowerController *>();
    std::optional<QList<BulkResult>> results;
    QObject context;
    connect(controller, &PowerController::finished, &context,
        [&](const QList<BulkResult> &all) { results = all; });
    if (!controller->run(BulkOperation::powerStatus(), slotNumbers, QStringLiteral("Power status")))
        return {};
    if (!QTest::qWaitFor([&] { return results.has_value(); }, 30000))
        return {};
    return *results;
}

void TestPasswordKeychainLab::rememberedPasswordServesANewWindowWithoutAsking()
{
    {
        std::unique_ptr<MainWindow> first = newWindow();
        QVERIFY(first);
        const QList<BulkResult> results = powerStatus(first.get(), {1, 2});
        QCOMPARE(results.size(), 2);
        QVERIFY2(results.at(0).ok, qPrintable(results.at(0).error.message));
        QCOMPARE(m_asked, 1);
        // The console of the same window takes the same answer, without asking.
        QByteArray consolePassword;
        ConsoleWindow *consoles = first->consoleWindow();
        consoles->setSessionFactory(
            [&](const IpmiTarget &target) -> std::unique_ptr<ConsoleSession> {
                consolePassword = target.password;
                return std::make_unique<SolSession>(target);
            });
        consoles->openConsolesFor(*first->inventory()->enclosure(LabEnclosure), {3});
        QCOMPARE(consolePassword, QByteArrayLiteral("Administrator"));
        QCOMPARE(m_asked, 1);
        consoles->close();
        // Stored in the background; the log says so (without the password).
        QTRY_COMPARE_WITH_TIMEOUT(stored(this), std::optional<QByteArray>("Administrator"), 10000);
    }

    std::unique_ptr<MainWindow> second = newWindow();
    QVERIFY(second);
    // Read from the keychain in the background when the enclosure is shown.
    QTRY_COMPARE_WITH_TIMEOUT(second->passwords()->known(LabEnclosure),
        std::optional<QByteArray>("Administrator"), 10000);
    const QList<BulkResult> results = powerStatus(second.get(), {4, 5, 6});
    QCOMPARE(results.size(), 3);
    for (const BulkResult &result : results)
        QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(m_asked, 1); // the new window did not ask

    // Also when the action comes before the background read: it waits for the
    // keychain's answer (without blocking) instead of asking.
    std::unique_ptr<MainWindow> third = newWindow();
    QVERIFY(third);
    third->passwords()->forget(LabEnclosure);
    QCOMPARE(powerStatus(third.get(), {7}).size(), 1);
    QCOMPARE(m_asked, 1);
}

void TestPasswordKeychainLab::rejectedPasswordIsDroppedAndRemovedFromTheKeychainAfterAsking()
{
    QVERIFY(store(this, "not-the-password"));
    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->passwords()->known(LabEnclosure).has_value(), 10000);
    const QList<BulkResult> results = powerStatus(window.get(), {8, 9});
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).error.kind, IpmiError::Kind::PasswordRejected);
    QCOMPARE(m_asked, 0);
    QVERIFY(!window->passwords()->known(LabEnclosure).has_value());
    QCOMPARE(m_removalAsked, 1); // once, not per slot
    QTRY_VERIFY_WITH_TIMEOUT(!stored(this).has_value(), 10000);

    // The next action asks again, and the right password works.
    m_answer = {QByteArrayLiteral("Administrator"), false};
    const QList<BulkResult> again = powerStatus(window.get(), {8});
    QCOMPARE(m_asked, 1);
    QVERIFY2(again.value(0).ok, qPrintable(again.value(0).error.message));
    QVERIFY(!stored(this).has_value()); // not remembered this time
}

void TestPasswordKeychainLab::declinedRemovalKeepsTheKeychainEntry()
{
    QVERIFY(store(this, "not-the-password"));
    m_removalAnswer = false;
    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->passwords()->known(LabEnclosure).has_value(), 10000);
    powerStatus(window.get(), {10});
    QCOMPARE(m_removalAsked, 1);
    QVERIFY(!window->passwords()->known(LabEnclosure).has_value()); // memory: dropped anyway
    QCOMPARE(stored(this), std::optional<QByteArray>("not-the-password"));
}

void TestPasswordKeychainLab::forgetStoredPasswordsRemovesMemoryAndKeychain()
{
    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    QCOMPARE(powerStatus(window.get(), {11}).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(stored(this), std::optional<QByteArray>("Administrator"), 10000);
    auto *forget = window->findChild<QAction *>(QStringLiteral("actionForgetPasswords"));
    QVERIFY(forget);
    forget->trigger();
    QVERIFY(!window->passwords()->known(LabEnclosure).has_value());
    QTRY_VERIFY_WITH_TIMEOUT(!stored(this).has_value(), 10000);
    QCOMPARE(powerStatus(window.get(), {11}).size(), 1);
    QCOMPARE(m_asked, 2);
}

void TestPasswordKeychainLab::consoleDropsARejectedPasswordForThePowerActionsToo()
{
    QVERIFY(store(this, "not-the-password"));
    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->passwords()->known(LabEnclosure).has_value(), 10000);
    ConsoleWindow *consoles = window->consoleWindow();
    consoles->openConsolesFor(*window->inventory()->enclosure(LabEnclosure), {15});
    ConsolePane *pane = consoles->pane(15);
    QVERIFY(pane && pane->session());
    QTRY_COMPARE_WITH_TIMEOUT(pane->session()->state(), ConsoleSession::State::Lost, 30000);
    QVERIFY(!window->passwords()->known(LabEnclosure).has_value());
    QCOMPARE(m_removalAsked, 1);
    QTRY_VERIFY_WITH_TIMEOUT(!stored(this).has_value(), 10000);

    // Reconnect asks once; the power actions then use the same answer.
    m_answer = {QByteArrayLiteral("Administrator"), false};
    consoles->reconnect(pane);
    QTRY_COMPARE(m_asked, 1); // after the keychain said it has none
    QTRY_VERIFY_WITH_TIMEOUT(pane->session()->state() != ConsoleSession::State::Connecting
            && pane->session()->state() != ConsoleSession::State::Lost,
        20000);
    QVERIFY2(pane->session()->state() == ConsoleSession::State::Established,
        qPrintable(pane->errorText()));
    const QList<BulkResult> results = powerStatus(window.get(), {15});
    QVERIFY2(results.value(0).ok, qPrintable(results.value(0).error.message));
    QCOMPARE(m_asked, 1);
    consoles->closePane(pane);
    consoles->close();
}

void TestPasswordKeychainLab::passwordInNoFileLogOrCommandLine()
{
    const QByteArray secret = "Gx" + QByteArray::number(QCoreApplication::applicationPid()) + "w";
    m_answer = {secret, true};
    m_removalAnswer = false; // the BMCs reject it; keep it stored to look for it
    QStringList seen;
    QByteArray csv;
    {
        std::unique_ptr<MainWindow> window = newWindow();
        QVERIFY(window);
        auto *controller = window->findChild<PowerController *>();
        QSignalSpy finished(controller, &PowerController::finished);
        QVERIFY(controller->run(
            BulkOperation::powerStatus(), {12, 13, 14}, QStringLiteral("Power status")));
        while (finished.isEmpty()) {
            seen << commandLinesContaining(secret);
            QTest::qWait(5);
        }
        QTRY_COMPARE_WITH_TIMEOUT(stored(this), std::optional<QByteArray>(secret), 10000);
        seen << commandLinesContaining(secret);
        csv = window->logModel()->toCsv();
        window->close(); // writes the settings
    }
    QVERIFY2(csv.contains("password rejected"), csv.constData());
    QVERIFY2(!csv.contains(secret), "the password is in the operations log");
    QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1Char(' '))));
    const QString scratch = qEnvironmentVariable("DX_KEYRING_SCRATCH");
    const QString keyrings
        = QDir(qEnvironmentVariable("XDG_DATA_HOME")).filePath(QStringLiteral("keyrings"));
    QVERIFY(!QDir(qEnvironmentVariable("XDG_CONFIG_HOME")).isEmpty()); // settings were written
    QCOMPARE(filesContaining(scratch, secret, keyrings + QLatin1Char('/')), QStringList());
    QCOMPARE(filesContaining(keyrings, secret, {}), QStringList());
}

QTEST_MAIN(TestPasswordKeychainLab)
#include "tst_passwordkeychain_lab.moc"

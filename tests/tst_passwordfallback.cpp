// SPDX-License-Identifier: GPL-3.0-or-later
//
// The main window without any system keychain (tests/with-keyring --no-bus: no
// D-Bus session, as on a bare server): it says so once, visibly (status bar and
// operations log), asks for passwords and keeps them in memory, and its password
// dialog asks without blocking, offering no keychain to remember in.

#include "logmodel.h"
#include "mainwindow.h"
#include "passworddialog.h"
#include "passwordprompt.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QStatusBar>
#include <QtTest>

namespace {
int entriesContaining(const LogModel *log, const QString &text)
{
    int count = 0;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->index(row, 0).data(LogModel::MessageRole).toString().contains(text))
            ++count;
    }
    return count;
}
} // namespace

class TestPasswordFallback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saysOnceThatPasswordsStayInMemory();
    void defaultDialogAsksWithoutBlockingAndOffersNoKeychain();
};

void TestPasswordFallback::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "run through ctest (tests/with-keyring --no-bus)");
}

void TestPasswordFallback::saysOnceThatPasswordsStayInMemory()
{
    MainWindow window(MainWindow::SettingsMode::Persistent);
    const QString said = QStringLiteral("No system keychain");
    QTRY_COMPARE_WITH_TIMEOUT(entriesContaining(window.logModel(), said), 1, 30000);
    QVERIFY2(window.statusBar()->currentMessage().contains(said),
        qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!window.passwords()->keychainAvailable());

    int asked = 0;
    window.passwords()->setAsker(
        [&](QWidget *, const QString &, const QString &) -> std::optional<PasswordPrompt::Answer> {
            ++asked;
            return PasswordPrompt::Answer {QByteArrayLiteral("in-memory-pw"), true};
        });
    std::optional<QByteArray> got;
    window.passwords()->request(&window, QStringLiteral("dx1"), QStringLiteral("admin"), this,
        [&](const std::optional<QByteArray> &password) { got = password; });
    QCOMPARE(got, std::optional<QByteArray>("in-memory-pw"));
    QCOMPARE(asked, 1);
    // Kept in memory for the next action; "remember" could not be honoured and says so.
    window.passwords()->request(&window, QStringLiteral("dx1"), QStringLiteral("admin"), this,
        [&](const std::optional<QByteArray> &password) { got = password; });
    QCOMPARE(asked, 1);
    QCOMPARE(entriesContaining(window.logModel(), QStringLiteral("kept in memory until")), 2);
    QVERIFY(!window.logModel()->toCsv().contains("in-memory-pw"));
    QTest::qWait(200);
    QCOMPARE(entriesContaining(window.logModel(), said), 1); // once
}

void TestPasswordFallback::defaultDialogAsksWithoutBlockingAndOffersNoKeychain()
{
    MainWindow window(MainWindow::SettingsMode::Persistent);
    QTRY_VERIFY_WITH_TIMEOUT(!window.passwords()->keychainAvailable(), 30000);
    std::optional<std::optional<QByteArray>> got;
    window.passwords()->request(&window, QStringLiteral("dx2"), QStringLiteral("admin"), this,
        [&](const std::optional<QByteArray> &password) { got = password; });
    QVERIFY(!got.has_value()); // returned at once: the dialog is open, nothing waits for it
    auto *dialog = window.findChild<PasswordDialog *>();
    QVERIFY(dialog);
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberInKeychain"));
    QVERIFY(remember && !remember->isEnabled());
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("passwordField"));
    QVERIFY(field);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    field->setText(QStringLiteral("typed-pw"));
    dialog->accept();
    QVERIFY(got.has_value());
    QCOMPARE(*got, std::optional<QByteArray>("typed-pw"));
    QCOMPARE(
        window.passwords()->known(QStringLiteral("dx2")), std::optional<QByteArray>("typed-pw"));

    // Cancel answers nullopt.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the first dialog
    QVERIFY(!window.findChild<PasswordDialog *>());
    got.reset();
    window.passwords()->request(&window, QStringLiteral("dx3"), QStringLiteral("admin"), this,
        [&](const std::optional<QByteArray> &password) { got = password; });
    QTRY_VERIFY(window.findChild<PasswordDialog *>() != nullptr);
    window.findChild<PasswordDialog *>()->reject();
    QVERIFY(got.has_value());
    QVERIFY(!got->has_value());
}

QTEST_MAIN(TestPasswordFallback)
#include "tst_passwordfallback.moc"

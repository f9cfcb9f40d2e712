// SPDX-License-Identifier: GPL-3.0-or-later
#include "switchconfigwizard.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "switchcli/switchdialogue.h"

class TestSwitchConfigWizard : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheSeedsPlanAndTheScriptPageShowsIt()
    {
        SwitchConfigWizard wizard(nullptr);
        QCOMPARE(wizard.plan(), SwitchConfigPlan());
        wizard.show();
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SwitchConfigWizard::ScriptPage));
        auto *script = wizard.currentPage()->findChild<QPlainTextEdit *>();
        QVERIFY(script);
        QCOMPARE(script->toPlainText(), SwitchConfigPlan().scriptText());
        QVERIFY(script->toPlainText().startsWith(QStringLiteral("enable\nconfigure\ninterface range xe47,xe50\n")));
    }

    void badPortsBlockTheNextPageWithAMessage()
    {
        SwitchConfigWizard wizard(nullptr);
        wizard.show();
        SwitchConfigPlan plan;
        plan.uplinks = QStringLiteral("xe47,xe99");
        wizard.setPlan(plan);
        QVERIFY(!wizard.currentPage()->isComplete());
        const auto labels = wizard.currentPage()->findChildren<QLabel *>();
        bool shown = false;
        for (const QLabel *label : labels)
            shown = shown || label->text().contains(QStringLiteral("xe99"));
        QVERIFY(shown);
        plan.uplinks = QStringLiteral("xe47,xe50");
        wizard.setPlan(plan);
        QVERIFY(wizard.currentPage()->isComplete());
    }

    void exportWritesTheScriptSafely()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("switch.txt"));
        SwitchConfigWizard wizard(nullptr);
        QCOMPARE(wizard.exportScript(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), SwitchConfigPlan().scriptText());
        // A second export of a changed plan keeps the first as a backup.
        SwitchConfigPlan plan;
        plan.save = false;
        wizard.setPlan(plan);
        QCOMPARE(wizard.exportScript(path), QString());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    }

    void runningOnAMissingPortSaysSoAndCanBeRetried()
    {
        SwitchConfigWizard wizard(nullptr);
        SerialSettings serial;
        serial.portName = QStringLiteral("/dev/nonexistent-switch-port");
        wizard.setSerialSettings(serial);
        wizard.show();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SwitchConfigWizard::RunPage));
        QSignalSpy finished(&wizard, &SwitchConfigWizard::runFinished);
        wizard.startRun(QStringLiteral("admin"), "secret");
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        bool reasonShown = false;
        for (const QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
            reasonShown = reasonShown || label->text().contains(QStringLiteral("/dev/nonexistent-switch-port"));
        QVERIFY(reasonShown);
        QVERIFY(!wizard.isRunning());
        QVERIFY(wizard.currentPage()->isComplete());
    }

    void factoryDefaultLoginIsWarnedAbout()
    {
        SwitchConfigWizard wizard(nullptr);
        wizard.show();
        wizard.next();
        wizard.next();
        auto edits = wizard.currentPage()->findChildren<QLineEdit *>();
        QLineEdit *password = nullptr;
        for (QLineEdit *edit : edits) {
            if (edit->echoMode() == QLineEdit::Password)
                password = edit;
        }
        QVERIFY(password);
        QLabel *warning = nullptr;
        for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("factory-default")))
                warning = label;
        }
        QVERIFY(warning);
        QVERIFY(!warning->isVisible());
        password->setText(QStringLiteral("admin"));
        QVERIFY(warning->isVisible());
    }
};

QTEST_MAIN(TestSwitchConfigWizard)
#include "tst_switchconfigwizard.moc"

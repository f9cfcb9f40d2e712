// SPDX-License-Identifier: GPL-3.0-or-later
//
// The switch wizard end to end: it runs the seed's configuration over the
// lab's switch console and shows a status per command and the transcript.

#include "switchconfigwizard.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "chassis/inventoryio.h"
#include "switchcli/switchdialogue.h"
#include "labfixture.h"

class TestSwitchConfigWizardLab : public QObject
{
    Q_OBJECT

private slots:
    void runsTheSeedsConfigurationOnTheLabSwitch()
    {
        const QString state = Lab::stateDir();
        QVERIFY2(!state.isEmpty(), "run through CTest: the lab fixture sets DXLAB_STATE_DIR");
        const auto inv = InventoryIo::load(state + QStringLiteral("/inventory.json"));
        QVERIFY2(inv.ok(), qPrintable(inv.error.toString()));

        SwitchConfigWizard wizard(nullptr);
        SerialSettings serial;
        serial.portName = inv.inventory->enclosures.first().switches.first().serialPort;
        wizard.setSerialSettings(serial);
        wizard.show();
        wizard.next();
        wizard.next();
        QSignalSpy finished(&wizard, &SwitchConfigWizard::runFinished);
        wizard.startRun(QStringLiteral("admin"), "admin");
        QVERIFY(wizard.isRunning());
        QVERIFY(!wizard.currentPage()->isComplete()); // no Finish while typing into the switch
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 120000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(wizard.dialogue()->errorMessage()));

        auto *steps = wizard.findChild<QTreeWidget *>(QStringLiteral("switchSteps"));
        QCOMPARE(steps->topLevelItemCount(), 16);
        for (int i = 0; i < steps->topLevelItemCount(); ++i)
            QCOMPARE(steps->topLevelItem(i)->text(2), SwitchDialogue::statusName(SwitchDialogue::StepStatus::Ok));
        const QString transcript
            = wizard.findChild<QPlainTextEdit *>(QStringLiteral("switchTranscript"))->toPlainText();
        QVERIFY(transcript.contains(QStringLiteral("Switch (config-if-range)#")));
        QVERIFY(transcript.contains(QStringLiteral("Configuration saving is in progress")));

        QFile saved(state + QStringLiteral("/switch1/saved-config.json"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(saved.readAll()).object().value(QStringLiteral("spanningTree")).toBool(true),
                 false);
    }
};

QTEST_MAIN(TestSwitchConfigWizardLab)
#include "tst_switchconfigwizard_lab.moc"

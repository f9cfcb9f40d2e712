// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

#include <memory>

#include "console/serialsettings.h"
#include "switchcli/switchconfigplan.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTreeWidget;
class SerialSession;
class SwitchDialogue;

/// The seed's switch-module set-up (uplinks into VLAN 1, the management VLAN
/// removed, spanning tree off, saved) as a wizard: choices → the exact command
/// script (exportable) → running it over the switch's serial console with a
/// status per command and the transcript. It never writes the inventory; the
/// plan it built is plan().
class SwitchConfigWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageIds { ChoicesPage, ScriptPage, RunPage };

    /// @p store remembers serial settings per port (may be nullptr).
    explicit SwitchConfigWizard(QSettings *store, QWidget *parent = nullptr);
    ~SwitchConfigWizard() override;

    SwitchConfigPlan plan() const;
    void setPlan(const SwitchConfigPlan &plan);

    SerialSettings serialSettings() const { return m_serial; }
    void setSerialSettings(const SerialSettings &serial);

    /// Logs in with @p user and @p password and runs the script (the Run button).
    void startRun(const QString &user, const QByteArray &password);
    bool isRunning() const;
    /// The dialogue of the current or last run; nullptr before the first.
    SwitchDialogue *dialogue() const { return m_dialogue.get(); }
    /// Writes the script to @p path (through SafeWriter); an empty string on success.
    QString exportScript(const QString &path) const;

Q_SIGNALS:
    void runFinished(bool ok);

private:
    QWizardPage *createChoicesPage();
    QWizardPage *createScriptPage();
    QWizardPage *createRunPage();
    void updateProblems();
    void updateSerialSummary();
    void updateCredentialWarning();
    void chooseSerialPort();
    void runClicked();
    void stepChanged(int index);
    void finishRun(bool ok);

    QSettings *m_store;
    SerialSettings m_serial;
    std::unique_ptr<SerialSession> m_session;
    std::unique_ptr<SwitchDialogue> m_dialogue;

    // Choices
    QLineEdit *m_uplinks = nullptr;
    QSpinBox *m_uplinkPvid = nullptr;
    QSpinBox *m_untaggedVlan = nullptr;
    QLineEdit *m_downlinks = nullptr;
    QSpinBox *m_removeVlan = nullptr;
    QCheckBox *m_cycleDownlinks = nullptr;
    QCheckBox *m_noSpanningTree = nullptr;
    QCheckBox *m_save = nullptr;
    QCheckBox *m_logout = nullptr;
    QLabel *m_problems = nullptr;
    // Script
    QPlainTextEdit *m_script = nullptr;
    QLabel *m_exportStatus = nullptr;
    // Run
    QLabel *m_serialSummary = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_credentialWarning = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTreeWidget *m_steps = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QLabel *m_runStatus = nullptr;
};

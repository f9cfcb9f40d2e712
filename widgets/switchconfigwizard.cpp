// SPDX-License-Identifier: GPL-3.0-or-later
#include "switchconfigwizard.h"

#include <functional>

#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "common/safewriter.h"
#include "console/serialsession.h"
#include "serialsettingsdialog.h"
#include "switchcli/switchdialogue.h"

namespace {
// A page whose Next/Finish button follows a check.
class CheckedPage : public QWizardPage
{
public:
    std::function<bool()> check;
    bool isComplete() const override { return check ? check() : true; }
};

enum StepColumns { LineColumn, CommandColumn, StatusColumn, MessageColumn };

QColor statusColour(SwitchDialogue::StepStatus status)
{
    switch (status) {
    case SwitchDialogue::StepStatus::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case SwitchDialogue::StepStatus::CliError:
    case SwitchDialogue::StepStatus::Timeout:
    case SwitchDialogue::StepStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    default:
        return {};
    }
}
} // namespace

SwitchConfigWizard::SwitchConfigWizard(QSettings *store, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
{
    setWindowTitle(tr("Configure Switch Module"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(ChoicesPage, createChoicesPage());
    setPage(ScriptPage, createScriptPage());
    setPage(RunPage, createRunPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ScriptPage)
            m_script->setPlainText(plan().scriptText());
    });
    SerialSettings serial;
    serial.portName = QStringLiteral("/dev/ttyUSB0");
    setSerialSettings(serial);
    resize(760, 560);
}

SwitchConfigWizard::~SwitchConfigWizard()
{
    // The dialogue refers to the session; end it first.
    m_dialogue.reset();
    m_session.reset();
}

QWizardPage *SwitchConfigWizard::createChoicesPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("VLANs and uplinks"));
    page->setSubTitle(tr("The defaults are the DX1000 set-up: the QSFP uplinks xe47 and xe50 "
                         "untagged in VLAN 1, the management VLAN 4092 removed, spanning tree off."));
    page->check = [this] { return plan().validate().isEmpty(); };

    const SwitchConfigPlan defaults;
    m_uplinks = new QLineEdit(defaults.uplinks);
    m_uplinkPvid = new QSpinBox;
    m_uplinkPvid->setRange(1, 4094);
    m_uplinkPvid->setValue(defaults.uplinkPvid);
    m_untaggedVlan = new QSpinBox;
    m_untaggedVlan->setRange(1, 4094);
    m_untaggedVlan->setValue(defaults.uplinkUntaggedVlan);
    m_downlinks = new QLineEdit(defaults.downlinks);
    m_removeVlan = new QSpinBox;
    m_removeVlan->setRange(0, 4094);
    m_removeVlan->setSpecialValueText(tr("none"));
    m_removeVlan->setValue(defaults.removeVlan);
    m_cycleDownlinks = new QCheckBox(tr("Shut the &downlinks down during the change"));
    m_cycleDownlinks->setChecked(defaults.cycleDownlinks);
    m_noSpanningTree = new QCheckBox(tr("Turn spanning tree &off"));
    m_noSpanningTree->setChecked(defaults.disableSpanningTree);
    m_save = new QCheckBox(tr("&Save the configuration (may take a few minutes)"));
    m_save->setChecked(defaults.save);
    m_logout = new QCheckBox(tr("&Log out at the end"));
    m_logout->setChecked(defaults.logout);
    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Uplink ports:"), m_uplinks);
    form->addRow(tr("Uplink &PVID:"), m_uplinkPvid);
    form->addRow(tr("Uplink untagged &VLAN:"), m_untaggedVlan);
    form->addRow(tr("Down&link ports:"), m_downlinks);
    form->addRow(tr("VLAN to &remove:"), m_removeVlan);
    form->addRow(QString(), m_cycleDownlinks);
    form->addRow(QString(), m_noSpanningTree);
    form->addRow(QString(), m_save);
    form->addRow(QString(), m_logout);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch();

    auto changed = [this, page] {
        updateProblems();
        Q_EMIT page->completeChanged();
    };
    for (QLineEdit *edit : {m_uplinks, m_downlinks})
        connect(edit, &QLineEdit::textChanged, page, changed);
    for (QSpinBox *spin : {m_uplinkPvid, m_untaggedVlan, m_removeVlan})
        connect(spin, &QSpinBox::valueChanged, page, changed);
    return page;
}

QWizardPage *SwitchConfigWizard::createScriptPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Command script"));
    page->setSubTitle(tr("Exactly what will be typed at the switch's prompts, one line at a time."));
    m_script = new QPlainTextEdit;
    m_script->setReadOnly(true);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *exportButton = new QPushButton(tr("&Export…"));
    m_exportStatus = new QLabel;
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Switch Script"),
            QStringLiteral("switch-config.txt"), tr("Text files (*.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        const QString error = exportScript(path);
        m_exportStatus->setText(error.isEmpty() ? tr("Written to %1").arg(path) : error);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(exportButton);
    row->addWidget(m_exportStatus, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_script);
    layout->addLayout(row);
    return page;
}

QWizardPage *SwitchConfigWizard::createRunPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("Run on the switch"));
    page->setSubTitle(tr("Logs in over the switch module's serial console and types the script, "
                         "stopping at the first error."));
    page->check = [this] { return !isRunning(); };

    m_serialSummary = new QLabel;
    auto *portButton = new QPushButton(tr("&Port Settings…"));
    connect(portButton, &QPushButton::clicked, this, &SwitchConfigWizard::chooseSerialPort);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_serialSummary, 1);
    portRow->addWidget(portButton);
    m_user = new QLineEdit(QStringLiteral("admin"));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_credentialWarning = new QLabel(
        tr("The switch still uses the factory-default login admin/admin. Change its password."));
    m_credentialWarning->setWordWrap(true);
    m_credentialWarning->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_credentialWarning->setVisible(false);
    connect(m_user, &QLineEdit::textChanged, this, &SwitchConfigWizard::updateCredentialWarning);
    connect(m_password, &QLineEdit::textChanged, this, &SwitchConfigWizard::updateCredentialWarning);

    m_runButton = new QPushButton(tr("&Run"));
    m_cancelButton = new QPushButton(tr("S&top"));
    m_cancelButton->setEnabled(false);
    connect(m_runButton, &QPushButton::clicked, this, &SwitchConfigWizard::runClicked);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_dialogue)
            m_dialogue->cancel();
    });
    m_runStatus = new QLabel;
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_runButton);
    buttonRow->addWidget(m_cancelButton);
    buttonRow->addWidget(m_runStatus, 1);

    m_steps = new QTreeWidget;
    m_steps->setObjectName(QStringLiteral("switchSteps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Line"), tr("Command"), tr("Status"), tr("Message")});
    m_steps->header()->setSectionResizeMode(CommandColumn, QHeaderView::ResizeToContents);
    m_transcript = new QPlainTextEdit;
    m_transcript->setObjectName(QStringLiteral("switchTranscript"));
    m_transcript->setReadOnly(true);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_steps);
    split->addWidget(m_transcript);

    auto *form = new QFormLayout;
    form->addRow(tr("Serial port:"), portRow);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_credentialWarning);
    layout->addLayout(buttonRow);
    layout->addWidget(split, 1);
    return page;
}

SwitchConfigPlan SwitchConfigWizard::plan() const
{
    SwitchConfigPlan p;
    p.uplinks = m_uplinks->text().trimmed();
    p.uplinkPvid = m_uplinkPvid->value();
    p.uplinkUntaggedVlan = m_untaggedVlan->value();
    p.downlinks = m_downlinks->text().trimmed();
    p.removeVlan = m_removeVlan->value();
    p.cycleDownlinks = m_cycleDownlinks->isChecked();
    p.disableSpanningTree = m_noSpanningTree->isChecked();
    p.save = m_save->isChecked();
    p.logout = m_logout->isChecked();
    return p;
}

void SwitchConfigWizard::setPlan(const SwitchConfigPlan &p)
{
    m_uplinks->setText(p.uplinks);
    m_uplinkPvid->setValue(p.uplinkPvid);
    m_untaggedVlan->setValue(p.uplinkUntaggedVlan);
    m_downlinks->setText(p.downlinks);
    m_removeVlan->setValue(p.removeVlan);
    m_cycleDownlinks->setChecked(p.cycleDownlinks);
    m_noSpanningTree->setChecked(p.disableSpanningTree);
    m_save->setChecked(p.save);
    m_logout->setChecked(p.logout);
    updateProblems();
}

void SwitchConfigWizard::updateProblems()
{
    m_problems->setText(plan().validate().join(u'\n'));
}

void SwitchConfigWizard::setSerialSettings(const SerialSettings &serial)
{
    m_serial = serial;
    updateSerialSummary();
}

void SwitchConfigWizard::updateSerialSummary()
{
    m_serialSummary->setText(tr("%1, %2").arg(m_serial.portName, m_serial.summary()));
}

void SwitchConfigWizard::updateCredentialWarning()
{
    m_credentialWarning->setVisible(
        SwitchDialogue::isFactoryDefault(m_user->text(), m_password->text().toUtf8()));
}

void SwitchConfigWizard::chooseSerialPort()
{
    SerialSettingsDialog dialog(m_store, this);
    dialog.setSettings(m_serial);
    if (dialog.exec() == QDialog::Accepted)
        setSerialSettings(dialog.settings());
}

QString SwitchConfigWizard::exportScript(const QString &path) const
{
    const SafeWriteResult r = SafeWriter::write(path, plan().scriptText().toUtf8());
    return r.ok ? QString() : r.error;
}

bool SwitchConfigWizard::isRunning() const
{
    return m_dialogue && m_dialogue->isRunning();
}

void SwitchConfigWizard::runClicked()
{
    const QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    startRun(m_user->text().trimmed(), password);
}

void SwitchConfigWizard::startRun(const QString &user, const QByteArray &password)
{
    if (isRunning())
        return;
    m_dialogue.reset();
    m_session = std::make_unique<SerialSession>(m_serial);
    m_dialogue = std::make_unique<SwitchDialogue>(m_session.get());
    connect(m_session.get(), &ConsoleSession::bytesReceived, this, [this](const QByteArray &bytes) {
        m_transcript->moveCursor(QTextCursor::End);
        m_transcript->insertPlainText(QString::fromUtf8(bytes).remove(u'\r'));
        m_transcript->ensureCursorVisible();
    });
    connect(m_dialogue.get(), &SwitchDialogue::stepStarted, this, &SwitchConfigWizard::stepChanged);
    connect(m_dialogue.get(), &SwitchDialogue::stepFinished, this, &SwitchConfigWizard::stepChanged);
    connect(m_dialogue.get(), &SwitchDialogue::warning, this,
            [this](const QString &message) { m_transcript->appendPlainText(tr("⚠ %1").arg(message)); });
    connect(m_dialogue.get(), &SwitchDialogue::finished, this, &SwitchConfigWizard::finishRun);

    const QStringList commands = plan().commands();
    m_steps->clear();
    for (int i = 0; i < commands.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(LineColumn, QString::number(i + 1));
        item->setText(CommandColumn, commands.at(i));
        item->setText(StatusColumn, SwitchDialogue::statusName(SwitchDialogue::StepStatus::Pending));
    }
    m_transcript->clear();
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_runStatus->setText(tr("Connecting to %1…").arg(m_serial.portName));
    button(QWizard::BackButton)->setEnabled(false);

    m_session->open();
    if (m_session->state() != ConsoleSession::State::Established) {
        m_runStatus->setText(m_session->reason());
        m_runButton->setEnabled(true);
        m_cancelButton->setEnabled(false);
        button(QWizard::BackButton)->setEnabled(true);
        Q_EMIT runFinished(false);
        return;
    }
    m_runStatus->setText(tr("Running on %1…").arg(m_serial.portName));
    m_dialogue->run(user, password, commands);
    Q_EMIT currentPage()->completeChanged();
}

void SwitchConfigWizard::stepChanged(int index)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    if (!item || !m_dialogue)
        return;
    const SwitchDialogue::Step &step = m_dialogue->steps().at(index);
    item->setText(StatusColumn, SwitchDialogue::statusName(step.status));
    item->setText(MessageColumn, step.message);
    const QColor colour = statusColour(step.status);
    if (colour.isValid())
        item->setForeground(StatusColumn, colour);
    m_steps->scrollToItem(item);
}

void SwitchConfigWizard::finishRun(bool ok)
{
    // Steps that never ran are marked too.
    for (int i = 0; i < m_dialogue->steps().size(); ++i)
        stepChanged(i);
    m_runStatus->setText(ok ? tr("Done: every command succeeded.") : m_dialogue->errorMessage());
    m_runButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(true);
    if (m_session)
        m_session->close();
    Q_EMIT currentPage()->completeChanged();
    Q_EMIT runFinished(ok);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "powercontroller.h"

#include <QAction>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

#include "chassismodel.h"
#include "ipmi/bulkrunner.h"
#include "ipmi/ipmisettingscheck.h"
#include "ipmi/statuspoller.h"
#include "logmodel.h"
#include "mainwindow.h"

PowerController::PowerController(MainWindow *window, std::shared_ptr<IpmiBackend> backend)
    : QObject(window)
    , m_window(window)
    , m_backend(backend)
    , m_runner(new BulkRunner(backend, this))
    , m_poller(new StatusPoller(backend, this))
    , m_confirmer([](QWidget *parent, const QString &question) {
        return QMessageBox::question(parent, tr("Confirm"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    })
    , m_pollIntervalMs(StatusPoller::DefaultIntervalMs)
{
    setObjectName(QStringLiteral("powerController"));
    auto hook = [this](const char *name, const BulkOperation &operation) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        if (!action)
            return;
        m_actions << action;
        connect(action, &QAction::triggered, this, [this, action, operation] {
            run(operation, m_window->selectedSlots(), action->text().remove(QLatin1Char('&')));
        });
    };
    hook("actionPowerOn", BulkOperation::control(ChassisControl::PowerOn));
    hook("actionPowerOff", BulkOperation::control(ChassisControl::PowerOff));
    hook("actionPowerCycle", BulkOperation::control(ChassisControl::PowerCycle));
    hook("actionReset", BulkOperation::control(ChassisControl::HardReset));
    hook("actionSoftShutdown", BulkOperation::control(ChassisControl::SoftShutdown));
    hook("actionPxeBoot", BulkOperation::bootDevice(BootDevice::Pxe, false));
    hook("actionIdentify", BulkOperation::identify(IdentifyRequest::timed(15)));

    m_progress = new QProgressBar(window);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_cancelButton = new QToolButton(window);
    m_cancelButton->setObjectName(QStringLiteral("bulkCancel"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the operation: modules not yet sent to are skipped"));
    m_cancelButton->hide();
    window->statusBar()->addWidget(m_progress);
    window->statusBar()->addWidget(m_cancelButton);
    connect(m_cancelButton, &QToolButton::clicked, this, &PowerController::cancel);

    connect(m_runner, &BulkRunner::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_runner, &BulkRunner::resultReady, this, &PowerController::onResult);
    connect(m_runner, &BulkRunner::finished, this, &PowerController::onFinished);

    ChassisModel *model = m_window->chassisModel();
    connect(m_poller, &StatusPoller::powerStateChanged, this,
        [this, model](int index, PowerState state) {
            if (index < m_polledSlots.size())
                model->setPowerState(m_polledSlots.at(index), state);
        });
    connect(m_poller, &StatusPoller::reachabilityChanged, this,
        [this, model](int index, bool reachable, const IpmiError &error) {
            if (index >= m_polledSlots.size())
                return;
            const int slot = m_polledSlots.at(index);
            model->setLastResult(slot, reachable ? QString() : error.message);
            m_window->logModel()->append(QStringLiteral("%1:s%2").arg(m_enclosure).arg(slot),
                tr("Status poll"), reachable ? LogModel::Result::Info : LogModel::Result::Failed,
                reachable ? tr("the BMC answers again") : error.message);
        });
    connect(model, &QAbstractItemModel::modelReset, this, &PowerController::restartPolling);
    connect(m_window, &MainWindow::selectedSlotsChanged, this, &PowerController::updateActions);
    updateActions();
}

PowerController::~PowerController() = default;

void PowerController::setPollInterval(int ms)
{
    m_pollIntervalMs = ms;
    restartPolling();
}

bool PowerController::isRunning() const
{
    return m_runner->isRunning();
}

void PowerController::cancel()
{
    m_runner->cancel();
}

void PowerController::updateActions()
{
    const bool enabled = !m_runner->isRunning() && !m_window->selectedSlots().isEmpty();
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(enabled);
}

QList<IpmiTarget> PowerController::targetsFor(
    const QList<int> &slotNumbers, const QByteArray &password) const
{
    const Enclosure &enclosure = m_window->chassisModel()->enclosure();
    QList<IpmiTarget> targets;
    for (int number : slotNumbers) {
        const SlotInfo *slot = enclosure.slot(number);
        if (!slot || !slot->bmc)
            continue;
        targets << IpmiTarget {QStringLiteral("%1:s%2").arg(enclosure.name).arg(number), *slot->bmc,
            enclosure.ipmiFor(*slot), password};
    }
    return targets;
}

bool PowerController::run(
    const BulkOperation &operation, const QList<int> &slotNumbers, const QString &actionName)
{
    if (m_runner->isRunning() || !m_window->chassisModel()->hasEnclosure())
        return false;
    const Enclosure &enclosure = m_window->chassisModel()->enclosure();
    LogModel *log = m_window->logModel();
    QList<int> withBmc;
    for (int number : slotNumbers) {
        const SlotInfo *slot = enclosure.slot(number);
        if (slot && slot->bmc)
            withBmc << number;
        else
            log->append(QStringLiteral("%1:s%2").arg(enclosure.name).arg(number), actionName,
                LogModel::Result::Failed,
                tr("slot %1 has no BMC address in the inventory").arg(number));
    }
    if (withBmc.isEmpty())
        return false;

    if (const std::optional<QString> refused = IpmiSettingsCheck::refusal(enclosure.ipmi, false)) {
        log->append(enclosure.name, actionName, LogModel::Result::Failed, *refused);
        return false;
    }
    if (operation.destructive && withBmc.size() >= m_confirmThreshold) {
        const QString question
            = tr("%1: %n module(s) in enclosure %2. Continue?", "", int(withBmc.size()))
                  .arg(actionName, enclosure.name);
        if (!m_confirmer(m_window, question)) {
            log->append(enclosure.name, actionName, LogModel::Result::Info,
                tr("cancelled by the operator"));
            return false;
        }
    }
    const std::optional<QByteArray> password
        = m_passwords.password(m_window, enclosure.name, enclosure.ipmi.user);
    if (!password)
        return false;
    if (!m_warnedDefaults) {
        for (const QString &warning : IpmiSettingsCheck::warnings(enclosure.ipmi, *password, false))
            log->append(enclosure.name, actionName, LogModel::Result::Info, warning);
        m_warnedDefaults = true;
    }

    m_actionName = actionName;
    m_enclosure = enclosure.name;
    m_slotNumbers = withBmc;
    for (int number : std::as_const(m_slotNumbers)) {
        m_window->chassisModel()->setBusy(number, true);
        m_window->chassisModel()->setLastResult(number, {});
    }
    m_progress->setMaximum(int(m_slotNumbers.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_runner->start(targetsFor(m_slotNumbers, *password), operation, m_options);
    updateActions();
    if (!m_poller->isActive())
        restartPolling();
    return true;
}

void PowerController::onResult(const BulkResult &result)
{
    if (result.index < 0 || result.index >= m_slotNumbers.size())
        return;
    const int slot = m_slotNumbers.at(result.index);
    ChassisModel *model = m_window->chassisModel();
    model->setBusy(slot, false);
    if (result.ok && result.power != PowerState::Unknown)
        model->setPowerState(slot, result.power);
    model->setLastResult(slot, result.ok ? QString() : result.error.message);
    m_window->logModel()->append(result.label, m_actionName,
        result.ok ? LogModel::Result::Ok : LogModel::Result::Failed,
        result.ok ? result.text : result.error.message);
    if (!result.ok && result.error.kind == IpmiError::Kind::PasswordRejected)
        m_passwords.forget(m_enclosure);
}

void PowerController::onFinished(const QList<BulkResult> &results)
{
    m_progress->hide();
    m_cancelButton->hide();
    const int ok = int(
        std::count_if(results.cbegin(), results.cend(), [](const BulkResult &r) { return r.ok; }));
    m_window->statusBar()->showMessage(
        tr("%1: %2 of %n module(s) succeeded", "", int(results.size())).arg(m_actionName).arg(ok),
        10000);
    updateActions();
    // The LEDs follow what the modules really did (a cycle, a soft-off).
    m_poller->pollNow();
    emit finished(results);
}

void PowerController::restartPolling()
{
    m_poller->stop();
    m_polledSlots.clear();
    ChassisModel *model = m_window->chassisModel();
    if (!model->hasEnclosure() || m_pollIntervalMs <= 0) {
        m_poller->setTargets({});
        return;
    }
    const Enclosure &enclosure = model->enclosure();
    m_enclosure = enclosure.name;
    // Polls only with a password the operator already gave: never asks by itself.
    const std::optional<QByteArray> password = m_passwords.known(enclosure.name);
    if (!password) {
        m_poller->setTargets({});
        return;
    }
    for (const SlotInfo &slot : enclosure.moduleSlots) {
        if (slot.bmc)
            m_polledSlots << slot.slot;
    }
    m_poller->setTargets(targetsFor(m_polledSlots, *password));
    m_poller->setInterval(m_pollIntervalMs);
    m_poller->start();
}

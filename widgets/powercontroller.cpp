// SPDX-License-Identifier: GPL-3.0-or-later
#include "powercontroller.h"

#include <QAction>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include "chassis/chassisprofile.h"
#include "chassis/inventoryio.h"
#include "chassis/niclistimporter.h"
#include "chassismodel.h"
#include "ipmi/bulkrunner.h"
#include "ipmi/ipmisettingscheck.h"
#include "ipmi/statuspoller.h"
#include "logmodel.h"
#include "macdiscoverydialog.h"
#include "mainwindow.h"
#include "operationsettingsdialog.h"
#include "rawcommanddialog.h"

PowerController::PowerController(MainWindow *window, std::shared_ptr<IpmiBackend> backend)
    : QObject(window)
    , m_window(window)
    , m_backend(backend)
    , m_runner(new BulkRunner(backend, this))
    , m_poller(new StatusPoller(backend, this))
    , m_passwords(window->passwords())
    , m_confirmer([](QWidget *parent, const QString &question) {
        return QMessageBox::question(parent, tr("Confirm"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    })
    , m_secondsAsker([](QWidget *parent) -> std::optional<int> {
        bool ok = false;
        const int seconds = QInputDialog::getInt(parent, tr("Identify"),
            tr("Blink the identify LED for how many seconds (1-255)?"), 15, 1, 255, 1, &ok);
        return ok ? std::optional<int>(seconds) : std::nullopt;
    })
    , m_pollIntervalMs(StatusPoller::DefaultIntervalMs)
{
    setObjectName(QStringLiteral("powerController"));
    auto find = [this](const char *name) {
        return m_window->findChild<QAction *>(QLatin1String(name));
    };
    auto actionName = [](QAction *action) { return action->text().remove(QLatin1Char('&')); };
    // Runs what @p make returns (nullopt: the operator cancelled) on the selection.
    auto hookWith = [this, find](const char *name,
                        std::function<std::optional<BulkOperation>()> make,
                        std::function<QString(QAction *)> label) {
        QAction *action = find(name);
        if (!action)
            return;
        m_actions << action;
        connect(action, &QAction::triggered, this, [this, action, make, label] {
            if (const std::optional<BulkOperation> operation = make())
                run(*operation, m_window->selectedSlots(), label(action));
        });
    };
    auto hook = [hookWith, actionName](const char *name, const BulkOperation &operation) {
        hookWith(name, [operation] { return std::optional<BulkOperation>(operation); }, actionName);
    };
    hook("actionPowerOn", BulkOperation::control(ChassisControl::PowerOn));
    hook("actionPowerOff", BulkOperation::control(ChassisControl::PowerOff));
    hook("actionPowerCycle", BulkOperation::control(ChassisControl::PowerCycle));
    hook("actionReset", BulkOperation::control(ChassisControl::HardReset));
    hook("actionSoftShutdown", BulkOperation::control(ChassisControl::SoftShutdown));

    m_bootPersistent = find("actionBootPersistent");
    auto hookBoot = [this, hookWith](const char *name, BootDevice device, const QString &words) {
        hookWith(
            name,
            [this, device] {
                const bool persistent = m_bootPersistent && m_bootPersistent->isChecked();
                return std::optional<BulkOperation>(BulkOperation::bootDevice(device, persistent));
            },
            [this, words](QAction *) {
                const bool persistent = m_bootPersistent && m_bootPersistent->isChecked();
                return persistent ? tr("Next boot: %1 (persistent)").arg(words)
                                  : tr("Next boot: %1 (once)").arg(words);
            });
    };
    hookBoot("actionPxeBoot", BootDevice::Pxe, tr("PXE"));
    hookBoot("actionBootDisk", BootDevice::Disk, tr("disk"));
    hookBoot("actionBootBios", BootDevice::Bios, tr("BIOS setup"));
    hookBoot("actionBootNone", BootDevice::NoOverride, tr("no override"));

    auto hookIdentify = [this, hookWith](const char *name,
                            std::function<std::optional<IdentifyRequest>()> request) {
        hookWith(
            name,
            [this, request]() -> std::optional<BulkOperation> {
                m_identify = request();
                if (!m_identify)
                    return std::nullopt;
                return BulkOperation::identify(*m_identify);
            },
            [this](QAction *) {
                if (!m_identify || m_identify->mode == IdentifyRequest::Mode::Timed)
                    return tr("Identify for %n second(s)", "", m_identify ? m_identify->seconds : 0);
                return m_identify->mode == IdentifyRequest::Mode::ForceOn ? tr("Identify on")
                                                                          : tr("Identify off");
            });
    };
    hookIdentify("actionIdentify", [] { return IdentifyRequest::timed(15); });
    hookIdentify("actionIdentifySeconds", [this]() -> std::optional<IdentifyRequest> {
        const std::optional<int> seconds = m_secondsAsker(m_window);
        if (!seconds)
            return std::nullopt;
        return IdentifyRequest::timed(std::clamp(*seconds, 1, 255));
    });
    hookIdentify("actionIdentifyOn", [] { return IdentifyRequest::forceOn(); });
    hookIdentify("actionIdentifyOff", [] { return IdentifyRequest::off(); });

    if (QAction *discover = find("actionDiscoverMacs")) {
        m_actions << discover;
        connect(discover, &QAction::triggered, this,
            [this] { discoverMacs(m_window->selectedSlots()); });
    }
    if (QAction *raw = find("actionRawCommand")) {
        m_enclosureActions << raw;
        connect(raw, &QAction::triggered, this, &PowerController::openRawCommandDialog);
    }
    if (QAction *settings = find("actionOperationSettings"))
        connect(settings, &QAction::triggered, this, &PowerController::openSettingsDialog);
    m_acknowledge = find("actionAcknowledgeFailures");
    if (m_acknowledge)
        connect(m_acknowledge, &QAction::triggered, this,
            [this] { acknowledgeFailures(m_window->selectedSlots()); });
    m_acknowledgeAll = find("actionAcknowledgeAllFailures");
    if (m_acknowledgeAll)
        connect(m_acknowledgeAll, &QAction::triggered, this,
            &PowerController::acknowledgeAllFailures);

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
    m_failuresButton = new QToolButton(window);
    m_failuresButton->setObjectName(QStringLiteral("failuresButton"));
    m_failuresButton->setAutoRaise(true);
    m_failuresButton->setToolTip(tr("Modules whose last action failed keep their error mark "
                                    "until acknowledged; click to acknowledge them all"));
    m_failuresButton->hide();
    window->statusBar()->addWidget(m_failuresButton);
    connect(m_failuresButton, &QToolButton::clicked, this, &PowerController::acknowledgeAllFailures);

    connect(m_runner, &BulkRunner::progress, this, [this](int done, int total) {
        // QProgressBar::setValue() repaints at once, and with it every dirty part of
        // the window (slot map, log), once per result: with updates off it only
        // schedules a repaint, so one paint covers all results of an event-loop turn.
        m_progress->setUpdatesEnabled(false);
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setUpdatesEnabled(true);
    });
    connect(m_runner, &BulkRunner::resultReady, this, &PowerController::onResult);
    connect(m_runner, &BulkRunner::finished, this, &PowerController::onFinished);

    ChassisModel *model = m_window->chassisModel();
    connect(m_poller, &StatusPoller::powerStateChanged, this,
        [this, model](int index, PowerState state) {
            // A failed slot shows its error (unknown state) until acknowledged.
            if (index < m_polledSlots.size()
                && !m_failures.value(m_enclosure).contains(m_polledSlots.at(index)))
                model->setPowerState(m_polledSlots.at(index), state);
        });
    connect(m_poller, &StatusPoller::reachabilityChanged, this,
        [this, model](int index, bool reachable, const IpmiError &error) {
            if (index >= m_polledSlots.size())
                return;
            const int slot = m_polledSlots.at(index);
            if (reachable)
                clearFailure(m_enclosure, slot, true);
            else
                markFailed(m_enclosure, slot, error.message, true);
            m_window->logModel()->append(QStringLiteral("%1:s%2").arg(m_enclosure).arg(slot),
                tr("Status poll"), reachable ? LogModel::Result::Info : LogModel::Result::Failed,
                reachable ? tr("the BMC answers again") : error.message);
        });
    connect(model, &QAbstractItemModel::modelReset, this, &PowerController::restartPolling);
    // A password from the keychain starts polling; a rejected or forgotten one stops it.
    connect(m_passwords, &PasswordPrompt::passwordsChanged, this, [this](const QString &name) {
        if (m_window->chassisModel()->hasEnclosure()
            && m_window->chassisModel()->enclosure().name == name)
            restartPolling();
    });
    // A reload or another enclosure shown: its failures stay marked until acknowledged.
    connect(model, &QAbstractItemModel::modelReset, this, &PowerController::applyFailuresToModel);
    connect(model, &QAbstractItemModel::modelReset, this, &PowerController::updateActions);
    connect(m_window, &MainWindow::selectedSlotsChanged, this, &PowerController::updateActions);
    if (m_window->settingsMode() == MainWindow::SettingsMode::Persistent)
        applySettings(OperationSettings::load(QSettings()));
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
    const QList<int> selected = m_window->selectedSlots();
    const bool enabled = !m_runner->isRunning() && !selected.isEmpty();
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(enabled);
    const bool shown = m_window->chassisModel()->hasEnclosure();
    for (QAction *action : std::as_const(m_enclosureActions))
        action->setEnabled(shown);
    if (m_acknowledge) {
        const QList<int> failed = failedSlots();
        m_acknowledge->setEnabled(std::any_of(selected.cbegin(), selected.cend(),
            [&failed](int slot) { return failed.contains(slot); }));
    }
    if (m_acknowledgeAll)
        m_acknowledgeAll->setEnabled(failureCount() > 0);
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
    // The password first: from memory at once; else from the system keychain or the
    // operator, without blocking, and then the action runs again from here.
    if (!m_passwords->known(enclosure.name)) {
        auto started = std::make_shared<std::optional<bool>>();
        m_passwords->request(m_window, enclosure.name, enclosure.ipmi.user, this,
            [this, operation, withBmc, actionName, started](const std::optional<QByteArray> &pw) {
                *started = pw && run(operation, withBmc, actionName);
            });
        return started->value_or(true); // answered at once, or still to come
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
        = m_passwords->password(m_window, enclosure.name, enclosure.ipmi.user);
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
    // A failed slot keeps its mark while the new action runs: only success clears it.
    for (int number : std::as_const(m_slotNumbers))
        m_window->chassisModel()->setBusy(number, true);
    m_progress->setMaximum(int(m_slotNumbers.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    BulkOptions options = m_options;
    options.staggerCount = enclosure.powerOnStaggerModules;
    options.staggerIntervalMs = enclosure.powerOnStaggerIntervalMs;
    if (operation.id != QLatin1String("identify"))
        m_identify.reset();
    m_discovering = operation.id == QLatin1String("mac");
    m_runner->start(targetsFor(m_slotNumbers, *password), operation, options);
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
    if (result.ok)
        clearFailure(m_enclosure, slot, false);
    if (result.ok && result.power != PowerState::Unknown)
        model->setPowerState(slot, result.power);
    if (result.ok) {
        if (m_identify)
            identifySucceeded(slot, *m_identify);
    } else if (!result.cancelled) {
        markFailed(m_enclosure, slot, result.error.message, false);
    }
    m_window->logModel()->append(result.label, m_actionName,
        result.ok ? LogModel::Result::Ok : LogModel::Result::Failed,
        result.ok ? result.text : result.error.message);
    if (!result.ok && result.error.kind == IpmiError::Kind::PasswordRejected)
        m_passwords->rejected(m_window, m_enclosure);
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
    if (m_discovering) {
        m_discovering = false;
        showMacReview(results);
    }
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
    const std::optional<QByteArray> password = m_passwords->known(enclosure.name);
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

// --- failures until acknowledged -------------------------------------------------

void PowerController::markFailed(
    const QString &enclosure, int slot, const QString &message, bool fromPoll)
{
    QMap<int, Failure> &failures = m_failures[enclosure];
    const auto it = failures.constFind(slot);
    // A silent BMC found by the poller never hides the message of a failed action.
    if (fromPoll && it != failures.cend() && !it->fromPoll)
        return;
    failures.insert(slot, Failure {message, fromPoll});
    ChassisModel *model = m_window->chassisModel();
    if (model->hasEnclosure() && model->enclosure().name == enclosure) {
        model->setLastResult(slot, message);
        // What the module does now is not known: the LED shows the error instead.
        model->setPowerState(slot, PowerState::Unknown);
    }
    updateFailureStatus();
}

void PowerController::clearFailure(const QString &enclosure, int slot, bool onlyFromPoll)
{
    const auto failures = m_failures.find(enclosure);
    if (failures == m_failures.end())
        return;
    const auto it = failures->find(slot);
    if (it == failures->end() || (onlyFromPoll && !it->fromPoll))
        return;
    failures->erase(it);
    if (failures->isEmpty())
        m_failures.erase(failures);
    ChassisModel *model = m_window->chassisModel();
    if (model->hasEnclosure() && model->enclosure().name == enclosure) {
        model->setLastResult(slot, {});
        restorePolledPower(slot);
    }
    updateFailureStatus();
}

QList<int> PowerController::failedSlots() const
{
    if (!m_window->chassisModel()->hasEnclosure())
        return {};
    return m_failures.value(m_window->chassisModel()->enclosure().name).keys();
}

int PowerController::failureCount() const
{
    int count = 0;
    for (const QMap<int, Failure> &failures : m_failures)
        count += int(failures.size());
    return count;
}

void PowerController::acknowledgeFailures(const QList<int> &slotNumbers)
{
    if (!m_window->chassisModel()->hasEnclosure())
        return;
    const QString enclosure = m_window->chassisModel()->enclosure().name;
    int acknowledged = 0;
    for (int slot : slotNumbers) {
        if (m_failures.value(enclosure).contains(slot)) {
            clearFailure(enclosure, slot, false);
            ++acknowledged;
        }
    }
    if (acknowledged > 0)
        m_window->logModel()->append(enclosure, tr("Acknowledge failures"),
            LogModel::Result::Info, tr("%n failed module(s) acknowledged", "", acknowledged));
}

void PowerController::acknowledgeAllFailures()
{
    const int count = failureCount();
    if (count == 0)
        return;
    const QString shown = m_window->chassisModel()->hasEnclosure()
        ? m_window->chassisModel()->enclosure().name
        : QString();
    const QList<int> marked = m_failures.value(shown).keys();
    m_failures.clear();
    for (int slot : marked) {
        m_window->chassisModel()->setLastResult(slot, {});
        restorePolledPower(slot);
    }
    m_window->logModel()->append(shown, tr("Acknowledge failures"), LogModel::Result::Info,
        tr("%n failed module(s) acknowledged", "", count));
    updateFailureStatus();
}

void PowerController::applyFailuresToModel()
{
    ChassisModel *model = m_window->chassisModel();
    if (!model->hasEnclosure())
        return;
    const QMap<int, Failure> failures = m_failures.value(model->enclosure().name);
    for (auto it = failures.cbegin(); it != failures.cend(); ++it)
        model->setLastResult(it.key(), it->message);
}

void PowerController::restorePolledPower(int slot)
{
    // Acknowledged or cleared: the LED shows what the poller last saw, if anything.
    const qsizetype index = m_polledSlots.indexOf(slot);
    ChassisModel *model = m_window->chassisModel();
    if (index < 0 || model->powerState(slot) != PowerState::Unknown)
        return;
    const PowerState polled = m_poller->powerState(int(index));
    if (polled != PowerState::Unknown)
        model->setPowerState(slot, polled);
}

void PowerController::updateFailureStatus()
{
    const int count = failureCount();
    m_failuresButton->setText(tr("⚠ %n failed — acknowledge", "", count));
    m_failuresButton->setVisible(count > 0);
    updateActions();
    emit failuresChanged(count);
}

void PowerController::identifySucceeded(int slot, const IdentifyRequest &request)
{
    ChassisModel *model = m_window->chassisModel();
    const int generation = ++m_identifyGeneration[slot];
    model->setIdentifying(slot, request.mode != IdentifyRequest::Mode::Off);
    if (request.mode != IdentifyRequest::Mode::Timed)
        return;
    // The BMC stops a timed identify by itself; so does the mark, unless asked again since.
    const QString enclosure = m_enclosure;
    QTimer::singleShot(request.seconds * 1000, this, [this, slot, generation, enclosure] {
        ChassisModel *shown = m_window->chassisModel();
        if (m_identifyGeneration.value(slot) == generation && shown->hasEnclosure()
            && shown->enclosure().name == enclosure)
            shown->setIdentifying(slot, false);
    });
}

// --- settings ----------------------------------------------------------------------

void PowerController::applySettings(const OperationSettings &settings)
{
    m_options.fanout = settings.fanout;
    m_options.timeoutMs
        = settings.timeoutMs > 0 ? std::optional<int>(settings.timeoutMs) : std::nullopt;
    m_confirmThreshold = settings.confirmThreshold;
    m_poller->setFanout(settings.fanout);
    if (settings.pollIntervalMs != m_pollIntervalMs)
        setPollInterval(settings.pollIntervalMs);
}

OperationSettings PowerController::settings() const
{
    OperationSettings s;
    s.fanout = m_options.fanout;
    s.timeoutMs = m_options.timeoutMs.value_or(0);
    s.confirmThreshold = m_confirmThreshold;
    s.pollIntervalMs = m_pollIntervalMs;
    return s;
}

void PowerController::openSettingsDialog()
{
    const ChassisModel *model = m_window->chassisModel();
    auto *dialog = new OperationSettingsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(settings());
    if (model->hasEnclosure() && !m_window->inventoryPath().isEmpty())
        dialog->setStagger(model->enclosure().name, model->enclosure().powerOnStaggerModules,
            model->enclosure().powerOnStaggerIntervalMs);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applySettings(dialog->settings());
        if (m_window->settingsMode() == MainWindow::SettingsMode::Persistent) {
            QSettings settings;
            dialog->settings().save(settings);
        }
        if (!dialog->staggerChanged())
            return;
        // The stagger belongs to the enclosure: written into the inventory file.
        const QString path = m_window->inventoryPath();
        const QString target = QFileInfo(path).fileName();
        InventoryLoadResult loaded = InventoryIo::load(path);
        QString error = loaded.ok() ? QString() : loaded.error.toString();
        if (loaded.ok()) {
            auto it = std::find_if(loaded.inventory->enclosures.begin(),
                loaded.inventory->enclosures.end(),
                [&](const Enclosure &e) { return e.name == dialog->staggerEnclosure(); });
            if (it == loaded.inventory->enclosures.end()) {
                error = tr("enclosure %1 is no longer in the file").arg(dialog->staggerEnclosure());
            } else {
                it->powerOnStaggerModules = dialog->staggerModules();
                it->powerOnStaggerIntervalMs = dialog->staggerIntervalMs();
                error = InventoryIo::save(*loaded.inventory, path);
            }
        }
        if (!error.isEmpty()) {
            m_window->logModel()->append(
                target, tr("Power-on stagger"), LogModel::Result::Failed, error);
            QMessageBox::warning(m_window, tr("Cannot Save the Stagger"),
                tr("The power-on stagger could not be written to %1:\n%2").arg(path, error));
            return;
        }
        m_window->logModel()->append(target, tr("Power-on stagger"), LogModel::Result::Ok,
            dialog->staggerModules() > 0
                ? tr("%1: %n module(s) per %2 ms", "", dialog->staggerModules())
                      .arg(dialog->staggerEnclosure())
                      .arg(dialog->staggerIntervalMs())
                : tr("%1: no stagger").arg(dialog->staggerEnclosure()));
        m_window->reloadInventory();
    });
    dialog->open();
}

// --- targets for the dialogs -------------------------------------------------------

std::optional<QByteArray> PowerController::password()
{
    if (!m_window->chassisModel()->hasEnclosure())
        return std::nullopt;
    const Enclosure &enclosure = m_window->chassisModel()->enclosure();
    return m_passwords->password(m_window, enclosure.name, enclosure.ipmi.user);
}

std::optional<IpmiTarget> PowerController::slotTarget(int slot, const QByteArray &password) const
{
    const QList<IpmiTarget> targets = targetsFor({slot}, password);
    if (targets.isEmpty())
        return std::nullopt;
    return targets.constFirst();
}

std::optional<IpmiTarget> PowerController::cmmTarget(
    const QByteArray &password, QString *error) const
{
    const Enclosure &enclosure = m_window->chassisModel()->enclosure();
    if (enclosure.cmmAddress.isEmpty()) {
        if (error)
            *error = tr("the inventory gives no CMM address for enclosure %1").arg(enclosure.name);
        return std::nullopt;
    }
    QString why;
    const std::optional<BmcEndpoint> endpoint = BmcEndpoint::parse(enclosure.cmmAddress, &why);
    if (!endpoint) {
        if (error)
            *error = tr("CMM address \"%1\": %2").arg(enclosure.cmmAddress, why);
        return std::nullopt;
    }
    return IpmiTarget {QStringLiteral("%1:cmm").arg(enclosure.name), *endpoint, enclosure.ipmi,
        password};
}

// --- raw commands ------------------------------------------------------------------

void PowerController::openRawCommandDialog()
{
    ChassisModel *model = m_window->chassisModel();
    if (!model->hasEnclosure())
        return;
    const Enclosure &enclosure = model->enclosure();
    QList<RawCommandDialog::TargetChoice> choices;
    QList<int> slotNumbers = m_window->selectedSlots();
    if (slotNumbers.isEmpty()) {
        for (const SlotInfo &slot : enclosure.moduleSlots)
            slotNumbers << slot.slot;
    }
    for (int number : std::as_const(slotNumbers)) {
        const SlotInfo *slot = enclosure.slot(number);
        if (slot && slot->bmc)
            choices << RawCommandDialog::TargetChoice {
                tr("Slot %1 BMC (%2)").arg(number).arg(slot->bmc->toString()),
                RawPreset::Target::Bmc, number};
    }
    if (!enclosure.cmmAddress.isEmpty())
        choices << RawCommandDialog::TargetChoice {
            tr("CMM of %1 (%2)").arg(enclosure.name, enclosure.cmmAddress), RawPreset::Target::Cmm,
            0};
    auto *dialog = new RawCommandDialog(
        m_backend, choices,
        [this](const RawCommandDialog::TargetChoice &choice,
            QString *error) -> std::optional<IpmiTarget> {
            const std::optional<QByteArray> pw = password();
            if (!pw) {
                *error = tr("no password given");
                return std::nullopt;
            }
            if (choice.kind == RawPreset::Target::Cmm)
                return cmmTarget(*pw, error);
            std::optional<IpmiTarget> target = slotTarget(choice.slot, *pw);
            if (!target)
                *error = tr("slot %1 has no BMC address in the inventory").arg(choice.slot);
            return target;
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RawCommandDialog::replied, this,
        [this](const QString &target, const QString &request, bool ok, const QString &reply) {
            m_window->logModel()->append(target, tr("Raw %1").arg(request),
                ok ? LogModel::Result::Ok : LogModel::Result::Failed, reply);
        });
    dialog->open();
}

// --- MAC discovery -----------------------------------------------------------------

bool PowerController::discoverMacs(const QList<int> &slotNumbers)
{
    return run(BulkOperation::macDiscovery(), slotNumbers, tr("Discover MACs"));
}

void PowerController::showMacReview(const QList<BulkResult> &results)
{
    if (m_window->inventoryPath().isEmpty() || !m_window->chassisModel()->hasEnclosure())
        return;
    const Enclosure &enclosure = m_window->chassisModel()->enclosure();
    QList<MacDiscoveryDialog::Read> reads;
    for (const BulkResult &result : results) {
        if (result.index < 0 || result.index >= m_slotNumbers.size())
            continue;
        MacDiscoveryDialog::Read read;
        read.slot = m_slotNumbers.at(result.index);
        if (result.ok)
            read.mac = MacAddress::parse(result.text);
        else
            read.error = result.error.message;
        reads << read;
    }
    auto *dialog = new MacDiscoveryDialog(enclosure, reads, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString enclosureName = enclosure.name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, enclosureName] {
        const QList<NiclistEntry> entries = dialog->acceptedEntries();
        const QString path = m_window->inventoryPath();
        const QString target = QFileInfo(path).fileName();
        // Read the file again: what is merged is what is on disk now, not what was shown.
        InventoryLoadResult loaded = InventoryIo::load(path);
        QString error = loaded.ok() ? QString() : loaded.error.toString();
        QStringList notes;
        if (loaded.ok()) {
            auto it = std::find_if(loaded.inventory->enclosures.begin(),
                loaded.inventory->enclosures.end(),
                [&](const Enclosure &e) { return e.name == enclosureName; });
            const ChassisProfile *profile
                = it != loaded.inventory->enclosures.end() ? ChassisProfile::byId(it->profileId)
                                                           : nullptr;
            if (!profile) {
                error = tr("enclosure %1 is no longer in the file").arg(enclosureName);
            } else {
                // The same merge as `dxctl inventory import-niclist`: NICs derived by the rule.
                notes = NiclistImporter::merge(*it, entries, *profile);
                error = InventoryIo::save(*loaded.inventory, path);
            }
        }
        if (!error.isEmpty()) {
            m_window->logModel()->append(target, tr("Discover MACs"), LogModel::Result::Failed,
                error);
            QMessageBox::warning(m_window, tr("Cannot Write the Inventory"),
                tr("The MACs could not be written to %1:\n%2").arg(path, error));
            return;
        }
        for (const QString &note : std::as_const(notes))
            m_window->logModel()->append(target, tr("Discover MACs"), LogModel::Result::Info, note);
        m_window->logModel()->append(target, tr("Discover MACs"), LogModel::Result::Ok,
            tr("%n module(s) written to the inventory", "", int(entries.size())));
        m_window->reloadInventory();
    });
    dialog->open();
}

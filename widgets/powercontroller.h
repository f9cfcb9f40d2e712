// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

#include "ipmi/bulkoperation.h"
#include "ipmi/bulkoptions.h"
#include "ipmi/bulkresult.h"
#include "ipmi/ipmitarget.h"
#include "operationsettings.h"
#include "passwordprompt.h"

class BulkRunner;
class IpmiBackend;
class MainWindow;
class QAction;
class QProgressBar;
class QToolButton;
class StatusPoller;

/// Gives the main window's chassis actions their work: power on/off/cycle/reset/
/// soft-off, next boot device (once or persistent), identify (timed, on, off) and
/// Discover MACs on the selected slots, through a BulkRunner; the raw-command and
/// operation-settings dialogs.
///
/// Destructive actions ask first (naming how many modules of which enclosure) from
/// `confirmThreshold` modules on; progress and a cancel button sit in the status
/// bar; every slot's result goes to the operations log and the slot map (busy,
/// power LED, last result). A failed slot keeps its error mark until the operator
/// acknowledges it (or a later action on it succeeds); the status bar shows
/// "N failed — acknowledge" meanwhile. Once a password is known, a background
/// StatusPoller keeps the LEDs live. Power-on is staggered per the enclosure's
/// inventory settings. The window only creates it; the actions are found by object name.
class PowerController : public QObject
{
    Q_OBJECT

public:
    /// Asks whether to go ahead; tests replace it.
    using Confirmer = std::function<bool(QWidget *parent, const QString &question)>;
    /// Asks for the seconds of a timed identify (1-255); nullopt on cancel. Tests replace it.
    using SecondsAsker = std::function<std::optional<int>(QWidget *parent)>;

    PowerController(MainWindow *window, std::shared_ptr<IpmiBackend> backend);
    ~PowerController() override;

    /// The main window's password facility (shared with the consoles).
    PasswordPrompt &passwords() { return *m_passwords; }
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    void setSecondsAsker(SecondsAsker asker) { m_secondsAsker = std::move(asker); }
    /// Destructive actions on this many modules or more ask first (default 1).
    void setConfirmThreshold(int modules) { m_confirmThreshold = modules; }
    void setOptions(const BulkOptions &options) { m_options = options; }
    BulkOptions options() const { return m_options; }
    /// Fanout, timeout, confirmation threshold and poll interval at once.
    void applySettings(const OperationSettings &settings);
    OperationSettings settings() const;
    std::shared_ptr<IpmiBackend> backend() const { return m_backend; }
    /// Milliseconds between background polls; 0 turns polling off.
    void setPollInterval(int ms);

    /// Runs @p operation on @p slotNumbers of the enclosure shown. False when
    /// nothing started (busy, declined, no password, no BMCs).
    bool run(
        const BulkOperation &operation, const QList<int> &slotNumbers, const QString &actionName);
    bool isRunning() const;
    StatusPoller *poller() const { return m_poller; }

    /// Slots of the enclosure shown that failed and are not acknowledged yet.
    QList<int> failedSlots() const;
    /// Failed, unacknowledged slots of every enclosure.
    int failureCount() const;
    /// Clears the error mark of @p slotNumbers of the enclosure shown.
    void acknowledgeFailures(const QList<int> &slotNumbers);
    void acknowledgeAllFailures();

    /// Reads the BMC MAC of @p slotNumbers, then opens a MacDiscoveryDialog to
    /// review and write them into the inventory file. False when nothing started.
    bool discoverMacs(const QList<int> &slotNumbers);
    /// Opens the raw-command dialog on the selection's BMCs and the enclosure's CMM.
    void openRawCommandDialog();
    /// Opens the operation settings dialog.
    void openSettingsDialog();

    /// The enclosure's password: the one known, else asked for; nullopt on cancel.
    std::optional<QByteArray> password();
    /// The IPMI target of @p slot of the enclosure shown; nullopt without a BMC address.
    std::optional<IpmiTarget> slotTarget(int slot, const QByteArray &password) const;
    /// The enclosure's CMM; nullopt (and @p error) without a usable CMM address.
    std::optional<IpmiTarget> cmmTarget(const QByteArray &password, QString *error) const;

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void finished(const QList<BulkResult> &results);
    /// The number of failed, unacknowledged slots changed.
    void failuresChanged(int count);

private:
    void updateActions();
    void restartPolling();
    QList<IpmiTarget> targetsFor(const QList<int> &slotNumbers, const QByteArray &password) const;
    void onResult(const BulkResult &result);
    void onFinished(const QList<BulkResult> &results);
    void markFailed(const QString &enclosure, int slot, const QString &message, bool fromPoll);
    void clearFailure(const QString &enclosure, int slot, bool onlyFromPoll);
    void applyFailuresToModel();
    void restorePolledPower(int slot);
    void updateFailureStatus();
    void showMacReview(const QList<BulkResult> &results);
    void identifySucceeded(int slot, const IdentifyRequest &request);

    MainWindow *m_window;
    std::shared_ptr<IpmiBackend> m_backend;
    BulkRunner *m_runner;
    StatusPoller *m_poller;
    PasswordPrompt *m_passwords; ///< the main window's
    Confirmer m_confirmer;
    SecondsAsker m_secondsAsker;
    BulkOptions m_options;
    int m_confirmThreshold = 1;
    int m_pollIntervalMs;

    QList<QAction *> m_actions;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QToolButton *m_failuresButton = nullptr;
    QList<QAction *> m_enclosureActions; ///< need an enclosure, not a selection
    QAction *m_bootPersistent = nullptr;
    QAction *m_acknowledge = nullptr;
    QAction *m_acknowledgeAll = nullptr;

    struct Failure
    {
        QString message;
        bool fromPoll = false; ///< the poller found the BMC silent; clears when it answers
    };
    QHash<QString, QMap<int, Failure>> m_failures; ///< enclosure -> slot -> failure
    QHash<int, int> m_identifyGeneration; ///< slot -> identify requests sent

    // The running operation.
    QString m_actionName;
    QString m_enclosure;
    QList<int> m_slotNumbers; ///< target index -> slot
    std::optional<IdentifyRequest> m_identify; ///< the running operation is an identify
    bool m_discovering = false; ///< the running operation is Discover MACs
    QList<int> m_polledSlots; ///< poller target index -> slot
    bool m_warnedDefaults = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

#include "ipmi/bulkoperation.h"
#include "ipmi/bulkoptions.h"
#include "ipmi/bulkresult.h"
#include "ipmi/ipmitarget.h"
#include "passwordprompt.h"

class BulkRunner;
class IpmiBackend;
class MainWindow;
class QAction;
class QProgressBar;
class QToolButton;
class StatusPoller;

/// Gives the main window's chassis actions their work: power on/off/cycle/reset/
/// soft-off, PXE next boot and identify on the selected slots, through a BulkRunner.
///
/// Destructive actions ask first (naming how many modules of which enclosure) from
/// `confirmThreshold` modules on; progress and a cancel button sit in the status
/// bar; every slot's result goes to the operations log and the slot map (busy,
/// power LED, last result), and failed slots keep their message until the next
/// action. Once a password is known, a background StatusPoller keeps the LEDs live.
/// The window only creates it; the actions are found by object name.
class PowerController : public QObject
{
    Q_OBJECT

public:
    /// Asks whether to go ahead; tests replace it.
    using Confirmer = std::function<bool(QWidget *parent, const QString &question)>;

    PowerController(MainWindow *window, std::shared_ptr<IpmiBackend> backend);
    ~PowerController() override;

    PasswordPrompt &passwords() { return m_passwords; }
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    /// Destructive actions on this many modules or more ask first (default 1).
    void setConfirmThreshold(int modules) { m_confirmThreshold = modules; }
    void setOptions(const BulkOptions &options) { m_options = options; }
    /// Milliseconds between background polls; 0 turns polling off.
    void setPollInterval(int ms);

    /// Runs @p operation on @p slotNumbers of the enclosure shown. False when
    /// nothing started (busy, declined, no password, no BMCs).
    bool run(
        const BulkOperation &operation, const QList<int> &slotNumbers, const QString &actionName);
    bool isRunning() const;
    StatusPoller *poller() const { return m_poller; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void finished(const QList<BulkResult> &results);

private:
    void updateActions();
    void restartPolling();
    QList<IpmiTarget> targetsFor(const QList<int> &slotNumbers, const QByteArray &password) const;
    void onResult(const BulkResult &result);
    void onFinished(const QList<BulkResult> &results);

    MainWindow *m_window;
    std::shared_ptr<IpmiBackend> m_backend;
    BulkRunner *m_runner;
    StatusPoller *m_poller;
    PasswordPrompt m_passwords;
    Confirmer m_confirmer;
    BulkOptions m_options;
    int m_confirmThreshold = 1;
    int m_pollIntervalMs;

    QList<QAction *> m_actions;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;

    // The running operation.
    QString m_actionName;
    QString m_enclosure;
    QList<int> m_slotNumbers; ///< target index -> slot
    QList<int> m_polledSlots; ///< poller target index -> slot
    bool m_warnedDefaults = false;
};

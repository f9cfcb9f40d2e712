// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/serialsettings.h"
#include "console/sessionlog.h"
#include "switchcli/showsystem.h"
#include "switchcli/switchdialogue.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSettings;
class ConsolePane;
class SerialSession;
class TerminalWidget;

/// A switch module's serial console in a window of its own: the TerminalWidget
/// (in a ConsolePane, as for SOL: state, reason and Reconnect, find bar,
/// logging) on a SerialSession, with the serial port's own controls: Connect /
/// Disconnect, Settings… (remembered per port), Send Break, DTR and RTS,
/// automatic reconnection, Clear Scrollback.
///
/// "Read Switch MACs" types `enable` and `show system` through a SwitchDialogue
/// over the same open session (the terminal keeps showing everything), parses
/// the answer and shows the switch's MAC with the ONS and CMM MACs its profile
/// derives; "Store in Inventory" writes the switch's and the CMM's MAC to the
/// inventory file through SwitchMacStore, as `dxctl switch show-system
/// --inventory` does. Nothing here waits on the port.
class SerialConsoleWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Which switch module this console belongs to, and where its MACs are kept.
    struct Context
    {
        QString enclosure; ///< the enclosure's name; may be empty (no inventory)
        QString profileId = QStringLiteral("DX1000");
        int position = 1; ///< switch module 1 or 2
        QString inventoryPath; ///< where "Store in Inventory" writes; empty: nowhere
    };

    /// Opens @p serial at once. @p store remembers settings per port and the
    /// auto-reconnect choice (not owned; nullptr remembers nothing).
    SerialConsoleWindow(
        Context context, SerialSettings serial, QSettings *store, QWidget *parent = nullptr);
    ~SerialConsoleWindow() override;

    const Context &context() const { return m_context; }
    /// The inventory may have been reopened or renamed since the window opened.
    void setContext(const Context &context);
    SerialSettings serialSettings() const { return m_serial; }
    SerialSession *session() const;
    ConsolePane *pane() const { return m_pane; }
    TerminalWidget *terminal() const;
    /// The state line: "connected — 115200 8N1", or the reason the port was lost.
    QString stateText() const;
    bool autoReconnect() const { return m_autoReconnect; }

    /// How long Read Switch MACs waits for prompts (tests shorten them).
    void setDialogueTimeouts(const SwitchDialogue::Timeouts &timeouts) { m_timeouts = timeouts; }
    bool isReadingMacs() const;
    /// The last `show system` read by Read Switch MACs, parsed.
    std::optional<ShowSystemParseResult> lastShowSystem() const { return m_showSystem; }
    /// The text of the MAC bar (results, or why reading or storing failed);
    /// empty while it is hidden.
    QString macMessage() const;
    /// Whether the MAC bar shows an error.
    bool macMessageIsError() const { return m_macError; }

public Q_SLOTS:
    void connectPort();
    void disconnectPort();
    void reconnectPort();
    /// Uses @p serial from now on (remembered for its port) and opens it.
    void applySettings(const SerialSettings &serial);
    void setDataTerminalReady(bool on);
    void setRequestToSend(bool on);
    void setAutoReconnect(bool on);
    bool sendBreak();
    /// Starts logging what the console receives; false, with @p error, if the
    /// file cannot be written.
    bool startLog(const SessionLog::Settings &settings, QString *error = nullptr);
    void stopLog();
    /// Runs `enable` and `show system` over the open console (logging in with
    /// @p user / @p password first if the switch shows its login prompt);
    /// macsRead() tells the outcome.
    void readSwitchMacs(const QString &user, const QByteArray &password);
    /// Writes the switch's MAC and the derived CMM MAC of the last reading to
    /// the inventory file. Returns false, showing why, on failure.
    bool storeSwitchMacs();

Q_SIGNALS:
    void macsRead(bool ok);
    /// Store in Inventory replaced @p path; the main window reloads it.
    void inventoryWritten(const QString &path);

private:
    void createActions();
    void createMacBar();
    void openSession();
    void showSettingsDialog();
    void toggleLog(bool on);
    void askAndReadSwitchMacs();
    bool cliPromptShown() const;
    void macsFinished(bool ok);
    void showMacMessage(const QString &text, bool error, bool canStore);
    void remember();
    void updateTitle();
    void updateState();

    Context m_context;
    SerialSettings m_serial;
    QSettings *m_store;
    bool m_autoReconnect = false;
    ConsolePane *m_pane = nullptr;
    std::unique_ptr<SwitchDialogue> m_dialogue;
    SwitchDialogue::Timeouts m_timeouts;
    std::optional<ShowSystemParseResult> m_showSystem;
    bool m_macError = false;

    QWidget *m_macBar = nullptr;
    QLabel *m_macLabel = nullptr;
    QPushButton *m_storeButton = nullptr;
    QLabel *m_stateLabel = nullptr;

    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_breakAction = nullptr;
    QAction *m_dtrAction = nullptr;
    QAction *m_rtsAction = nullptr;
    QAction *m_autoReconnectAction = nullptr;
    QAction *m_logAction = nullptr;
    QAction *m_readMacsAction = nullptr;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chassis/inventory.h"
#include "ipmi/ipmitarget.h"

#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QMainWindow>

class QAction;
class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class ConsolePane;
class ConsoleSession;
class PasswordPrompt;

/// The Serial-over-LAN consoles of module slots: one ConsolePane per slot, in
/// tabs or tiled (many at once, e.g. a row of slots during an install), each
/// titled with slot and host name and showing its state.
///
/// "Type into all" is an explicit mode (toolbar button, an orange banner naming
/// the consoles, orange frames): while it is on, what is typed into any target
/// console goes to every target console that is connected.
///
/// Passwords come from a PasswordPrompt (setPasswordPrompt() shares the main
/// window's: one answer serves the power actions and every console; memory, then
/// the system keychain, then the operator, never blocking), or from a provider
/// tests set. A rejected password is dropped at once and asked for again on
/// Reconnect. Never from a file or a command line.
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class ViewMode { Tabs, Tiled };

    /// Returns the password for @p enclosure's BMCs, or nullopt if the operator
    /// cancelled. @p retry is true after the BMC rejected the previous one.
    using PasswordProvider
        = std::function<std::optional<QByteArray>(const Enclosure &, bool retry)>;
    /// Creates the (unopened) session for a target; by default a SolSession.
    using SessionFactory = std::function<std::unique_ptr<ConsoleSession>(const IpmiTarget &)>;
    /// The enclosure openConsoles(QList<int>) opens slots of (the main window's current one).
    using EnclosureSource = std::function<std::optional<Enclosure>()>;

    explicit ConsoleWindow(QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    void setEnclosureSource(EnclosureSource source) { m_enclosureSource = std::move(source); }
    void setPasswordProvider(PasswordProvider provider)
    {
        m_passwordProvider = std::move(provider);
    }
    /// Uses @p prompt (not owned; must outlive this window) for the default provider.
    void setPasswordPrompt(PasswordPrompt *prompt);
    void setSessionFactory(SessionFactory factory) { m_sessionFactory = std::move(factory); }

    /// Opens (or brings forward) the consoles of @p slotNumbers of @p enclosure.
    void openConsolesFor(const Enclosure &enclosure, const QList<int> &slotNumbers);

    QList<ConsolePane *> panes() const { return m_panes; }
    ConsolePane *pane(int slotNumber) const;
    ConsolePane *currentPane() const;

    ViewMode viewMode() const { return m_viewMode; }
    bool broadcastMode() const { return m_broadcastMode; }
    /// The text of the "type into all" banner; empty while the mode is off.
    QString broadcastBanner() const;

public Q_SLOTS:
    /// Opens the consoles of @p slotNumbers of the enclosure the source names.
    void openConsoles(const QList<int> &slotNumbers);
    void setViewMode(ConsoleWindow::ViewMode mode);
    void setBroadcastMode(bool on);
    void reconnect(ConsolePane *pane);
    void closePane(ConsolePane *pane);

private:
    struct SlotContext
    {
        Enclosure enclosure;
        SlotInfo slot;
    };

    void createActions();
    void openSession(ConsolePane *pane, const std::optional<QByteArray> &password);
    void connectPane(ConsolePane *pane);
    void startSession(ConsolePane *pane, bool retryPassword);
    void distribute(ConsolePane *from, const QByteArray &bytes);
    void relayout();
    void updateTitles();
    void updateBanner();
    void updateActions();

    EnclosureSource m_enclosureSource;
    PasswordProvider m_passwordProvider;
    SessionFactory m_sessionFactory;
    std::unique_ptr<PasswordPrompt> m_ownPrompt;
    PasswordPrompt *m_prompt = nullptr;
    QHash<ConsolePane *, SlotContext> m_contexts;

    QList<ConsolePane *> m_panes;
    ViewMode m_viewMode = ViewMode::Tabs;
    bool m_broadcastMode = false;

    QLabel *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QScrollArea *m_tileArea = nullptr;
    QWidget *m_tileContainer = nullptr;
    QGridLayout *m_tileGrid = nullptr;

    QAction *m_tabsAction = nullptr;
    QAction *m_tiledAction = nullptr;
    QAction *m_broadcastAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_breakAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_logAction = nullptr;
    QAction *m_closeAction = nullptr;
};

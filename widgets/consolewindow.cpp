// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolewindow.h"

#include "consolepane.h"
#include "console/solsession.h"
#include "passwordprompt.h"
#include "sessionlogdialog.h"
#include "terminalwidget.h"

#include <cmath>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QPointer>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
QString paneTitle(const SlotInfo &slot)
{
    if (slot.hostName.isEmpty())
        return ConsoleWindow::tr("slot %1").arg(slot.slot);
    return ConsoleWindow::tr("slot %1 · %2").arg(slot.slot).arg(slot.hostName);
}
} // namespace

ConsoleWindow::ConsoleWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("consoleWindow"));
    setWindowTitle(tr("Consoles"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_ownPrompt = std::make_unique<PasswordPrompt>();
    m_prompt = m_ownPrompt.get();
    m_sessionFactory = [](const IpmiTarget &target) -> std::unique_ptr<ConsoleSession> {
        return std::make_unique<SolSession>(target);
    };

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("broadcastBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #e67e00; color: white; font-weight: bold; padding: 6px; }"));
    m_banner->setVisible(false);
    m_stack = new QStackedWidget(central);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this,
        [this](int index) { closePane(qobject_cast<ConsolePane *>(m_tabs->widget(index))); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &ConsoleWindow::updateActions);
    m_tileArea = new QScrollArea(m_stack);
    m_tileArea->setWidgetResizable(true);
    m_tileContainer = new QWidget;
    m_tileGrid = new QGridLayout(m_tileContainer);
    m_tileGrid->setContentsMargins(2, 2, 2, 2);
    m_tileGrid->setSpacing(4);
    m_tileArea->setWidget(m_tileContainer);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_tileArea);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createActions();
    statusBar();
    resize(900, 620);
    updateActions();
}

ConsoleWindow::~ConsoleWindow() = default;

void ConsoleWindow::createActions()
{
    QToolBar *toolBar = addToolBar(tr("Consoles"));
    toolBar->setObjectName(QStringLiteral("consoleToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *viewGroup = new QActionGroup(this);
    m_tabsAction = new QAction(tr("&Tabs"), viewGroup);
    m_tabsAction->setCheckable(true);
    m_tabsAction->setChecked(true);
    m_tabsAction->setToolTip(tr("One console at a time, in tabs"));
    m_tiledAction = new QAction(tr("T&iled"), viewGroup);
    m_tiledAction->setCheckable(true);
    m_tiledAction->setToolTip(tr("All consoles at once, side by side"));
    connect(m_tabsAction, &QAction::triggered, this, [this] { setViewMode(ViewMode::Tabs); });
    connect(m_tiledAction, &QAction::triggered, this, [this] { setViewMode(ViewMode::Tiled); });

    m_broadcastAction = new QAction(tr("Type into &All"), this);
    m_broadcastAction->setObjectName(QStringLiteral("actionTypeIntoAll"));
    m_broadcastAction->setCheckable(true);
    m_broadcastAction->setToolTip(
        tr("Send what you type to every console ticked \"Include in typing to all\""));
    connect(m_broadcastAction, &QAction::toggled, this, &ConsoleWindow::setBroadcastMode);

    m_reconnectAction = new QAction(tr("&Reconnect"), this);
    m_reconnectAction->setObjectName(QStringLiteral("actionReconnect"));
    connect(m_reconnectAction, &QAction::triggered, this, [this] { reconnect(currentPane()); });
    m_breakAction = new QAction(tr("Send &Break"), this);
    m_breakAction->setToolTip(tr("Send a serial break to the current console"));
    connect(m_breakAction, &QAction::triggered, this, [this] {
        ConsolePane *p = currentPane();
        if (p && p->session() && !p->session()->sendBreak())
            statusBar()->showMessage(tr("%1: cannot send a break now").arg(p->title()), 5000);
    });
    m_findAction = new QAction(tr("&Find…"), this);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (ConsolePane *p = currentPane())
            p->showFindBar();
    });
    m_logAction = new QAction(tr("&Log to File…"), this);
    m_logAction->setObjectName(QStringLiteral("actionConsoleLog"));
    m_logAction->setCheckable(true);
    m_logAction->setToolTip(tr("Write the current console to a file: plain text (with a "
                               "timestamp per line if wanted) or raw bytes; 10 MB per file, "
                               "3 older files kept"));
    connect(m_logAction, &QAction::triggered, this, [this](bool on) {
        ConsolePane *p = currentPane();
        if (!p)
            return;
        if (!on) {
            p->stopLog();
            return;
        }
        m_logAction->setChecked(false); // until a file is open
        auto *dialog = new SessionLogDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        SessionLog::Settings suggested;
        suggested.path = QDir::home().filePath(QStringLiteral("slot%1.log").arg(p->slotNumber()));
        suggested.timestamps = true;
        dialog->setSettings(suggested);
        const QPointer<ConsolePane> pane(p);
        connect(dialog, &QDialog::accepted, this, [this, dialog, pane] {
            QString error;
            if (!pane) {
                statusBar()->showMessage(tr("The console was closed; nothing is logged"), 10000);
            } else if (!pane->startLog(dialog->settings(), &error)) {
                statusBar()->showMessage(error, 10000);
            } else {
                statusBar()->showMessage(
                    tr("Logging to %1").arg(QDir::toNativeSeparators(dialog->settings().path)),
                    5000);
            }
            updateActions();
        });
        dialog->open();
    });
    m_closeAction = new QAction(tr("&Close Console"), this);
    connect(m_closeAction, &QAction::triggered, this, [this] { closePane(currentPane()); });

    toolBar->addAction(m_tabsAction);
    toolBar->addAction(m_tiledAction);
    toolBar->addSeparator();
    toolBar->addAction(m_broadcastAction);
    toolBar->addSeparator();
    toolBar->addAction(m_reconnectAction);
    toolBar->addAction(m_breakAction);
    toolBar->addAction(m_findAction);
    toolBar->addAction(m_logAction);
    toolBar->addAction(m_closeAction);
}

ConsolePane *ConsoleWindow::pane(int slotNumber) const
{
    for (ConsolePane *p : m_panes) {
        if (p->slotNumber() == slotNumber)
            return p;
    }
    return nullptr;
}

ConsolePane *ConsoleWindow::currentPane() const
{
    if (m_viewMode == ViewMode::Tabs)
        return qobject_cast<ConsolePane *>(m_tabs->currentWidget());
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (auto *p = qobject_cast<ConsolePane *>(w); p && m_panes.contains(p))
            return p;
    }
    return m_panes.isEmpty() ? nullptr : m_panes.first();
}

void ConsoleWindow::openConsoles(const QList<int> &slotNumbers)
{
    const std::optional<Enclosure> enclosure
        = m_enclosureSource ? m_enclosureSource() : std::nullopt;
    if (!enclosure) {
        statusBar()->showMessage(tr("No enclosure is open."), 5000);
        return;
    }
    openConsolesFor(*enclosure, slotNumbers);
}

void ConsoleWindow::openConsolesFor(const Enclosure &enclosure, const QList<int> &slotNumbers)
{
    ConsolePane *last = nullptr;
    QStringList skipped;
    for (int number : slotNumbers) {
        if (ConsolePane *existing = pane(number)) {
            last = existing;
            continue;
        }
        const SlotInfo *slot = enclosure.slot(number);
        if (!slot || !slot->bmc || slot->module == ModuleType::Empty) {
            skipped << QString::number(number);
            continue;
        }
        auto *p = new ConsolePane(number, paneTitle(*slot));
        m_contexts.insert(p, SlotContext {enclosure, *slot});
        m_panes.append(p);
        connectPane(p);
        relayout();
        startSession(p, false);
        last = p;
    }
    if (!skipped.isEmpty()) {
        statusBar()->showMessage(
            tr("No console for slot(s) %1: no module or no BMC address in the inventory")
                .arg(skipped.join(QStringLiteral(", "))),
            8000);
    }
    if (last) {
        if (m_viewMode == ViewMode::Tabs)
            m_tabs->setCurrentWidget(last);
        last->terminal()->setFocus();
    }
    updateTitles();
    updateBanner();
    updateActions();
    show();
    raise();
    activateWindow();
}

void ConsoleWindow::connectPane(ConsolePane *pane)
{
    pane->setBroadcastMode(m_broadcastMode);
    connect(pane, &ConsolePane::typed, this,
        [this, pane](const QByteArray &bytes) { distribute(pane, bytes); });
    connect(pane, &ConsolePane::reconnectRequested, this, &ConsoleWindow::reconnect);
    connect(pane, &ConsolePane::stateChanged, this, [this] {
        updateTitles();
        updateBanner();
    });
    // A password the BMC rejected leaves the shared facility at once (once per session).
    connect(pane, &ConsolePane::stateChanged, this, [this, pane] {
        auto *sol = qobject_cast<SolSession *>(pane->session());
        if (m_passwordProvider || !sol || !sol->error()
            || sol->error()->kind != IpmiError::Kind::PasswordRejected
            || sol->property("dxPasswordDropped").toBool())
            return;
        sol->setProperty("dxPasswordDropped", true);
        m_prompt->rejected(this, m_contexts.value(pane).enclosure.name);
    });
}

void ConsoleWindow::setPasswordPrompt(PasswordPrompt *prompt)
{
    m_prompt = prompt ? prompt : m_ownPrompt.get();
}

void ConsoleWindow::startSession(ConsolePane *pane, bool retryPassword)
{
    const SlotContext &context = m_contexts.value(pane);
    if (m_passwordProvider) {
        openSession(pane, m_passwordProvider(context.enclosure, retryPassword));
        return;
    }
    // The shared facility: from memory at once, else from the system keychain or the
    // operator without blocking (a rejected one was dropped already).
    m_prompt->request(this, context.enclosure.name, context.enclosure.ipmi.user, pane,
        [this, pane](const std::optional<QByteArray> &password) {
            if (m_panes.contains(pane))
                openSession(pane, password);
        });
}

void ConsoleWindow::openSession(ConsolePane *pane, const std::optional<QByteArray> &password)
{
    const SlotContext &context = m_contexts.value(pane);
    IpmiTarget target {tr("slot %1").arg(context.slot.slot), *context.slot.bmc,
        context.enclosure.ipmiFor(context.slot), password.value_or(QByteArray())};
    if (!password) {
        statusBar()->showMessage(
            tr("%1: no password given; press Reconnect to try again").arg(pane->title()), 8000);
    }
    pane->setSession(m_sessionFactory(target));
    target.password.fill('\0');
}

void ConsoleWindow::reconnect(ConsolePane *pane)
{
    if (!pane || !m_panes.contains(pane))
        return;
    // After a rejected password, ask for it again; otherwise reuse it.
    bool retry = false;
    if (auto *sol = qobject_cast<SolSession *>(pane->session()); sol && sol->error())
        retry = sol->error()->kind == IpmiError::Kind::PasswordRejected;
    startSession(pane, retry);
}

void ConsoleWindow::closePane(ConsolePane *pane)
{
    if (!pane || !m_panes.contains(pane))
        return;
    m_panes.removeAll(pane);
    m_contexts.remove(pane);
    const int index = m_tabs->indexOf(pane);
    if (index >= 0)
        m_tabs->removeTab(index);
    pane->hide();
    pane->deleteLater();
    relayout();
    updateTitles();
    updateBanner();
    updateActions();
}

void ConsoleWindow::distribute(ConsolePane *from, const QByteArray &bytes)
{
    if (!m_broadcastMode || !from->isBroadcastTarget()) {
        if (from->session())
            from->session()->write(bytes);
        return;
    }
    for (ConsolePane *p : std::as_const(m_panes)) {
        if (p->isBroadcastTarget() && p->session())
            p->session()->write(bytes);
    }
}

void ConsoleWindow::setViewMode(ConsoleWindow::ViewMode mode)
{
    if (mode == m_viewMode)
        return;
    ConsolePane *current = currentPane();
    m_viewMode = mode;
    (mode == ViewMode::Tabs ? m_tabsAction : m_tiledAction)->setChecked(true);
    relayout();
    if (current) {
        if (mode == ViewMode::Tabs)
            m_tabs->setCurrentWidget(current);
        current->terminal()->setFocus();
    }
    updateTitles();
    updateActions();
}

void ConsoleWindow::relayout()
{
    // Panes move between the tab widget and the tile grid; the widgets (and their
    // sessions and scrollback) stay the same.
    if (m_viewMode == ViewMode::Tabs) {
        for (ConsolePane *p : std::as_const(m_panes)) {
            if (m_tabs->indexOf(p) < 0) {
                m_tileGrid->removeWidget(p);
                m_tabs->addTab(p, p->title());
            }
        }
        m_stack->setCurrentWidget(m_tabs);
        return;
    }
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    for (ConsolePane *p : std::as_const(m_panes))
        m_tileGrid->removeWidget(p);
    const int count = int(m_panes.size());
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(count)))));
    for (int i = 0; i < count; ++i) {
        ConsolePane *p = m_panes.at(i);
        p->setParent(m_tileContainer);
        m_tileGrid->addWidget(p, i / columns, i % columns);
        p->show();
    }
    m_stack->setCurrentWidget(m_tileArea);
}

void ConsoleWindow::updateTitles()
{
    for (ConsolePane *p : std::as_const(m_panes)) {
        const int index = m_tabs->indexOf(p);
        if (index < 0)
            continue;
        const ConsoleSession *s = p->session();
        const auto state = s ? s->state() : ConsoleSession::State::Closed;
        m_tabs->setTabText(index,
            state == ConsoleSession::State::Established
                ? p->title()
                : tr("%1 (%2)").arg(p->title(), ConsoleSession::stateName(state)));
        m_tabs->setTabToolTip(index, s ? s->description() : p->title());
    }
    setWindowTitle(m_panes.isEmpty() ? tr("Consoles")
                                     : tr("Consoles — %n console(s)", "", int(m_panes.size())));
}

void ConsoleWindow::setBroadcastMode(bool on)
{
    if (on == m_broadcastMode)
        return;
    m_broadcastMode = on;
    m_broadcastAction->setChecked(on);
    for (ConsolePane *p : std::as_const(m_panes))
        p->setBroadcastMode(on);
    updateBanner();
}

QString ConsoleWindow::broadcastBanner() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ConsoleWindow::updateBanner()
{
    if (!m_broadcastMode) {
        m_banner->setVisible(false);
        return;
    }
    QStringList names;
    for (ConsolePane *p : std::as_const(m_panes)) {
        if (p->isBroadcastTarget())
            names << p->title();
    }
    m_banner->setText(
        tr("TYPING INTO ALL: what you type goes to %n console(s): %1", "", int(names.size()))
            .arg(names.join(QStringLiteral(", "))));
    m_banner->setVisible(true);
}

void ConsoleWindow::updateActions()
{
    const bool any = !m_panes.isEmpty();
    m_reconnectAction->setEnabled(any);
    m_breakAction->setEnabled(any);
    m_findAction->setEnabled(any);
    m_logAction->setEnabled(any);
    const ConsolePane *current = currentPane();
    m_logAction->setChecked(current && current->isLogging());
    m_closeAction->setEnabled(any);
}

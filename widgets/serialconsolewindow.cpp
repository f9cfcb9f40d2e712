// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialconsolewindow.h"

#include "consolepane.h"
#include "serialsettingsdialog.h"
#include "sessionlogdialog.h"
#include "terminalwidget.h"
#include "chassis/chassisprofile.h"
#include "console/serialsession.h"
#include "console/serialsettingsstore.h"
#include "switchcli/switchdialogue.h"
#include "switchcli/switchmacstore.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const auto AutoReconnectKey = QStringLiteral("serialConsole/autoReconnect");

// Shows a key the terminal itself handles next to a menu entry. The shortcut
// only triggers while the menu's owner has focus, which it never has: the
// terminal keeps its keys.
void showShortcut(QAction *action, const QKeySequence &keys)
{
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
}
} // namespace

SerialConsoleWindow::SerialConsoleWindow(
    Context context, SerialSettings serial, QSettings *store, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
    , m_serial(std::move(serial))
    , m_store(store)
{
    setObjectName(QStringLiteral("serialConsoleWindow%1").arg(m_context.position));
    if (m_store)
        m_autoReconnect = m_store->value(AutoReconnectKey, false).toBool();

    m_pane = new ConsolePane(m_context.position, tr("Switch module %1").arg(m_context.position));
    m_pane->setObjectName(QStringLiteral("serialConsolePane"));
    connect(m_pane, &ConsolePane::typed, this, [this](const QByteArray &bytes) {
        // The dialogue is typing; a key in between would break its command.
        if (isReadingMacs()) {
            statusBar()->showMessage(
                tr("Typing is paused while the switch's MACs are read."), 3000);
            return;
        }
        if (SerialSession *s = session())
            s->write(bytes);
    });
    connect(m_pane, &ConsolePane::reconnectRequested, this, &SerialConsoleWindow::reconnectPort);
    connect(m_pane, &ConsolePane::stateChanged, this, &SerialConsoleWindow::updateState);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createMacBar();
    layout->addWidget(m_macBar);
    layout->addWidget(m_pane, 1);
    setCentralWidget(central);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("serialState"));
    statusBar()->addPermanentWidget(m_stateLabel);

    createActions();
    openSession();
    m_pane->terminal()->setFocus();
}

SerialConsoleWindow::~SerialConsoleWindow()
{
    // The dialogue refers to the session, which the pane owns: end it first.
    m_dialogue.reset();
}

void SerialConsoleWindow::createMacBar()
{
    m_macBar = new QWidget(this);
    m_macBar->setObjectName(QStringLiteral("switchMacBar"));
    m_macBar->setAutoFillBackground(true);
    auto *barLayout = new QHBoxLayout(m_macBar);
    barLayout->setContentsMargins(6, 4, 6, 4);
    m_macLabel = new QLabel(m_macBar);
    m_macLabel->setObjectName(QStringLiteral("switchMacText"));
    m_macLabel->setWordWrap(true);
    m_macLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeButton = new QPushButton(tr("&Store in Inventory"), m_macBar);
    m_storeButton->setObjectName(QStringLiteral("storeSwitchMacs"));
    connect(m_storeButton, &QPushButton::clicked, this, &SerialConsoleWindow::storeSwitchMacs);
    auto *close = new QToolButton(m_macBar);
    close->setText(tr("Close"));
    connect(close, &QToolButton::clicked, m_macBar, &QWidget::hide);
    barLayout->addWidget(m_macLabel, 1);
    barLayout->addWidget(m_storeButton);
    barLayout->addWidget(close);
    m_macBar->setVisible(false);
}

void SerialConsoleWindow::createActions()
{
    TerminalWidget *term = m_pane->terminal();

    m_connectAction = new QAction(tr("&Connect"), this);
    m_connectAction->setObjectName(QStringLiteral("actionSerialConnect"));
    connect(m_connectAction, &QAction::triggered, this, &SerialConsoleWindow::connectPort);
    m_disconnectAction = new QAction(tr("&Disconnect"), this);
    m_disconnectAction->setObjectName(QStringLiteral("actionSerialDisconnect"));
    connect(m_disconnectAction, &QAction::triggered, this, &SerialConsoleWindow::disconnectPort);
    m_reconnectAction = new QAction(tr("&Reconnect"), this);
    m_reconnectAction->setObjectName(QStringLiteral("actionSerialReconnect"));
    connect(m_reconnectAction, &QAction::triggered, this, &SerialConsoleWindow::reconnectPort);
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("actionSerialSettings"));
    m_settingsAction->setToolTip(tr("Port, speed, data bits, parity, stop bits, flow control"));
    connect(m_settingsAction, &QAction::triggered, this, &SerialConsoleWindow::showSettingsDialog);
    m_breakAction = new QAction(tr("Send &Break"), this);
    m_breakAction->setObjectName(QStringLiteral("actionSerialBreak"));
    m_breakAction->setToolTip(tr("Hold the line in the break state for 250 ms"));
    connect(m_breakAction, &QAction::triggered, this, &SerialConsoleWindow::sendBreak);
    m_dtrAction = new QAction(tr("D&TR"), this);
    m_dtrAction->setObjectName(QStringLiteral("actionSerialDtr"));
    m_dtrAction->setCheckable(true);
    m_dtrAction->setToolTip(tr("Assert the Data Terminal Ready line"));
    connect(m_dtrAction, &QAction::toggled, this, &SerialConsoleWindow::setDataTerminalReady);
    m_rtsAction = new QAction(tr("&RTS"), this);
    m_rtsAction->setObjectName(QStringLiteral("actionSerialRts"));
    m_rtsAction->setCheckable(true);
    m_rtsAction->setToolTip(tr("Assert the Request To Send line (the port drives it under "
                               "RTS/CTS flow control)"));
    connect(m_rtsAction, &QAction::toggled, this, &SerialConsoleWindow::setRequestToSend);
    m_autoReconnectAction = new QAction(tr("Reconnect &Automatically"), this);
    m_autoReconnectAction->setObjectName(QStringLiteral("actionSerialAutoReconnect"));
    m_autoReconnectAction->setCheckable(true);
    m_autoReconnectAction->setChecked(m_autoReconnect);
    m_autoReconnectAction->setToolTip(
        tr("When the port goes away (adapter unplugged), open it again as soon as it is back"));
    connect(m_autoReconnectAction, &QAction::toggled, this, &SerialConsoleWindow::setAutoReconnect);
    m_logAction = new QAction(tr("&Log to File…"), this);
    m_logAction->setObjectName(QStringLiteral("actionSerialLog"));
    m_logAction->setCheckable(true);
    connect(m_logAction, &QAction::triggered, this, &SerialConsoleWindow::toggleLog);
    m_readMacsAction = new QAction(tr("Read Switch &MACs…"), this);
    m_readMacsAction->setObjectName(QStringLiteral("actionReadSwitchMacs"));
    m_readMacsAction->setToolTip(tr("Run `show system` on the switch and show its MAC with the "
                                    "ONS and CMM MACs derived from it"));
    connect(
        m_readMacsAction, &QAction::triggered, this, &SerialConsoleWindow::askAndReadSwitchMacs);
    auto *closeAction = new QAction(tr("&Close Window"), this);
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);

    auto *copy = new QAction(tr("&Copy"), this);
    showShortcut(copy, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copy, &QAction::triggered, term, &TerminalWidget::copy);
    auto *paste = new QAction(tr("&Paste"), this);
    showShortcut(paste, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(paste, &QAction::triggered, term, &TerminalWidget::paste);
    auto *find = new QAction(tr("&Find…"), this);
    showShortcut(find, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(find, &QAction::triggered, m_pane, &ConsolePane::showFindBar);
    auto *clear = new QAction(tr("Clear &Scrollback"), this);
    clear->setObjectName(QStringLiteral("actionClearScrollback"));
    connect(clear, &QAction::triggered, term, &TerminalWidget::clearScrollback);
    auto *zoomIn = new QAction(tr("Zoom &In"), this);
    showShortcut(zoomIn, QKeySequence(Qt::CTRL | Qt::Key_Plus));
    connect(zoomIn, &QAction::triggered, term, &TerminalWidget::zoomIn);
    auto *zoomOut = new QAction(tr("Zoom &Out"), this);
    showShortcut(zoomOut, QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(zoomOut, &QAction::triggered, term, &TerminalWidget::zoomOut);
    auto *zoomReset = new QAction(tr("&Reset Zoom"), this);
    showShortcut(zoomReset, QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomReset, &QAction::triggered, term, &TerminalWidget::resetZoom);

    QMenu *console = menuBar()->addMenu(tr("&Console"));
    console->addAction(m_connectAction);
    console->addAction(m_disconnectAction);
    console->addAction(m_reconnectAction);
    console->addAction(m_autoReconnectAction);
    console->addSeparator();
    console->addAction(m_settingsAction);
    console->addAction(m_breakAction);
    console->addAction(m_dtrAction);
    console->addAction(m_rtsAction);
    console->addSeparator();
    console->addAction(m_logAction);
    console->addSeparator();
    console->addAction(closeAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(copy);
    edit->addAction(paste);
    edit->addAction(find);
    edit->addSeparator();
    edit->addAction(clear);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(zoomReset);
    QMenu *switchMenu = menuBar()->addMenu(tr("S&witch"));
    switchMenu->addAction(m_readMacsAction);

    QToolBar *toolBar = addToolBar(tr("Serial Console"));
    toolBar->setObjectName(QStringLiteral("serialConsoleToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_connectAction);
    toolBar->addAction(m_disconnectAction);
    toolBar->addAction(m_settingsAction);
    toolBar->addSeparator();
    toolBar->addAction(m_breakAction);
    toolBar->addAction(m_dtrAction);
    toolBar->addAction(m_rtsAction);
    toolBar->addSeparator();
    toolBar->addAction(m_logAction);
    toolBar->addAction(m_readMacsAction);
}

SerialSession *SerialConsoleWindow::session() const
{
    return qobject_cast<SerialSession *>(m_pane->session());
}

TerminalWidget *SerialConsoleWindow::terminal() const
{
    return m_pane->terminal();
}

void SerialConsoleWindow::setContext(const Context &context)
{
    m_context = context;
    updateTitle();
}

// A new session for m_serial; the pane opens it (a local port opens at once).
void SerialConsoleWindow::openSession()
{
    if (m_dialogue)
        m_dialogue->cancel();
    m_dialogue.reset();
    auto serial = std::make_unique<SerialSession>(m_serial);
    serial->setAutoReconnect(m_autoReconnect);
    m_pane->setSession(std::move(serial));
    updateTitle();
    updateState();
}

void SerialConsoleWindow::connectPort()
{
    if (SerialSession *s = session())
        s->open();
}

void SerialConsoleWindow::disconnectPort()
{
    if (m_dialogue)
        m_dialogue->cancel();
    if (SerialSession *s = session())
        s->close();
}

void SerialConsoleWindow::reconnectPort()
{
    if (m_dialogue)
        m_dialogue->cancel();
    if (SerialSession *s = session())
        s->reconnect();
}

void SerialConsoleWindow::applySettings(const SerialSettings &serial)
{
    m_serial = serial;
    remember();
    openSession();
}

void SerialConsoleWindow::setDataTerminalReady(bool on)
{
    m_serial.dataTerminalReady = on;
    if (SerialSession *s = session())
        s->setDataTerminalReady(on);
    const QSignalBlocker blocker(m_dtrAction);
    m_dtrAction->setChecked(on);
    remember();
    updateState();
}

void SerialConsoleWindow::setRequestToSend(bool on)
{
    m_serial.requestToSend = on;
    if (SerialSession *s = session())
        s->setRequestToSend(on);
    const QSignalBlocker blocker(m_rtsAction);
    m_rtsAction->setChecked(on);
    remember();
    updateState();
}

void SerialConsoleWindow::setAutoReconnect(bool on)
{
    m_autoReconnect = on;
    const QSignalBlocker blocker(m_autoReconnectAction);
    m_autoReconnectAction->setChecked(on);
    if (SerialSession *s = session())
        s->setAutoReconnect(on);
    if (m_store)
        m_store->setValue(AutoReconnectKey, on);
}

bool SerialConsoleWindow::sendBreak()
{
    SerialSession *s = session();
    if (s && s->sendBreak()) {
        statusBar()->showMessage(tr("Sent a break to %1").arg(m_serial.portName), 3000);
        return true;
    }
    statusBar()->showMessage(
        tr("%1: cannot send a break: the port is not connected").arg(m_serial.portName), 5000);
    return false;
}

void SerialConsoleWindow::remember()
{
    if (m_store)
        SerialSettingsStore::save(*m_store, m_serial);
}

void SerialConsoleWindow::showSettingsDialog()
{
    auto *dialog = new SerialSettingsDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_serial);
    connect(
        dialog, &QDialog::accepted, this, [this, dialog] { applySettings(dialog->settings()); });
    dialog->open();
}

bool SerialConsoleWindow::startLog(const SessionLog::Settings &settings, QString *error)
{
    QString why;
    const bool ok = m_pane->startLog(settings, &why);
    m_logAction->setChecked(ok);
    if (ok) {
        statusBar()->showMessage(
            tr("Logging to %1").arg(QDir::toNativeSeparators(settings.path)), 5000);
    } else {
        statusBar()->showMessage(why, 10000);
        if (error)
            *error = why;
    }
    return ok;
}

void SerialConsoleWindow::stopLog()
{
    m_pane->stopLog();
    m_logAction->setChecked(false);
}

void SerialConsoleWindow::toggleLog(bool on)
{
    if (!on) {
        stopLog();
        return;
    }
    m_logAction->setChecked(false); // until a file is open
    auto *dialog = new SessionLogDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    SessionLog::Settings suggested;
    suggested.path
        = QDir::home().filePath(QStringLiteral("switch%1-console.log").arg(m_context.position));
    suggested.timestamps = true;
    dialog->setSettings(suggested);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startLog(dialog->settings()); });
    dialog->open();
}

// --- Read Switch MACs --------------------------------------------------------------

bool SerialConsoleWindow::isReadingMacs() const
{
    return m_dialogue && m_dialogue->isRunning();
}

// Whether the terminal's cursor line is a switch CLI prompt: logged in, so no
// password is needed.
bool SerialConsoleWindow::cliPromptShown() const
{
    static const QRegularExpression prompt(QStringLiteral("^Switch(?: \\([\\w-]+\\))? ?[>#] ?$"));
    const TerminalSnapshot screen = m_pane->terminal()->snapshot();
    return prompt.match(screen.rowText(screen.cursor.y())).hasMatch();
}

void SerialConsoleWindow::askAndReadSwitchMacs()
{
    if (isReadingMacs())
        return;
    if (cliPromptShown()) {
        readSwitchMacs(QString(), QByteArray());
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Log In to the Switch Module"));
    auto *user = new QLineEdit(QStringLiteral("admin"), dialog);
    auto *password = new QLineEdit(dialog);
    password->setEchoMode(QLineEdit::Password);
    auto *note = new QLabel(tr("The console does not show a CLI prompt: dxchassis logs in on "
                               "%1 first. The password is used once and not kept.")
                                .arg(m_serial.portName),
        dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Read MACs"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *form = new QFormLayout(dialog);
    form->addRow(note);
    form->addRow(tr("&User:"), user);
    form->addRow(tr("&Password:"), password);
    form->addRow(buttons);
    password->setFocus();
    connect(dialog, &QDialog::accepted, this, [this, user, password] {
        QByteArray secret = password->text().toUtf8();
        password->clear();
        readSwitchMacs(user->text().trimmed(), secret);
        secret.fill('\0');
    });
    dialog->open();
}

void SerialConsoleWindow::readSwitchMacs(const QString &user, const QByteArray &password)
{
    if (isReadingMacs())
        return;
    SerialSession *s = session();
    if (!s || s->state() != ConsoleSession::State::Established) {
        showMacMessage(
            tr("Cannot read the switch's MACs: %1 is not connected.").arg(m_serial.portName), true,
            false);
        Q_EMIT macsRead(false);
        return;
    }
    m_showSystem.reset();
    m_dialogue = std::make_unique<SwitchDialogue>(s);
    m_dialogue->setTimeouts(m_timeouts);
    connect(m_dialogue.get(), &SwitchDialogue::warning, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_dialogue.get(), &SwitchDialogue::finished, this, &SerialConsoleWindow::macsFinished);
    showMacMessage(tr("Reading the switch's MACs (show system)…"), false, false);
    m_dialogue->run(user, password, {QStringLiteral("enable"), QStringLiteral("show system")});
    updateState();
}

void SerialConsoleWindow::macsFinished(bool ok)
{
    updateState();
    if (!ok) {
        showMacMessage(tr("Reading the switch's MACs failed: %1").arg(m_dialogue->errorMessage()),
            true, false);
        Q_EMIT macsRead(false);
        return;
    }
    const ShowSystemParseResult parsed = ShowSystemParser::parse(m_dialogue->steps().at(1).output);
    m_showSystem = parsed;
    if (!parsed.ok) {
        showMacMessage(tr("`show system` did not give the switch's MAC address: %1")
                           .arg(parsed.problems.join(QStringLiteral("; "))),
            true, false);
        Q_EMIT macsRead(false);
        return;
    }
    const ChassisProfile *profile = ChassisProfile::byId(m_context.profileId);
    if (!profile)
        profile = &ChassisProfile::dx1000();
    const MacAddress system = parsed.info.systemMac();
    QString text = tr("Switch module %1: system MAC %2 · ONS MAC %3 · CMM MAC %4 (ONS and CMM "
                      "derived by the %5 rule)")
                       .arg(QString::number(m_context.position), system.toString(),
                           profile->macRule.onsMac(system).toString(),
                           profile->macRule.cmmMac(system).toString(), profile->id);
    if (!parsed.problems.isEmpty())
        text += QLatin1Char('\n')
            + tr("Warnings: %1").arg(parsed.problems.join(QStringLiteral("; ")));
    const bool canStore = !m_context.inventoryPath.isEmpty() && !m_context.enclosure.isEmpty();
    if (!canStore)
        text += QLatin1Char('\n') + tr("No inventory is open, so they cannot be stored.");
    showMacMessage(text, false, canStore);
    Q_EMIT macsRead(true);
}

bool SerialConsoleWindow::storeSwitchMacs()
{
    if (!m_showSystem || !m_showSystem->ok || m_context.inventoryPath.isEmpty()) {
        showMacMessage(
            tr("Nothing to store: read the switch's MACs first, with an inventory open."), true,
            false);
        return false;
    }
    const MacAddress system = m_showSystem->info.systemMac();
    const QString error = SwitchMacStore::store(m_context.inventoryPath,
        SwitchMacRecord {m_context.enclosure, m_context.position, m_serial.portName, system});
    if (!error.isEmpty()) {
        showMacMessage(tr("The MACs were not stored: %1").arg(error), true, true);
        return false;
    }
    const ChassisProfile *profile = ChassisProfile::byId(m_context.profileId);
    if (!profile)
        profile = &ChassisProfile::dx1000();
    showMacMessage(tr("Stored switch module %1's MAC %2 and the CMM MAC %3 in %4 (enclosure %5); "
                      "the previous file was kept as a backup.")
                       .arg(QString::number(m_context.position), system.toString(),
                           profile->macRule.cmmMac(system).toString(),
                           QDir::toNativeSeparators(m_context.inventoryPath), m_context.enclosure),
        false, false);
    Q_EMIT inventoryWritten(m_context.inventoryPath);
    return true;
}

void SerialConsoleWindow::showMacMessage(const QString &text, bool error, bool canStore)
{
    m_macError = error;
    m_macLabel->setText(text);
    QPalette palette = m_macBar->palette();
    palette.setColor(QPalette::Window, error ? QColor(0xf8, 0xd7, 0xda) : QColor(0xd4, 0xed, 0xda));
    palette.setColor(
        QPalette::WindowText, error ? QColor(0x72, 0x1c, 0x24) : QColor(0x15, 0x57, 0x24));
    m_macBar->setPalette(palette);
    m_storeButton->setVisible(canStore);
    m_macBar->setVisible(true);
}

QString SerialConsoleWindow::macMessage() const
{
    return m_macBar->isHidden() ? QString() : m_macLabel->text();
}

// --- title and state ---------------------------------------------------------------

void SerialConsoleWindow::updateTitle()
{
    const QString title = m_context.enclosure.isEmpty()
        ? tr("Switch module %1 — %2").arg(QString::number(m_context.position), m_serial.portName)
        : tr("%1 · switch module %2 — %3")
              .arg(m_context.enclosure, QString::number(m_context.position), m_serial.portName);
    setWindowTitle(title);
}

QString SerialConsoleWindow::stateText() const
{
    return m_stateLabel->text();
}

void SerialConsoleWindow::updateState()
{
    using State = ConsoleSession::State;
    const SerialSession *s = session();
    const State state = s ? s->state() : State::Closed;
    QString text = tr("%1 — %2").arg(ConsoleSession::stateName(state), m_serial.summary());
    if (state == State::Lost && !s->reason().isEmpty())
        text = tr("%1: %2").arg(ConsoleSession::stateName(state), s->reason());
    if (state == State::Lost && m_autoReconnect)
        text += QLatin1Char(' ') + tr("(reconnecting when the port is back)");
    m_stateLabel->setText(text);

    const bool established = state == State::Established;
    m_connectAction->setEnabled(state == State::Closed || state == State::Lost);
    m_disconnectAction->setEnabled(state != State::Closed);
    m_breakAction->setEnabled(established);
    m_readMacsAction->setEnabled(established && !isReadingMacs());
    {
        // Reflect the settings without sending them back to the port.
        const QSignalBlocker dtr(m_dtrAction);
        const QSignalBlocker rts(m_rtsAction);
        m_dtrAction->setChecked(m_serial.dataTerminalReady);
        m_rtsAction->setChecked(m_serial.requestToSend);
    }
    m_rtsAction->setEnabled(m_serial.flowControl != QSerialPort::HardwareControl);
    m_logAction->setChecked(m_pane->isLogging());
}

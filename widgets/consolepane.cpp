// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolepane.h"

#include "terminalwidget.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// SOL has no way to tell the remote side a window size: BIOS, loader and getty
// all assume a VT100's 80 × 24.
constexpr int ConsoleRows = 24;
constexpr int ConsoleColumns = 80;
} // namespace

ConsolePane::ConsolePane(int slotNumber, const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_slotNumber(slotNumber)
    , m_title(title)
{
    setObjectName(QStringLiteral("consolePane%1").arg(slotNumber));
    setFrameShape(QFrame::StyledPanel);
    setLineWidth(2);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 2, 4, 2);
    m_titleLabel = new QLabel(title, this);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("consoleState"));
    m_broadcastBox = new QCheckBox(tr("Include in typing to all"), this);
    m_broadcastBox->setObjectName(QStringLiteral("broadcastTarget"));
    m_broadcastBox->setChecked(true);
    m_broadcastBox->setVisible(false);
    m_broadcastBox->setFocusPolicy(Qt::NoFocus);
    connect(m_broadcastBox, &QCheckBox::toggled, this, &ConsolePane::updateFrame);
    header->addWidget(m_titleLabel);
    header->addWidget(m_stateLabel);
    header->addStretch();
    header->addWidget(m_broadcastBox);

    m_errorBar = new QWidget(this);
    m_errorBar->setObjectName(QStringLiteral("consoleErrorBar"));
    m_errorBar->setAutoFillBackground(true);
    QPalette errorPalette = m_errorBar->palette();
    errorPalette.setColor(QPalette::Window, QColor(0xf8, 0xd7, 0xda));
    errorPalette.setColor(QPalette::WindowText, QColor(0x72, 0x1c, 0x24));
    m_errorBar->setPalette(errorPalette);
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(6, 4, 6, 4);
    m_errorLabel = new QLabel(m_errorBar);
    m_errorLabel->setObjectName(QStringLiteral("consoleError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reconnectButton = new QPushButton(tr("&Reconnect"), m_errorBar);
    m_reconnectButton->setObjectName(QStringLiteral("reconnectButton"));
    connect(m_reconnectButton, &QPushButton::clicked, this,
        [this] { Q_EMIT reconnectRequested(this); });
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(m_reconnectButton);
    m_errorBar->setVisible(false);

    m_terminal = new TerminalWidget(this);
    m_terminal->setGridSize(ConsoleRows, ConsoleColumns);
    connect(m_terminal, &TerminalWidget::sendData, this, &ConsolePane::typed);
    connect(m_terminal, &TerminalWidget::findRequested, this, &ConsolePane::showFindBar);
    setFocusProxy(m_terminal);

    m_findBar = new QWidget(this);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(4, 2, 4, 2);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findText"));
    m_findEdit->setPlaceholderText(tr("Find in scrollback"));
    m_findEdit->setClearButtonEnabled(true);
    auto *previous = new QToolButton(m_findBar);
    previous->setText(tr("Previous"));
    auto *next = new QToolButton(m_findBar);
    next->setText(tr("Next"));
    auto *closeFind = new QToolButton(m_findBar);
    closeFind->setText(tr("Close"));
    m_findStatus = new QLabel(m_findBar);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(closeFind, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        m_terminal->setFocus();
    });
    findLayout->addWidget(new QLabel(tr("Find:"), m_findBar));
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(closeFind);
    m_findBar->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_terminal, 1);
    layout->addWidget(m_findBar);
    updateState();
}

ConsolePane::~ConsolePane()
{
    if (m_session) {
        // Closes the connection before the terminal it feeds goes away.
        disconnect(m_session, nullptr, this, nullptr);
        m_session->close();
    }
}

void ConsolePane::setSession(std::unique_ptr<ConsoleSession> session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session, nullptr, m_terminal, nullptr);
        m_session->close();
        m_session->deleteLater();
    }
    m_session = session.release();
    m_session->setParent(this);
    connect(m_session, &ConsoleSession::bytesReceived, m_terminal, &TerminalWidget::putData);
    connect(m_session, &ConsoleSession::bytesReceived, this, [this](const QByteArray &bytes) {
        if (m_log)
            m_log->write(bytes);
    });
    connect(m_session, &ConsoleSession::stateChanged, this, &ConsolePane::updateState);
    m_session->open();
    updateState();
}

void ConsolePane::updateState()
{
    using State = ConsoleSession::State;
    const State state = m_session ? m_session->state() : State::Closed;
    m_stateLabel->setText(QStringLiteral("— %1").arg(ConsoleSession::stateName(state)));
    const bool lost = state == State::Lost;
    if (lost) {
        m_errorLabel->setText(m_session->reason());
        m_reconnectButton->setText(tr("&Reconnect"));
    } else if (state == State::Closed && m_session) {
        m_errorLabel->setText(tr("The console is closed."));
    }
    m_errorBar->setVisible(lost || (state == State::Closed && m_session));
    Q_EMIT stateChanged(this);
}

bool ConsolePane::startLog(const SessionLog::Settings &settings, QString *error)
{
    auto log = std::make_unique<SessionLog>(settings);
    if (!log->open()) {
        if (error)
            *error = log->errorString();
        return false;
    }
    m_log = std::move(log);
    m_titleLabel->setText(tr("%1 — logging to %2").arg(m_title, settings.path));
    return true;
}

void ConsolePane::stopLog()
{
    m_log.reset();
    m_titleLabel->setText(m_title);
}

QString ConsolePane::errorText() const
{
    return m_errorBar->isHidden() ? QString() : m_errorLabel->text();
}

bool ConsolePane::isBroadcastTarget() const
{
    return m_broadcastBox->isChecked();
}

void ConsolePane::setBroadcastTarget(bool on)
{
    m_broadcastBox->setChecked(on);
}

void ConsolePane::setBroadcastMode(bool on)
{
    m_broadcastMode = on;
    m_broadcastBox->setVisible(on);
    updateFrame();
}

void ConsolePane::updateFrame()
{
    // A target of "type into all" gets a thick orange frame: the operator must
    // see at a glance which consoles the next key press reaches.
    const bool target = m_broadcastMode && isBroadcastTarget();
    setStyleSheet(
        target ? QStringLiteral("ConsolePane { border: 3px solid #e67e00; }") : QString());
}

void ConsolePane::showFindBar()
{
    m_findBar->show();
    if (m_terminal->hasSelection())
        m_findEdit->setText(m_terminal->selectedText().section(QLatin1Char('\n'), 0, 0));
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

void ConsolePane::findNext(bool backwards)
{
    const bool found = m_terminal->find(m_findEdit->text(), backwards);
    m_findStatus->setText(found ? QString() : tr("not found"));
}

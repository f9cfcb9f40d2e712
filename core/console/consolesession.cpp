// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolesession.h"

ConsoleSession::ConsoleSession(QObject *parent)
    : QObject(parent)
{ }

ConsoleSession::~ConsoleSession() = default;

QString ConsoleSession::stateName(State state)
{
    switch (state) {
    case State::Connecting:
        return tr("connecting");
    case State::Established:
        return tr("connected");
    case State::Lost:
        return tr("connection lost");
    case State::Closed:
        return tr("closed");
    }
    return {};
}

void ConsoleSession::reconnect()
{
    close();
    open();
}

void ConsoleSession::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged(state, reason);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspoller.h"

#include "bulkrunner.h"

#include <algorithm>

#include <QTimer>

StatusPoller::StatusPoller(std::shared_ptr<IpmiBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_runner(new BulkRunner(std::move(backend), this))
    , m_timer(new QTimer(this))
{
    m_clock.start();
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &StatusPoller::tick);
    connect(m_runner, &BulkRunner::resultReady, this, &StatusPoller::onResult);
    connect(m_runner, &BulkRunner::finished, this, [this](const QList<BulkResult> &results) {
        const bool stale = m_roundStale;
        m_roundStale = false;
        m_roundIndexes.clear();
        if (!stale)
            emit roundFinished(int(results.size()));
    });
}

StatusPoller::~StatusPoller() = default;

void StatusPoller::setTargets(const QList<IpmiTarget> &targets)
{
    if (m_runner->isRunning()) {
        m_roundStale = true;
        m_runner->cancel();
    }
    m_targets = targets;
    m_entries = QList<Entry>(targets.size());
}

void StatusPoller::setInterval(int ms)
{
    m_timer->setInterval(std::max(100, ms));
}

int StatusPoller::interval() const
{
    return m_timer->interval();
}

void StatusPoller::start()
{
    m_timer->start();
    poll(false);
}

void StatusPoller::stop()
{
    m_timer->stop();
}

bool StatusPoller::isActive() const
{
    return m_timer->isActive();
}

PowerState StatusPoller::powerState(int index) const
{
    return index >= 0 && index < m_entries.size() ? m_entries.at(index).power : PowerState::Unknown;
}

bool StatusPoller::isReachable(int index) const
{
    return index >= 0 && index < m_entries.size() && m_entries.at(index).reachable;
}

void StatusPoller::pollNow()
{
    poll(true);
}

void StatusPoller::tick()
{
    poll(false);
}

void StatusPoller::poll(bool ignoreBackoff)
{
    if (m_runner->isRunning()) {
        ++m_skippedTicks;
        return;
    }
    const qint64 now = m_clock.elapsed();
    QList<IpmiTarget> due;
    m_roundIndexes.clear();
    for (int i = 0; i < m_targets.size(); ++i) {
        if (ignoreBackoff || m_entries.at(i).dueAtMs <= now) {
            due << m_targets.at(i);
            m_roundIndexes << i;
        }
    }
    if (due.isEmpty())
        return;
    BulkOptions options;
    options.fanout = m_fanout;
    options.retries = 0; // the next round is the retry
    m_runner->start(due, BulkOperation::powerStatus(), options);
}

void StatusPoller::onResult(const BulkResult &result)
{
    if (m_roundStale || result.cancelled || result.index < 0
        || result.index >= m_roundIndexes.size())
        return;
    const int index = m_roundIndexes.at(result.index);
    Entry &entry = m_entries[index];
    const qint64 now = m_clock.elapsed();
    if (result.ok) {
        entry.failures = 0;
        entry.dueAtMs = now;
        if (!entry.reachable) {
            entry.reachable = true;
            emit reachabilityChanged(index, true, {});
        }
        if (entry.power != result.power) {
            entry.power = result.power;
            emit powerStateChanged(index, result.power);
        }
        return;
    }
    ++entry.failures;
    // 2, 4, 8 ... intervals, at most maxBackoff.
    const qint64 backoff = std::min<qint64>(
        qint64(interval()) << std::min(entry.failures, 16), std::max(m_maxBackoffMs, interval()));
    entry.dueAtMs = now + backoff;
    if (entry.reachable) {
        entry.reachable = false;
        entry.power = PowerState::Unknown;
        emit reachabilityChanged(index, false, result.error);
        emit powerStateChanged(index, PowerState::Unknown);
    }
}

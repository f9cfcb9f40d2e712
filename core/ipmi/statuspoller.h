// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmierror.h"
#include "ipmitarget.h"
#include "powerstate.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <memory>

class BulkRunner;
class IpmiBackend;
class QTimer;
struct BulkResult;

/// Refreshes the power state of many BMCs in the background.
///
/// Every interval it asks the targets that are due, through a BulkRunner. A
/// round still running when the next tick comes makes the tick skip (rounds never
/// pile up). A BMC that does not answer is asked again after twice the interval,
/// then four times, up to maxBackoff; the first answer makes it due every tick again.
class StatusPoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 5000;
    static constexpr int DefaultMaxBackoffMs = 60000;

    explicit StatusPoller(std::shared_ptr<IpmiBackend> backend, QObject *parent = nullptr);
    ~StatusPoller() override;

    /// Replaces the targets (forgets states and back-off); a running round is dropped.
    void setTargets(const QList<IpmiTarget> &targets);
    QList<IpmiTarget> targets() const { return m_targets; }
    void setInterval(int ms);
    int interval() const;
    void setMaxBackoff(int ms) { m_maxBackoffMs = ms; }
    void setFanout(int fanout) { m_fanout = fanout; }

    void start();
    void stop();
    bool isActive() const;

    PowerState powerState(int index) const;
    bool isReachable(int index) const;
    /// Ticks skipped because the previous round was still running.
    int skippedTicks() const { return m_skippedTicks; }

public Q_SLOTS:
    /// Polls every target now (ignores back-off), unless a round is running.
    void pollNow();

Q_SIGNALS:
    /// The power state of target @p index changed (also the first time it is known).
    void powerStateChanged(int index, PowerState state);
    /// Target @p index stopped answering (@p error says why) or answers again.
    void reachabilityChanged(int index, bool reachable, const IpmiError &error);
    /// One round ended: @p polled targets were asked.
    void roundFinished(int polled);

private:
    struct Entry
    {
        PowerState power = PowerState::Unknown;
        bool reachable = true;
        int failures = 0;
        qint64 dueAtMs = 0; ///< on m_clock
    };

    void tick();
    void poll(bool ignoreBackoff);
    void onResult(const BulkResult &result);

    std::shared_ptr<IpmiBackend> m_backend;
    BulkRunner *m_runner = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    QList<IpmiTarget> m_targets;
    QList<Entry> m_entries;
    QList<int> m_roundIndexes; ///< round position -> target index
    bool m_roundStale = false;
    int m_maxBackoffMs = DefaultMaxBackoffMs;
    int m_fanout = 8;
    int m_skippedTicks = 0;
};

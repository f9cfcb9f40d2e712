// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bulkoperation.h"
#include "bulkoptions.h"
#include "bulkresult.h"
#include "ipmitarget.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

class IpmiBackend;
class QTimer;

/// Runs one BulkOperation over many targets on a private thread pool.
///
/// At most `fanout` requests are in flight; each target gets its timeout and
/// retries; power-on can be staggered. Results arrive on the runner's thread as
/// signals, one per target, in completion order; finished() hands them all over
/// sorted by target index. cancel() stops targets not yet sent (they report
/// `cancelled`); requests already on the wire finish within their timeout.
/// A runner runs one operation at a time; destroying it cancels and waits.
class BulkRunner : public QObject
{
    Q_OBJECT

public:
    explicit BulkRunner(std::shared_ptr<IpmiBackend> backend, QObject *parent = nullptr);
    ~BulkRunner() override;

    /// Starts @p operation on @p targets. False (and nothing starts) while another
    /// operation is running.
    bool start(const QList<IpmiTarget> &targets, const BulkOperation &operation,
        const BulkOptions &options = {});
    bool isRunning() const { return m_running; }
    int total() const { return int(m_results.size()); }
    int done() const { return m_done; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void started(int total);
    void resultReady(const BulkResult &result);
    void progress(int done, int total);
    void finished(const QList<BulkResult> &results);

private:
    void submitNext(int count);
    void submit(int index);
    void onResult(const BulkResult &result);

    std::shared_ptr<IpmiBackend> m_backend;
    QThreadPool m_pool;
    QTimer *m_staggerTimer = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QList<IpmiTarget> m_targets;
    BulkOperation m_operation;
    BulkOptions m_options;
    QList<BulkResult> m_results;
    int m_submitted = 0;
    int m_done = 0;
    bool m_running = false;
};

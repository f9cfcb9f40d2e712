// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkrunner.h"

#include "ipmibackend.h"

#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>
#include <QTimer>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BulkRunner)
};

bool retryable(IpmiError::Kind kind)
{
    return kind == IpmiError::Kind::Unreachable || kind == IpmiError::Kind::BmcBusy;
}

/// One target, on a worker thread: the request and its retries. Touches nothing
/// but its copies and the cancellation flag.
BulkResult runOne(IpmiBackend &backend, const IpmiTarget &target, const BulkOperation &operation,
    int retries, const std::atomic<bool> &cancelled, int index)
{
    BulkResult result;
    result.index = index;
    result.label = target.label;
    QElapsedTimer timer;
    timer.start();
    const int attempts = 1 + (operation.idempotent ? std::max(0, retries) : 0);
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (cancelled) {
            if (attempt == 0) {
                result.cancelled = true;
                result.error = IpmiError::make(IpmiError::Kind::Other, target,
                    Tr::tr("cancelled before the request was sent"));
            }
            break;
        }
        result.attempts = attempt + 1;
        const IpmiResult<BulkOperation::Value> value = operation.run(backend, target);
        if (value) {
            result.ok = true;
            result.text = value->text;
            result.power = value->power;
            result.error = {};
            break;
        }
        result.error = value.error();
        if (!retryable(value.error().kind))
            break;
    }
    result.elapsedMs = timer.elapsed();
    return result;
}
} // namespace

BulkRunner::BulkRunner(std::shared_ptr<IpmiBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_staggerTimer(new QTimer(this))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<BulkResult>();
    // A coarse timer may fire 5 % early: the power units' inrush wants the full interval.
    m_staggerTimer->setTimerType(Qt::PreciseTimer);
    connect(m_staggerTimer, &QTimer::timeout, this,
        [this] { submitNext(std::max(1, m_options.staggerCount)); });
}

BulkRunner::~BulkRunner()
{
    *m_cancelled = true;
    m_staggerTimer->stop();
    // Workers only post to this object; once they are done, destroying it drops
    // whatever they posted.
    m_pool.waitForDone();
}

bool BulkRunner::start(
    const QList<IpmiTarget> &targets, const BulkOperation &operation, const BulkOptions &options)
{
    if (m_running)
        return false;
    m_targets = targets;
    m_operation = operation;
    m_options = options;
    if (m_options.timeoutMs) {
        for (IpmiTarget &target : m_targets)
            target.settings.timeoutMs = *m_options.timeoutMs;
    }
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_results = QList<BulkResult>(m_targets.size());
    m_submitted = 0;
    m_done = 0;
    m_running = true;
    m_pool.setMaxThreadCount(std::max(1, m_options.fanout));
    // Idle workers linger briefly so a poll every few seconds reuses them.
    m_pool.setExpiryTimeout(10000);

    emit started(int(m_targets.size()));
    if (m_targets.isEmpty()) {
        m_running = false;
        emit finished(m_results);
        return true;
    }
    const bool stagger = m_operation.powersOn && m_options.staggerCount > 0;
    if (stagger) {
        submitNext(m_options.staggerCount);
        if (m_submitted < m_targets.size())
            m_staggerTimer->start(std::max(1, m_options.staggerIntervalMs));
    } else {
        submitNext(int(m_targets.size()));
    }
    return true;
}

void BulkRunner::cancel()
{
    if (!m_running)
        return;
    *m_cancelled = true;
    m_staggerTimer->stop();
    // Targets never handed to the pool report at once.
    while (m_submitted < m_targets.size()) {
        const int index = m_submitted++;
        BulkResult result;
        result.index = index;
        result.label = m_targets.at(index).label;
        result.cancelled = true;
        result.error = IpmiError::make(IpmiError::Kind::Other, m_targets.at(index),
            tr("cancelled before the request was sent"));
        onResult(result);
    }
}

void BulkRunner::submitNext(int count)
{
    for (int i = 0; i < count && m_submitted < m_targets.size(); ++i)
        submit(m_submitted++);
    if (m_submitted >= m_targets.size())
        m_staggerTimer->stop();
}

void BulkRunner::submit(int index)
{
    // Copies only: the worker never touches the runner.
    const IpmiTarget target = m_targets.at(index);
    const BulkOperation operation = m_operation;
    const std::shared_ptr<IpmiBackend> backend = m_backend;
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    const int retries = m_options.retries;
    BulkRunner *self = this;
    m_pool.start([=] {
        const BulkResult result = runOne(*backend, target, operation, retries, *cancelled, index);
        // Queued to the runner's thread; the runner outlives its workers (see the destructor).
        QMetaObject::invokeMethod(
            self, [self, result] { self->onResult(result); }, Qt::QueuedConnection);
    });
}

void BulkRunner::onResult(const BulkResult &result)
{
    if (!m_running || result.index < 0 || result.index >= m_results.size())
        return;
    m_results[result.index] = result;
    ++m_done;
    emit resultReady(result);
    emit progress(m_done, int(m_results.size()));
    if (m_done == m_results.size()) {
        m_running = false;
        emit finished(m_results);
    }
}

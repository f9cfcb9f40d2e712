// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationsettings.h"

#include <algorithm>

#include <QSettings>

namespace {
const auto FanoutKey = QStringLiteral("operations/fanout");
const auto TimeoutKey = QStringLiteral("operations/timeoutMs");
const auto ConfirmKey = QStringLiteral("operations/confirmThreshold");
const auto PollKey = QStringLiteral("operations/pollIntervalMs");
} // namespace

OperationSettings OperationSettings::load(const QSettings &settings)
{
    // Values out of range (a hand-edited file) fall back into range, never to surprises.
    OperationSettings s;
    s.fanout = std::clamp(settings.value(FanoutKey, s.fanout).toInt(), 1, 1024);
    s.timeoutMs = std::clamp(settings.value(TimeoutKey, s.timeoutMs).toInt(), 0, 600000);
    s.confirmThreshold
        = std::clamp(settings.value(ConfirmKey, s.confirmThreshold).toInt(), 1, 100000);
    s.pollIntervalMs = std::clamp(settings.value(PollKey, s.pollIntervalMs).toInt(), 0, 3600000);
    return s;
}

void OperationSettings::save(QSettings &settings) const
{
    settings.setValue(FanoutKey, fanout);
    settings.setValue(TimeoutKey, timeoutMs);
    settings.setValue(ConfirmKey, confirmThreshold);
    settings.setValue(PollKey, pollIntervalMs);
}

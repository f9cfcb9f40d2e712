// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

/// How a BulkRunner spreads one operation over its targets.
struct BulkOptions
{
    /// Measured on the lab (46 ipmi_sim BMCs sharing 2 CPUs, `dxctl power status all`,
    /// 7 runs each): fanout 1: 1.4-1.8 s, 4: 0.6-0.75 s, 8: 0.46-0.61 s (median 0.48),
    /// 16: 0.49-0.53 s, 46: 0.54-0.60 s. Real BMCs are separate hardware and gain
    /// from more; raise it per run (`--fanout`) when many BMCs are dead, since each
    /// dead one holds a worker for its whole timeout.
    static constexpr int DefaultFanout = 8;

    int fanout = DefaultFanout; ///< requests in flight at once (1 or more)
    /// Overrides every target's own timeout when set (milliseconds).
    std::optional<int> timeoutMs;
    /// Extra attempts after a timeout or a busy BMC (only for idempotent operations).
    /// 0 by default: FreeIPMI already retransmits within the timeout, and a dead BMC
    /// should cost one timeout, not several.
    int retries = 0;
    /// Power-on stagger: at most `staggerCount` modules started per `staggerIntervalMs`
    /// (0 = no stagger), so the inrush stays within the enclosure's power units.
    int staggerCount = 0;
    int staggerIntervalMs = 1000;
};

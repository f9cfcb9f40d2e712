// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// What Chassis Identify (IPMI 2.0, 28.5) asks of the identify LED.
struct IdentifyRequest
{
    enum class Mode {
        Timed, ///< blink for `seconds` (1-255), then go off by itself
        ForceOn, ///< blink until told otherwise
        Off, ///< stop blinking now
    };

    Mode mode = Mode::Timed;
    int seconds = 15; ///< used with Mode::Timed; the IPMI default is 15

    static IdentifyRequest timed(int seconds) { return {Mode::Timed, seconds}; }
    static IdentifyRequest forceOn() { return {Mode::ForceOn, 0}; }
    static IdentifyRequest off() { return {Mode::Off, 0}; }

    friend bool operator==(const IdentifyRequest &, const IdentifyRequest &) = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmierror.h"

#include <QtGlobal>

#include <optional>
#include <utility>

/// The outcome of one IPMI request: a value, or the IpmiError saying why not.
///
/// Both constructors are implicit so a backend can `return PowerState::On;` or
/// `return IpmiError::make(...);`. value() may only be read when ok().
template<typename T>
class IpmiResult
{
public:
    IpmiResult(T value)
        : m_value(std::move(value))
    { }
    IpmiResult(IpmiError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    /// The value, or @p fallback when the request failed.
    T valueOr(T fallback) const { return ok() ? *m_value : std::move(fallback); }

    /// Meaningful only when !ok().
    const IpmiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    IpmiError m_error;
};

/// A request that returns nothing but success or an error (chassis control).
template<>
class IpmiResult<void>
{
public:
    IpmiResult() = default; ///< success
    IpmiResult(IpmiError error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const IpmiError &error() const { return m_error; }

private:
    IpmiError m_error;
    bool m_failed = false;
};

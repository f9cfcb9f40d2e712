// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

/// Where dxctl gets a password from, in the order an operator expects from
/// ipmitool: a file only its owner can read, an environment variable (with
/// -E), or a prompt on the terminal that does not echo. Never the command line.
struct PasswordSource
{
    QString file;               ///< --password-file; empty: not given
    bool fromEnvironment = false; ///< -E
    QString environmentVariable;  ///< e.g. IPMI_PASSWORD
    QString prompt;             ///< shown before reading from the terminal

    /// Reads the password. On failure returns nullopt and sets @p error to a
    /// message naming the source. @p prompter replaces the terminal prompt in tests.
    std::optional<QByteArray> read(QString *error,
        const std::function<std::optional<QByteArray>(const QString &prompt)> &prompter = {}) const;

    /// Reads one line from the controlling terminal (/dev/tty) without echo; nullopt
    /// when there is no terminal.
    static std::optional<QByteArray> promptWithoutEcho(const QString &prompt);
};

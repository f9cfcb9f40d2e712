// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QTextStream;

/// `dxctl switch …`: the switch module's serial console from the shell.
///
///     dxctl switch run SCRIPT --port PATH [--baud N] [--user U] [--password-file F | -E]
///     dxctl switch show-system --port PATH [...] [--inventory FILE --enclosure NAME]
///
/// `run` logs in, types the script's lines one at a time (blank lines and
/// `#` comments skipped), prints the transcript and exits 1 naming the
/// script line that failed. `show-system` prints the parsed fields and the ONS
/// and CMM MACs derived by the chassis profile's rule, and with --inventory
/// stores them there.
class SwitchCommands
{
    Q_DECLARE_TR_FUNCTIONS(SwitchCommands)

public:
    SwitchCommands(QTextStream &out, QTextStream &err);

    /// True when @p arguments (program name first) are a `switch` command.
    static bool handles(const QStringList &arguments);
    int run(const QStringList &arguments);
    static QString help();

    /// Tests give the password the prompt would have read.
    void setPromptAnswer(std::optional<QByteArray> answer) { m_promptAnswer = std::move(answer); }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::optional<QByteArray> m_promptAnswer;
};

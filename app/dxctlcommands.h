// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

struct Enclosure;

/// The commands of `dxctl`, the command-line companion of dxchassis. Kept out
/// of main() so they write to any stream and can be driven from a test.
///
///     dxctl inventory show [--inventory FILE]
///     dxctl inventory validate [FILE]
///
/// Exit codes: 0 success, 1 the operation failed (e.g. an invalid inventory),
/// 2 wrong usage.
class DxctlCommands
{
    Q_DECLARE_TR_FUNCTIONS(DxctlCommands)

public:
    DxctlCommands(QTextStream &out, QTextStream &err);

    /// Runs the command in @p arguments (arguments.at(0) is the program name).
    int run(const QStringList &arguments);

    /// `dxctl --version`: dxctl's version and those of Qt and FreeIPMI.
    static QString versionText();
    /// Columns of terminal cells @p text takes (East Asian wide characters take two).
    static int displayWidth(const QString &text);

private:
    int inventoryCommand(const QStringList &arguments);
    int showInventory(const QStringList &arguments);
    int validateInventory(const QStringList &arguments);
    void printEnclosure(const Enclosure &enclosure);
    QString commandsHelp() const;
    QString defaultInventory() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

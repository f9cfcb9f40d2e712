// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

/// The options and environment variables that several dxctl commands take, declared
/// once so that every command spells, describes and translates them alike.
class DxctlOptions
{
    Q_DECLARE_TR_FUNCTIONS(DxctlOptions)

public:
    /// The inventory file when a command is given no --inventory.
    static inline const QString InventoryEnv = QStringLiteral("DXCHASSIS_INVENTORY");
    /// The BMC password with -E (the variable ipmitool reads with -E).
    static inline const QString IpmiPasswordEnv = QStringLiteral("IPMI_PASSWORD");

    /// -h, --help
    static QCommandLineOption help();
    /// -i, --inventory FILE
    static QCommandLineOption inventory();
    /// --password-file FILE
    static QCommandLineOption passwordFile();
    /// -E: the password from the environment variable @p variable
    static QCommandLineOption passwordFromEnvironment(const QString &variable);
    /// --lang LANG (TranslationInstaller reads it before any parser runs)
    static QCommandLineOption lang();
};

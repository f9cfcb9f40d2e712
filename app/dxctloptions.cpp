// SPDX-License-Identifier: GPL-3.0-or-later
#include "dxctloptions.h"

QCommandLineOption DxctlOptions::help()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
}

QCommandLineOption DxctlOptions::inventory()
{
    return QCommandLineOption({QStringLiteral("i"), QStringLiteral("inventory")},
        tr("The inventory file (default: $%1).").arg(InventoryEnv), tr("FILE"));
}

QCommandLineOption DxctlOptions::passwordFile()
{
    return QCommandLineOption(QStringLiteral("password-file"),
        tr("Read the password from FILE (only its owner may read it)."), tr("FILE"));
}

QCommandLineOption DxctlOptions::passwordFromEnvironment(const QString &variable)
{
    return QCommandLineOption(QStringLiteral("E"), tr("Read the password from $%1.").arg(variable));
}

QCommandLineOption DxctlOptions::lang()
{
    return QCommandLineOption(QStringLiteral("lang"),
        tr("Use the language LANG (e.g. ja or en) instead of the system's."), tr("LANG"));
}

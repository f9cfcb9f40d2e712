// SPDX-License-Identifier: GPL-3.0-or-later
// dxctl: the command-line companion. QtCore only; the commands are in DxctlCommands.

#include <QCoreApplication>
#include <QTextStream>

#include "dxctlcommands.h"
#include "translationinstaller.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dxchassis"));
    QCoreApplication::setApplicationName(QStringLiteral("dxctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DXCHASSIS_VERSION));
    TranslationInstaller::install(&app,
        TranslationInstaller::uiLanguages(TranslationInstaller::languageArgument(app.arguments())));

    QTextStream out(stdout);
    QTextStream err(stderr);
    DxctlCommands commands(out, err);
    const int status = commands.run(app.arguments());
    out.flush();
    err.flush();
    return status;
}

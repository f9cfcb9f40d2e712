// SPDX-License-Identifier: GPL-3.0-or-later
// dxchassis: the GUI. Wiring only: command line, translations, the main window.

#include <cstdio>
#include <optional>

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QHash>
#include <QIcon>
#include <QPixmap>
#include <QTimer>

#include "chassismodel.h"
#include "ipmi/freeipmibackend.h"
#include "mainwindow.h"
#include "powerrefresh.h"
#include "translationinstaller.h"

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "dxchassis: %s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dxchassis"));
    QApplication::setApplicationName(QStringLiteral("dxchassis"));
    QApplication::setApplicationVersion(QStringLiteral(DXCHASSIS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.dxchassis"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dxchassis.svg")));

    TranslationInstaller::install(&app,
        TranslationInstaller::uiLanguages(TranslationInstaller::languageArgument(app.arguments())));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Operate NEC DX1000 micro-module server chassis over IPMI."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption inventoryOption({QStringLiteral("i"), QStringLiteral("inventory")},
        QCoreApplication::translate(
            "main", "Open the inventory FILE (default: $DXCHASSIS_INVENTORY)."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save a PNG picture of the main window to FILE once it has loaded, then quit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("main",
            "Use the user interface language LANG (e.g. ja or en) instead of the system's."),
        QCoreApplication::translate("main", "LANG"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QCoreApplication::translate(
            "main", "Show VIEW first: front, rear, rack or table (default: the last one used)."),
        QCoreApplication::translate("main", "VIEW"));
    parser.addOption(inventoryOption);
    parser.addOption(screenshotOption);
    parser.addOption(viewOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("inventory"),
        QCoreApplication::translate("main", "Inventory file to open."),
        QStringLiteral("[inventory]"));
    parser.process(app);

    QString inventory = parser.value(inventoryOption);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printError(QCoreApplication::translate("main", "only one inventory file can be opened"));
        return 2;
    }
    if (!positional.isEmpty()) {
        if (!inventory.isEmpty()) {
            printError(QCoreApplication::translate(
                "main", "give the inventory either with --inventory or as an argument, not both"));
            return 2;
        }
        inventory = positional.constFirst();
    }
    if (inventory.isEmpty())
        inventory = qEnvironmentVariable("DXCHASSIS_INVENTORY");

    std::optional<MainWindow::CentralView> view;
    if (parser.isSet(viewOption)) {
        static const QHash<QString, MainWindow::CentralView> views {
            {QStringLiteral("front"), MainWindow::CentralView::Front},
            {QStringLiteral("rear"), MainWindow::CentralView::Rear},
            {QStringLiteral("rack"), MainWindow::CentralView::Rack},
            {QStringLiteral("table"), MainWindow::CentralView::Table},
        };
        const QString name = parser.value(viewOption).toLower();
        if (!views.contains(name)) {
            printError(QCoreApplication::translate(
                "main", "--view: '%1' is not a view; use front, rear, rack or table")
                           .arg(parser.value(viewOption)));
            return 2;
        }
        view = views.value(name);
    }

    const QString screenshot = parser.value(screenshotOption);
    // A screenshot must not depend on, nor change, the operator's saved layout.
    MainWindow window(screenshot.isEmpty() ? MainWindow::SettingsMode::Persistent
                                           : MainWindow::SettingsMode::Ephemeral);
    const bool loaded = inventory.isEmpty() || window.openInventory(inventory);
    if (view)
        window.setCentralView(*view);
    window.show();

    if (!screenshot.isEmpty()) {
        // Give the window a moment to be laid out and polished before grabbing it.
        auto grab = [&window, &app, screenshot, loaded, inventory] {
            const QPixmap picture = window.grab();
            if (!picture.save(screenshot, "PNG")) {
                printError(QCoreApplication::translate("main", "cannot write the screenshot %1")
                               .arg(QDir::toNativeSeparators(screenshot)));
                app.exit(1);
                return;
            }
            if (!loaded) {
                printError(QCoreApplication::translate("main", "could not open the inventory %1")
                               .arg(QDir::toNativeSeparators(inventory)));
                app.exit(1);
                return;
            }
            app.exit(0);
        };
        // The power LEDs as they are now, when the BMCs' password is at hand without
        // a prompt (the lab's freeipmi.conf next to its inventory); otherwise they
        // show "unknown" and the reason is printed.
        auto *refresh
            = new PowerRefresh(window.chassisModel(), std::make_shared<FreeIpmiBackend>(), &window);
        bool refreshing = false;
        if (loaded && window.chassisModel()->hasEnclosure()) {
            const Enclosure &enclosure = window.chassisModel()->enclosure();
            QString why;
            const std::optional<QByteArray> password = PowerRefresh::passwordFromFreeIpmiConfig(
                PowerRefresh::configBesideInventory(inventory), enclosure.ipmi.user, &why);
            if (password)
                refreshing = refresh->start(*password);
            else
                printError(QCoreApplication::translate(
                    "main", "power states not refreshed (shown as unknown): %1")
                               .arg(why));
        }
        if (refreshing) {
            QObject::connect(
                refresh, &PowerRefresh::finished, &window, [grab](int answered, int failed) {
                    std::fprintf(stderr, "%s\n",
                        qUtf8Printable(QCoreApplication::translate(
                            "main", "dxchassis: power states refreshed: %1 answered, %2 did not")
                                           .arg(answered)
                                           .arg(failed)));
                    QTimer::singleShot(300, grab);
                });
        } else {
            QTimer::singleShot(300, &window, grab);
        }
    }
    return QApplication::exec();
}

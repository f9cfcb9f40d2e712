// SPDX-License-Identifier: GPL-3.0-or-later
#include "chassisactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QToolButton>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChassisActions)
};

QAction *makeAction(QObject *parent, const char *objectName, const QString &text)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(objectName));
    action->setEnabled(false); // PowerController enables them with a selection
    return action;
}
} // namespace

ChassisActions ChassisActions::create(QWidget *window, QAction *pxeBoot, QAction *identify)
{
    ChassisActions a;

    a.nextBootMenu = new QMenu(Tr::tr("Next &Boot"), window);
    a.nextBootMenu->setObjectName(QStringLiteral("menuNextBoot"));
    a.nextBootMenu->setIcon(pxeBoot->icon());
    a.nextBootMenu->setToolTipsVisible(true);
    pxeBoot->setToolTip(Tr::tr("Boot the selected modules from the network (PXE) next time"));
    a.nextBootMenu->addAction(pxeBoot);
    a.nextBootMenu->addAction(makeAction(window, "actionBootDisk", Tr::tr("&Disk")));
    a.nextBootMenu->addAction(makeAction(window, "actionBootBios", Tr::tr("BIOS &Setup")));
    a.nextBootMenu->addAction(
        makeAction(window, "actionBootNone", Tr::tr("&No Override (BIOS Order)")));
    a.nextBootMenu->addSeparator();
    a.bootPersistent = new QAction(Tr::tr("P&ersistent (Every Boot)"), window);
    a.bootPersistent->setObjectName(QStringLiteral("actionBootPersistent"));
    a.bootPersistent->setCheckable(true);
    a.bootPersistent->setChecked(false);
    a.bootPersistent->setToolTip(
        Tr::tr("Keep the boot device for every boot; unchecked, it applies to the next boot only"));
    a.nextBootMenu->addAction(a.bootPersistent);

    a.identifyMenu = new QMenu(Tr::tr("&Identify"), window);
    a.identifyMenu->setObjectName(QStringLiteral("menuIdentify"));
    a.identifyMenu->setIcon(identify->icon());
    a.identifyMenu->addAction(identify);
    a.identifyMenu->addAction(
        makeAction(window, "actionIdentifySeconds", Tr::tr("For &N Seconds…")));
    a.identifyMenu->addAction(
        makeAction(window, "actionIdentifyOn", Tr::tr("&On (Until Turned Off)")));
    a.identifyMenu->addAction(makeAction(window, "actionIdentifyOff", Tr::tr("O&ff")));

    a.acknowledgeFailures
        = makeAction(window, "actionAcknowledgeFailures", Tr::tr("&Acknowledge Failures"));
    a.acknowledgeFailures->setToolTip(
        Tr::tr("Clear the error mark of the selected modules that failed"));
    a.acknowledgeFailures->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    a.acknowledgeAllFailures
        = makeAction(window, "actionAcknowledgeAllFailures", Tr::tr("Acknowledge All F&ailures"));
    a.discoverMacs = makeAction(window, "actionDiscoverMacs", Tr::tr("Discover &MACs…"));
    a.discoverMacs->setToolTip(Tr::tr("Read the BMC MAC of the selected modules over IPMI and "
                                      "update the inventory"));
    a.rawCommand = makeAction(window, "actionRawCommand", Tr::tr("Ra&w IPMI Command…"));
    a.operationSettings
        = makeAction(window, "actionOperationSettings", Tr::tr("Operation Se&ttings…"));
    a.operationSettings->setEnabled(true);
    a.operationSettings->setMenuRole(QAction::PreferencesRole);
    return a;
}

QToolButton *ChassisActions::dropDownButton(QWidget *parent, QMenu *menu, QAction *defaultAction)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(menu->objectName() + QStringLiteral("Button"));
    button->setDefaultAction(defaultAction);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

QList<QAction *> ChassisActions::contextActions() const
{
    return {nextBootMenu->menuAction(), identifyMenu->menuAction(), nullptr, acknowledgeFailures};
}

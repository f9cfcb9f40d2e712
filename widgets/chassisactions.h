// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QAction;
class QMenu;
class QToolButton;
class QWidget;

/// The chassis actions beyond power and console, made in one place so that the
/// Chassis menu, the toolbar and the context menus share them: the Next Boot and
/// Identify submenus, acknowledging failures, Discover MACs, the raw-command
/// dialog and the operation settings. MainWindow places them; PowerController
/// gives them their work, finding them by object name like the power actions.
struct ChassisActions
{
    QMenu *nextBootMenu
        = nullptr; ///< "menuNextBoot": PXE, Disk, BIOS Setup, No Override, Persistent
    QMenu *identifyMenu = nullptr; ///< "menuIdentify": 15 s, N seconds…, On, Off
    QAction *bootPersistent = nullptr; ///< checkable; off: the device is used once
    QAction *acknowledgeFailures = nullptr; ///< of the selected slots
    QAction *acknowledgeAllFailures = nullptr;
    QAction *discoverMacs = nullptr;
    QAction *rawCommand = nullptr;
    QAction *operationSettings = nullptr;

    /// Creates them on @p window. @p pxeBoot and @p identify are the window's own
    /// one-click actions: they become the first entries of their submenus (PXE once,
    /// identify for 15 seconds) and the click part of the toolbar buttons.
    static ChassisActions create(QWidget *window, QAction *pxeBoot, QAction *identify);

    /// A toolbar button whose click runs @p defaultAction and whose arrow opens @p menu.
    static QToolButton *dropDownButton(QWidget *parent, QMenu *menu, QAction *defaultAction);

    /// For context menus: the two submenus, a separator (nullptr) and Acknowledge Failures.
    QList<QAction *> contextActions() const;
};

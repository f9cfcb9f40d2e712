// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QMainWindow>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "chassis/inventory.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QMessageBox;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolBar;

class ChassisModel;
class ConsoleWindow;
class FrontPanelView;
class LogModel;

/// The operator's main window: menus, toolbar, the slot map of the selected
/// enclosure (a table for now; the front-panel view joins it in issue 3), the
/// operations log dock and a status bar.
///
/// Opening an inventory only reads the file: on failure the error is shown and
/// logged, and the inventory already open stays.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Ephemeral: neither reads nor writes QSettings (tests, --screenshot).
    enum class SettingsMode { Persistent, Ephemeral };

    explicit MainWindow(
        SettingsMode settingsMode = SettingsMode::Persistent, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Reads the inventory at @p path and shows it. On failure shows the error
    /// (window-modal, non-blocking), logs it and keeps the current inventory.
    bool openInventory(const QString &path);
    /// Reads the current inventory file again; false if there is none or it fails.
    bool reloadInventory();

    QString inventoryPath() const { return m_inventoryPath; }
    /// The inventory shown, or nullptr before one was opened.
    const Inventory *inventory() const { return m_inventory ? &*m_inventory : nullptr; }
    QString currentEnclosureName() const;
    bool selectEnclosure(const QString &name);
    QStringList recentFiles() const { return m_recentFiles; }

    ChassisModel *chassisModel() const { return m_chassisModel; }
    LogModel *logModel() const { return m_logModel; }
    QTableView *slotView() const { return m_slotView; }
    /// The enclosure's front panel; shares slotView()'s model and selection.
    FrontPanelView *frontPanelView() const { return m_frontPanel; }
    /// Slot numbers (1-based, ascending) of the selected modules of the current enclosure.
    QList<int> selectedSlots() const;
    /// The Serial-over-LAN console window, created on first use; its slot
    /// openConsoles(QList<int>) opens consoles of the current enclosure's slots.
    ConsoleWindow *consoleWindow();

    /// Zoom of the slot view in percent (100 = the application font).
    int zoom() const { return m_zoom; }
    void setZoom(int percent);

public Q_SLOTS:
    void showAboutDialog();

Q_SIGNALS:
    /// The selection of slots changed; read it with selectedSlots().
    void selectedSlotsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createLogDock();
    void createStatusBar();

    void restoreSettings();
    void saveSettings() const;

    void chooseInventory();
    bool loadInventory(const QString &path, bool reload);
    void showLoadError(const QString &path, const QString &message);
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void showEnclosure(int index);
    void resizeSlotColumns();
    void updateEnclosureHeader();
    void updateStatusBar();
    void updateSelectionStatus();
    void updateZoomActions();
    void exportLog();
    void openPxeWizard();
    void openSwitchWizard();

    SettingsMode m_settingsMode;
    std::optional<Inventory> m_inventory;
    QString m_inventoryPath;
    int m_enclosureIndex = -1;
    QStringList m_recentFiles;
    QString m_lastDirectory;
    int m_zoom = 100;
    qreal m_baseFontPointSize = 0;

    ChassisModel *m_chassisModel = nullptr;
    LogModel *m_logModel = nullptr;
    QSortFilterProxyModel *m_slotProxy = nullptr;
    QSortFilterProxyModel *m_logProxy = nullptr;

    // File
    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    // View
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    // Chassis: created disabled; issues 4 and 5 give them their work.
    QAction *m_powerOnAction = nullptr;
    QAction *m_powerOffAction = nullptr;
    QAction *m_powerCycleAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_softShutdownAction = nullptr;
    QAction *m_pxeBootAction = nullptr;
    QAction *m_identifyAction = nullptr;
    QAction *m_consoleAction = nullptr;
    ConsoleWindow *m_consoleWindow = nullptr;
    // Tools
    QAction *m_pxeWizardAction = nullptr;
    QAction *m_switchConsoleAction = nullptr;
    QAction *m_switchConfigAction = nullptr;
    // Help
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_centralStack = nullptr;
    QComboBox *m_enclosureCombo = nullptr;
    QLabel *m_enclosureName = nullptr;
    QLabel *m_enclosureDetails = nullptr;
    QLineEdit *m_slotFilter = nullptr;
    QTableView *m_slotView = nullptr;
    FrontPanelView *m_frontPanel = nullptr;
    QLineEdit *m_logFilter = nullptr;
    QTableView *m_logView = nullptr;

    QLabel *m_fileStatus = nullptr;
    QLabel *m_enclosureStatus = nullptr;
    QLabel *m_slotStatus = nullptr;
    QLabel *m_selectionStatus = nullptr;

    QPointer<QMessageBox> m_errorBox;
};

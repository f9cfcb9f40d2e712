// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "chassis/inventory.h"

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QMessageBox;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolBar;

struct ChassisActions;
class ChassisModel;
class ConsoleWindow;
class FrontPanelView;
class LogModel;
class PasswordPrompt;
class RackLink;
class RackModel;
class RackView;
class RearPanelView;
class SerialConsoleWindow;
struct SerialSettings;

/// The operator's main window: menus, toolbar, the selected enclosure shown as
/// its front panel, its rear, the whole rack or a table (one selection across
/// them), the operations log dock and a status bar.
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
    SettingsMode settingsMode() const { return m_settingsMode; }
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
    /// The current enclosure's rear: switch modules, CMM, fans, power units.
    RearPanelView *rearPanelView() const { return m_rearPanel; }
    /// Every enclosure of the inventory; its selection follows slotView()'s (and
    /// selecting in it selects in the current enclosure, switching to it).
    RackView *rackView() const { return m_rackView; }
    RackModel *rackModel() const { return m_rackModel; }

    /// What the central area shows; remembered in Persistent mode.
    enum class CentralView { Front, Rear, Rack, Table };
    CentralView centralView() const;
    void setCentralView(CentralView view);

    /// The selected slots' rows as CSV (RFC 4180, header row), in the table's order:
    /// what Edit ▸ Copy puts on the clipboard.
    QString selectedSlotsCsv() const;
    /// BMC, NIC1 and NIC2 MAC of each selected slot, one line each: "Copy MACs".
    QString selectedSlotsMacs() const;
    /// The context menu of the slot views (front panel, rack, table), in one
    /// place; nullptr is a separator.
    QList<QAction *> slotContextActions() const;
    /// Slot numbers (1-based, ascending) of the selected modules of the current enclosure.
    QList<int> selectedSlots() const;
    /// The Serial-over-LAN console window, created on first use; its slot
    /// openConsoles(QList<int>) opens consoles of the current enclosure's slots.
    ConsoleWindow *consoleWindow();
    /// The IPMI passwords (memory, and the system keychain in Persistent mode),
    /// shared by the power actions and the consoles.
    PasswordPrompt *passwords() const { return m_passwords; }
    /// The open serial console window of switch module @p position of the
    /// current enclosure; nullptr if there is none.
    SerialConsoleWindow *switchConsole(int position) const;

    /// Zoom of the slot view in percent (100 = the application font).
    int zoom() const { return m_zoom; }
    void setZoom(int percent);

public Q_SLOTS:
    void showAboutDialog();
    /// Opens (or brings forward) the serial console window of switch module
    /// @p position (1 or 2) of the current enclosure.
    void openSwitchConsole(int position);

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
    void copySelectedSlots();
    void copySelectedMacs();
    void chooseSwitchConsole();
    void createSwitchConsole(const QString &enclosure, const QString &profileId, int position,
        const SerialSettings &serial);

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
    /// Next Boot and Identify submenus, failures, raw command, MACs, settings.
    std::unique_ptr<ChassisActions> m_chassisActions;
    ConsoleWindow *m_consoleWindow = nullptr;
    PasswordPrompt *m_passwords = nullptr;
    QAction *m_forgetPasswordsAction = nullptr;
    void setUpPasswords();
    // Tools
    QAction *m_pxeWizardAction = nullptr;
    QAction *m_switchConsoleAction = nullptr;
    QAction *m_switchConfigAction = nullptr;
    QHash<QString, QPointer<SerialConsoleWindow>> m_switchConsoles; ///< by "enclosure/position"
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
    RearPanelView *m_rearPanel = nullptr;
    RackModel *m_rackModel = nullptr;
    RackView *m_rackView = nullptr;
    RackLink *m_rackLink = nullptr;
    QTabWidget *m_viewTabs = nullptr;
    QActionGroup *m_viewActions = nullptr;
    // Edit
    QAction *m_copyAction = nullptr;
    QAction *m_copyMacsAction = nullptr;
    QLineEdit *m_logFilter = nullptr;
    QTableView *m_logView = nullptr;

    QLabel *m_fileStatus = nullptr;
    QLabel *m_enclosureStatus = nullptr;
    QLabel *m_slotStatus = nullptr;
    QLabel *m_selectionStatus = nullptr;

    QPointer<QMessageBox> m_errorBox;
};

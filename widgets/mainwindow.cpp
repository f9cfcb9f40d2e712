// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <algorithm>
#include <array>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "aboutdialog.h"
#include "chassisactions.h"
#include "consolewindow.h"
#include "frontpanelview.h"
#include "chassis/chassisprofile.h"
#include "chassis/inventoryio.h"
#include "chassismodel.h"
#include "common/safewriter.h"
#include "ipmi/freeipmibackend.h"
#include "logmodel.h"
#include "pxewizard.h"
#include "racklink.h"
#include "rackmodel.h"
#include "rackview.h"
#include "rearpanelview.h"
#include "slotclipboard.h"
#include "serialconsolewindow.h"
#include "serialsettingsdialog.h"
#include "switchconfigwizard.h"
#include "console/serialsettingsstore.h"
#include "switchcli/switchdialogue.h"
#include "powercontroller.h"
#include "passwordprompt.h"
#include "credentials/keychaincredentialstore.h"

namespace {

constexpr int MaxRecentFiles = 10;
constexpr std::array ZoomLevels {50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};

const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
const auto ZoomKey = QStringLiteral("mainWindow/zoom");
const auto CentralViewKey = QStringLiteral("mainWindow/centralView");
const auto RecentFilesKey = QStringLiteral("recentFiles");
const auto LastDirectoryKey = QStringLiteral("lastDirectory");

QIcon actionIcon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(name)));
}

QAction *makeAction(QObject *parent, const char *objectName, const QString &text,
    const QString &iconText, const QIcon &icon = {})
{
    auto *action = new QAction(icon, text, parent);
    action->setObjectName(QLatin1String(objectName));
    if (!iconText.isEmpty())
        action->setIconText(iconText);
    return action;
}

/// Fixed row heights: the log may hold 50,000 rows, which must not be measured.
void setRowHeight(QTableView *view)
{
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

} // namespace

MainWindow::MainWindow(SettingsMode settingsMode, QWidget *parent)
    : QMainWindow(parent)
    , m_settingsMode(settingsMode)
    , m_chassisModel(new ChassisModel(this))
    , m_logModel(new LogModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("dxchassis"));
    m_baseFontPointSize = font().pointSizeF();
    m_lastDirectory = QDir::homePath();

    createActions();
    setUpPasswords();
    createToolBar();
    createCentralArea();
    createLogDock();
    createMenus();
    createStatusBar();
    // Power, PXE and identify actions on the selection (finds them by object name).
    new PowerController(this, std::make_shared<FreeIpmiBackend>());

    resize(1280, 800);
    if (m_settingsMode == SettingsMode::Persistent)
        restoreSettings();
    updateRecentMenu();
    updateStatusBar();
    updateZoomActions();
}

MainWindow::~MainWindow() = default;

// --- construction ------------------------------------------------------------------

void MainWindow::createActions()
{
    m_openAction = makeAction(
        this, "actionOpenInventory", tr("&Open Inventory…"), tr("Open"), actionIcon("open"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an inventory file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseInventory);

    m_reloadAction = makeAction(
        this, "actionReloadInventory", tr("&Reload Inventory"), tr("Reload"), actionIcon("reload"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setStatusTip(tr("Read the inventory file again"));
    m_reloadAction->setEnabled(false);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reloadInventory);

    m_quitAction = makeAction(this, "actionQuit", tr("&Quit"), {});
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_zoomInAction = makeAction(this, "actionZoomIn", tr("Zoom &In"), {});
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, this, [this] {
        const auto next = std::upper_bound(ZoomLevels.begin(), ZoomLevels.end(), m_zoom);
        if (next != ZoomLevels.end())
            setZoom(*next);
    });
    m_zoomOutAction = makeAction(this, "actionZoomOut", tr("Zoom &Out"), {});
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] {
        const auto next = std::lower_bound(ZoomLevels.begin(), ZoomLevels.end(), m_zoom);
        if (next != ZoomLevels.begin())
            setZoom(*std::prev(next));
    });
    m_zoomResetAction = makeAction(this, "actionZoomReset", tr("&Reset Zoom"), {});
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { setZoom(100); });

    // The central views, one at a time (order = CentralView = tab index).
    m_viewActions = new QActionGroup(this);
    m_viewActions->setExclusive(true);
    const std::array<std::pair<const char *, QString>, 4> views {{
        {"actionViewFront", tr("&Front Panel")},
        {"actionViewRear", tr("R&ear Panel")},
        {"actionViewRack", tr("R&ack")},
        {"actionViewTable", tr("&Table")},
    }};
    for (int i = 0; i < int(views.size()); ++i) {
        QAction *action = makeAction(this, views.at(i).first, views.at(i).second, {});
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        action->setData(i);
        m_viewActions->addAction(action);
        connect(action, &QAction::triggered, this,
            [this, i] { setCentralView(static_cast<CentralView>(i)); });
    }
    m_viewActions->actions().constFirst()->setChecked(true);

    m_copyAction = makeAction(this, "actionCopy", tr("&Copy"), {});
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setStatusTip(tr("Copy the selected slots as CSV"));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelectedSlots);
    m_copyMacsAction = makeAction(this, "actionCopyMacs", tr("Copy &MACs"), {});
    m_copyMacsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_copyMacsAction->setStatusTip(
        tr("Copy the BMC, NIC1 and NIC2 MACs of the selected slots, one line per slot"));
    connect(m_copyMacsAction, &QAction::triggered, this, &MainWindow::copySelectedMacs);
    for (QAction *action : {m_copyAction, m_copyMacsAction})
        action->setEnabled(false);
    connect(this, &MainWindow::selectedSlotsChanged, this, [this] {
        const bool any = !selectedSlots().isEmpty();
        m_copyAction->setEnabled(any);
        m_copyMacsAction->setEnabled(any);
    });

    // Chassis operations: present from the start so the menus have their final
    // shape; disabled until the IPMI work (issue 4) and consoles (issue 5) land.
    m_powerOnAction = makeAction(
        this, "actionPowerOn", tr("Power &On"), tr("Power On"), actionIcon("power-on"));
    m_powerOffAction = makeAction(
        this, "actionPowerOff", tr("Power O&ff"), tr("Power Off"), actionIcon("power-off"));
    m_powerCycleAction = makeAction(
        this, "actionPowerCycle", tr("Power &Cycle"), tr("Power Cycle"), actionIcon("power-cycle"));
    m_resetAction = makeAction(this, "actionReset", tr("&Reset"), tr("Reset"), actionIcon("reset"));
    m_softShutdownAction = makeAction(
        this, "actionSoftShutdown", tr("&Soft Shutdown"), tr("Shutdown"), actionIcon("shutdown"));
    m_pxeBootAction
        = makeAction(this, "actionPxeBoot", tr("Boot from &PXE"), tr("PXE"), actionIcon("pxe"));
    m_identifyAction = makeAction(this, "actionIdentify", tr("For &15 Seconds"), tr("Identify"),
        actionIcon("identify"));
    m_identifyAction->setToolTip(tr("Blink the identify LED of the selected modules for 15 seconds"));
    // Chosen not to clash with Qt's standard keys, the terminal's Ctrl+Shift+C/V/F
    // and input methods (Ctrl+Shift+U).
    m_powerOnAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_powerOffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_powerCycleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_softShutdownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_identifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_consoleAction = makeAction(
        this, "actionOpenConsole", tr("Open &Console"), tr("Console"), actionIcon("console"));
    m_consoleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_chassisActions = std::make_unique<ChassisActions>(
        ChassisActions::create(this, m_pxeBootAction, m_identifyAction));
    m_pxeWizardAction
        = makeAction(this, "actionPxeWizard", tr("&PXE Wizard…"), {}, actionIcon("wizard"));
    m_switchConsoleAction = makeAction(
        this, "actionSwitchConsole", tr("&Switch Console…"), {}, actionIcon("switch-console"));
    m_switchConfigAction = makeAction(this, "actionSwitchConfig", tr("Configure S&witch Module…"), {});
    connect(m_switchConfigAction, &QAction::triggered, this, &MainWindow::openSwitchWizard);
    for (QAction *action : {m_powerOnAction, m_powerOffAction, m_powerCycleAction, m_resetAction,
             m_softShutdownAction, m_pxeBootAction, m_identifyAction, m_consoleAction,
             m_pxeWizardAction, m_switchConsoleAction})
        action->setEnabled(false);
    connect(this, &MainWindow::selectedSlotsChanged, this,
        [this] { m_consoleAction->setEnabled(!selectedSlots().isEmpty()); });
    connect(m_consoleAction, &QAction::triggered, this,
        [this] { consoleWindow()->openConsoles(selectedSlots()); });
    connect(m_pxeWizardAction, &QAction::triggered, this, &MainWindow::openPxeWizard);
    connect(m_switchConsoleAction, &QAction::triggered, this, &MainWindow::chooseSwitchConsole);

    m_aboutAction = makeAction(this, "actionAbout", tr("&About dxchassis"), {});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAboutDialog);
    m_aboutQtAction = makeAction(this, "actionAboutQt", tr("About &Qt"), {});
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    m_recentMenu->setToolTipsVisible(true);
    file->addAction(m_reloadAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyAction);
    edit->addAction(m_copyMacsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewActions->actions());
    view->addSeparator();
    QAction *toolBarToggle = m_toolBar->toggleViewAction();
    toolBarToggle->setText(tr("&Toolbar"));
    view->addAction(toolBarToggle);
    auto *dock = findChild<QDockWidget *>(QStringLiteral("operationsLogDock"));
    QAction *logToggle = dock->toggleViewAction();
    logToggle->setText(tr("Operations &Log"));
    logToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(logToggle);
    view->addSeparator();
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomResetAction);

    QMenu *chassis = menuBar()->addMenu(tr("&Chassis"));
    chassis->addAction(m_powerOnAction);
    chassis->addAction(m_powerOffAction);
    chassis->addAction(m_powerCycleAction);
    chassis->addAction(m_resetAction);
    chassis->addAction(m_softShutdownAction);
    chassis->addSeparator();
    chassis->addMenu(m_chassisActions->nextBootMenu);
    chassis->addMenu(m_chassisActions->identifyMenu);
    chassis->addSeparator();
    chassis->addAction(m_consoleAction);
    chassis->addSeparator();
    chassis->addAction(m_chassisActions->acknowledgeFailures);
    chassis->addAction(m_chassisActions->acknowledgeAllFailures);
    chassis->addSeparator();
    chassis->addAction(m_chassisActions->discoverMacs);
    chassis->addAction(m_chassisActions->rawCommand);
    chassis->addAction(m_chassisActions->operationSettings);
    chassis->addSeparator();
    chassis->addAction(m_forgetPasswordsAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_pxeWizardAction);
    tools->addAction(m_switchConsoleAction);
    tools->addAction(m_switchConfigAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_reloadAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_powerOnAction);
    m_toolBar->addAction(m_powerOffAction);
    m_toolBar->addAction(m_powerCycleAction);
    m_toolBar->addAction(m_resetAction);
    m_toolBar->addAction(m_softShutdownAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(ChassisActions::dropDownButton(
        m_toolBar, m_chassisActions->nextBootMenu, m_pxeBootAction));
    m_toolBar->addWidget(ChassisActions::dropDownButton(
        m_toolBar, m_chassisActions->identifyMenu, m_identifyAction));
    m_toolBar->addAction(m_consoleAction);
}

void MainWindow::createCentralArea()
{
    m_centralStack = new QStackedWidget(this);
    m_centralStack->setObjectName(QStringLiteral("centralStack"));

    // Page 0: nothing open yet.
    auto *emptyPage = new QWidget(m_centralStack);
    auto *emptyIcon = new QLabel(emptyPage);
    emptyIcon->setPixmap(QIcon(QStringLiteral(":/icons/dxchassis.svg")).pixmap(128, 128));
    emptyIcon->setAlignment(Qt::AlignCenter);
    auto *emptyTitle = new QLabel(tr("No inventory open"), emptyPage);
    QFont titleFont = emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    emptyTitle->setFont(titleFont);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyText = new QLabel(
        tr("Open an inventory file to see its enclosures, module slots, BMCs and MAC addresses."),
        emptyPage);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    auto *openButton = new QPushButton(actionIcon("open"), tr("Open Inventory…"), emptyPage);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseInventory);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyIcon);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(openButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch(3);

    // Page 1: the slots of the selected enclosure.
    auto *slotPage = new QWidget(m_centralStack);
    m_enclosureCombo = new QComboBox(slotPage);
    m_enclosureCombo->setObjectName(QStringLiteral("enclosureSelector"));
    m_enclosureCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_enclosureCombo->setToolTip(tr("Enclosure shown"));
    connect(m_enclosureCombo, &QComboBox::currentIndexChanged, this, &MainWindow::showEnclosure);
    m_enclosureName = new QLabel(slotPage);
    m_enclosureName->setObjectName(QStringLiteral("enclosureName"));
    QFont nameFont = m_enclosureName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_enclosureName->setFont(nameFont);
    m_enclosureDetails = new QLabel(slotPage);
    m_enclosureDetails->setObjectName(QStringLiteral("enclosureDetails"));
    m_enclosureDetails->setForegroundRole(QPalette::PlaceholderText);
    m_slotFilter = new QLineEdit(slotPage);
    m_slotFilter->setObjectName(QStringLiteral("slotFilter"));
    m_slotFilter->setPlaceholderText(tr("Filter slots…"));
    m_slotFilter->setClearButtonEnabled(true);
    m_slotFilter->setMaximumWidth(280);

    auto *header = new QHBoxLayout;
    header->addWidget(m_enclosureCombo);
    header->addWidget(m_enclosureName);
    header->addSpacing(8);
    header->addWidget(m_enclosureDetails, 1);
    header->addWidget(m_slotFilter, 1);

    m_slotProxy = new QSortFilterProxyModel(this);
    m_slotProxy->setSourceModel(m_chassisModel);
    m_slotProxy->setFilterKeyColumn(-1);
    m_slotProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_slotFilter, &QLineEdit::textChanged, m_slotProxy,
        &QSortFilterProxyModel::setFilterFixedString);

    m_slotView = new QTableView(slotPage);
    m_slotView->setObjectName(QStringLiteral("slotTable"));
    m_slotView->setModel(m_slotProxy);
    m_slotView->setSortingEnabled(true);
    m_slotView->sortByColumn(ChassisModel::SlotColumn, Qt::AscendingOrder);
    m_slotView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_slotView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_slotView->setAlternatingRowColors(true);
    m_slotView->setShowGrid(false);
    m_slotView->setWordWrap(false);
    m_slotView->setTextElideMode(Qt::ElideRight);
    m_slotView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_slotView->verticalHeader()->hide();
    m_slotView->horizontalHeader()->setStretchLastSection(true);
    m_slotView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_slotView->horizontalHeader()->setHighlightSections(false);
    setRowHeight(m_slotView);
    connect(m_slotView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateSelectionStatus);
    connect(m_slotProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateSelectionStatus);

    // The table's context menu: the chassis actions, as on the front panel.
    m_slotView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_slotView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(m_slotView);
        for (QAction *action : slotContextActions()) {
            if (action)
                menu.addAction(action);
            else
                menu.addSeparator();
        }
        menu.exec(m_slotView->viewport()->mapToGlobal(pos));
    });

    // The front panel: the same rows as the table, one selection.
    m_frontPanel = new FrontPanelView(slotPage);
    m_frontPanel->setModel(m_slotProxy);
    m_frontPanel->setSelectionModel(m_slotView->selectionModel());
    m_frontPanel->setContextActions(slotContextActions());
    connect(m_frontPanel, &FrontPanelView::consoleRequested, this, [this](int slot) {
        m_frontPanel->selectionModel()->setCurrentIndex(m_frontPanel->indexForSlot(slot),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (m_consoleAction->isEnabled())
            m_consoleAction->trigger();
    });

    m_rearPanel = new RearPanelView(slotPage);
    connect(m_rearPanel, &RearPanelView::switchConsoleRequested, this,
        &MainWindow::openSwitchConsole);

    // The rack: every enclosure; its selection follows the current enclosure's.
    m_rackModel = new RackModel(this);
    m_rackView = new RackView(slotPage);
    m_rackView->setModel(m_rackModel);
    m_rackView->setContextActions(slotContextActions());
    m_rackLink = new RackLink(m_chassisModel, m_rackModel, m_slotView->selectionModel(),
        m_rackView->selectionModel(), [this] { return m_enclosureIndex; },
        [this](int row) { m_enclosureCombo->setCurrentIndex(row); },
        this);
    connect(m_rackView, &RackView::consoleRequested, this, [this](int row, int slot) {
        m_enclosureCombo->setCurrentIndex(row);
        if (m_enclosureIndex != row)
            return;
        m_frontPanel->selectionModel()->setCurrentIndex(m_frontPanel->indexForSlot(slot),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (m_consoleAction->isEnabled())
            m_consoleAction->trigger();
    });

    m_viewTabs = new QTabWidget(slotPage);
    m_viewTabs->setObjectName(QStringLiteral("centralViews"));
    m_viewTabs->setDocumentMode(true);
    m_viewTabs->addTab(m_frontPanel, tr("Front"));
    m_viewTabs->addTab(m_rearPanel, tr("Rear"));
    m_viewTabs->addTab(m_rackView, tr("Rack"));
    m_viewTabs->addTab(m_slotView, tr("Table"));
    connect(m_viewTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (QAction *action = m_viewActions->actions().value(index))
            action->setChecked(true);
    });

    auto *slotLayout = new QVBoxLayout(slotPage);
    slotLayout->setContentsMargins(6, 6, 6, 0);
    slotLayout->addLayout(header);
    slotLayout->addWidget(m_viewTabs, 1);

    m_centralStack->addWidget(emptyPage);
    m_centralStack->addWidget(slotPage);
    setCentralWidget(m_centralStack);

    auto *findAction = new QAction(tr("Filter Slots"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_slotFilter->setFocus(Qt::ShortcutFocusReason);
        m_slotFilter->selectAll();
    });
    addAction(findAction);
}

void MainWindow::createLogDock()
{
    auto *dock = new QDockWidget(tr("Operations Log"), this);
    dock->setObjectName(QStringLiteral("operationsLogDock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
        | QDockWidget::DockWidgetFloatable);

    auto *content = new QWidget(dock);
    m_logFilter = new QLineEdit(content);
    m_logFilter->setObjectName(QStringLiteral("logFilter"));
    m_logFilter->setPlaceholderText(tr("Filter log…"));
    m_logFilter->setClearButtonEnabled(true);
    m_logFilter->setMaximumWidth(320);
    auto *exportButton = new QPushButton(actionIcon("export"), tr("Export CSV…"), content);
    exportButton->setObjectName(QStringLiteral("exportLogButton"));
    exportButton->setToolTip(tr("Save the log entries shown as a CSV file"));
    connect(exportButton, &QPushButton::clicked, this, &MainWindow::exportLog);

    m_logProxy = new QSortFilterProxyModel(this);
    m_logProxy->setSourceModel(m_logModel);
    m_logProxy->setFilterKeyColumn(-1);
    m_logProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_logFilter, &QLineEdit::textChanged, m_logProxy,
        &QSortFilterProxyModel::setFilterFixedString);

    m_logView = new QTableView(content);
    m_logView->setObjectName(QStringLiteral("logTable"));
    m_logView->setModel(m_logProxy);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logView->setAlternatingRowColors(true);
    m_logView->setShowGrid(false);
    m_logView->setWordWrap(false);
    m_logView->verticalHeader()->hide();
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_logView->horizontalHeader()->setHighlightSections(false);
    setRowHeight(m_logView);
    const QFontMetrics metrics = m_logView->fontMetrics();
    m_logView->setColumnWidth(
        LogModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00")) + 24);
    m_logView->setColumnWidth(
        LogModel::TargetColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 22);
    m_logView->setColumnWidth(
        LogModel::ActionColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 22);
    m_logView->setColumnWidth(
        LogModel::ResultColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 10);

    // Follow new entries, unless the operator scrolled up to read older ones. One
    // scroll per event-loop turn however many entries arrived (a bulk action adds
    // one per module): a restarted zero timer stays a single pending call.
    auto *follow = new QTimer(m_logView);
    follow->setSingleShot(true);
    follow->setInterval(0);
    connect(follow, &QTimer::timeout, m_logView, &QTableView::scrollToBottom);
    connect(m_logProxy, &QAbstractItemModel::rowsInserted, this, [this, follow] {
        QScrollBar *bar = m_logView->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2 * bar->singleStep())
            follow->start();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_logFilter, 1);
    top->addStretch();
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_logView, 1);
    dock->setWidget(content);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {220}, Qt::Vertical);
}

void MainWindow::createStatusBar()
{
    auto makeLabel = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_fileStatus = makeLabel("fileStatus");
    m_enclosureStatus = makeLabel("enclosureStatus");
    m_slotStatus = makeLabel("slotStatus");
    m_selectionStatus = makeLabel("selectionStatus");
}

// --- settings ------------------------------------------------------------------------

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_recentFiles = settings.value(RecentFilesKey).toStringList();
    m_lastDirectory = settings.value(LastDirectoryKey, m_lastDirectory).toString();
    setZoom(settings.value(ZoomKey, 100).toInt());
    setCentralView(static_cast<CentralView>(
        std::clamp(settings.value(CentralViewKey, 0).toInt(), 0, int(CentralView::Table))));
}

void MainWindow::saveSettings() const
{
    if (m_settingsMode != SettingsMode::Persistent)
        return;
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(ZoomKey, m_zoom);
    settings.setValue(CentralViewKey, int(centralView()));
    settings.setValue(RecentFilesKey, m_recentFiles);
    settings.setValue(LastDirectoryKey, m_lastDirectory);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

// --- inventory -------------------------------------------------------------------

bool MainWindow::openInventory(const QString &path)
{
    return loadInventory(path, false);
}

bool MainWindow::reloadInventory()
{
    if (m_inventoryPath.isEmpty())
        return false;
    return loadInventory(m_inventoryPath, true);
}

void MainWindow::chooseInventory()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Inventory"), m_lastDirectory, tr("Inventory files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openInventory(path);
}

bool MainWindow::loadInventory(const QString &path, bool reload)
{
    const QFileInfo info(path);
    const QString absolutePath = info.absoluteFilePath();
    const QString target = info.fileName();
    const QString action = reload ? tr("Reload inventory") : tr("Open inventory");
    m_lastDirectory = info.absolutePath();

    // Reading only: a failed load leaves the file untouched and the current
    // inventory in place.
    InventoryLoadResult result = InventoryIo::load(absolutePath);
    if (!result.ok()) {
        const QString message = result.error.toString();
        m_logModel->append(target, action, LogModel::Result::Failed, message);
        statusBar()->showMessage(tr("Could not read %1").arg(target), 8000);
        showLoadError(absolutePath, message);
        return false;
    }

    const QString previousEnclosure = currentEnclosureName();
    const bool sameFile = absolutePath == m_inventoryPath;
    m_inventory = std::move(*result.inventory);
    m_inventoryPath = absolutePath;

    for (const QString &warning : std::as_const(result.warnings))
        m_logModel->append(target, action, LogModel::Result::Info, warning);

    int modules = 0;
    for (const Enclosure &enclosure : std::as_const(m_inventory->enclosures)) {
        modules += int(std::count_if(enclosure.moduleSlots.cbegin(), enclosure.moduleSlots.cend(),
            [](const SlotInfo &slot) { return slot.module != ModuleType::Empty; }));
    }
    const int enclosures = int(m_inventory->enclosures.size());
    m_logModel->append(target, action, LogModel::Result::Ok,
        tr("%1, %2").arg(tr("%n enclosure(s)", "", enclosures), tr("%n module(s)", "", modules)));

    {
        const QSignalBlocker blocker(m_enclosureCombo);
        m_enclosureCombo->clear();
        for (const Enclosure &enclosure : std::as_const(m_inventory->enclosures))
            m_enclosureCombo->addItem(enclosure.name);
    }
    int index = enclosures > 0 ? 0 : -1;
    if (sameFile && !previousEnclosure.isEmpty())
        index = std::max(index, m_enclosureCombo->findText(previousEnclosure));
    {
        const QSignalBlocker blocker(m_enclosureCombo);
        m_enclosureCombo->setCurrentIndex(index);
    }
    m_rackModel->setInventory(*m_inventory);
    showEnclosure(index);

    setWindowTitle(tr("%1 — dxchassis").arg(target));
    m_reloadAction->setEnabled(true);
    m_pxeWizardAction->setEnabled(true);
    addRecentFile(absolutePath);
    if (result.warnings.isEmpty())
        statusBar()->showMessage(tr("Opened %1").arg(target), 5000);
    else
        statusBar()->showMessage(tr("Opened %1 with %n warning(s); see the operations log", "",
                                     int(result.warnings.size()))
                                     .arg(target),
            8000);
    return true;
}

void MainWindow::showLoadError(const QString &path, const QString &message)
{
    if (m_errorBox)
        m_errorBox->close();
    const QString native = QDir::toNativeSeparators(path);
    const QString summary = m_inventory
        ? tr("The inventory %1 could not be read. The inventory shown stays open.").arg(native)
        : tr("The inventory %1 could not be read.").arg(native);
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Open Inventory"),
        summary + QLatin1String("\n\n") + message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("inventoryErrorBox"));
    box->setTextFormat(Qt::PlainText);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox = box;
    // Window-modal but not blocking: the caller (and a test) carries on.
    box->open();
}

void MainWindow::addRecentFile(const QString &path)
{
    m_recentFiles.removeAll(path);
    m_recentFiles.prepend(path);
    while (m_recentFiles.size() > MaxRecentFiles)
        m_recentFiles.removeLast();
    if (m_settingsMode == SettingsMode::Persistent) {
        QSettings settings;
        settings.setValue(RecentFilesKey, m_recentFiles);
        settings.setValue(LastDirectoryKey, m_lastDirectory);
    }
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (int i = 0; i < m_recentFiles.size(); ++i) {
        const QString &path = m_recentFiles.at(i);
        const QString name = QFileInfo(path).fileName();
        const QString text = i < 9 ? QStringLiteral("&%1  %2").arg(QString::number(i + 1), name)
                                   : QStringLiteral("%1  %2").arg(QString::number(i + 1), name);
        QAction *action = m_recentMenu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openInventory(path); });
    }
    if (!m_recentFiles.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
            m_recentFiles.clear();
            if (m_settingsMode == SettingsMode::Persistent)
                QSettings().setValue(RecentFilesKey, m_recentFiles);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
}

// --- enclosure and slots ---------------------------------------------------------

QString MainWindow::currentEnclosureName() const
{
    if (!m_inventory || m_enclosureIndex < 0 || m_enclosureIndex >= m_inventory->enclosures.size())
        return {};
    return m_inventory->enclosures.at(m_enclosureIndex).name;
}

bool MainWindow::selectEnclosure(const QString &name)
{
    const int index = m_enclosureCombo->findText(name);
    if (index < 0)
        return false;
    m_enclosureCombo->setCurrentIndex(index);
    return true;
}

void MainWindow::showEnclosure(int index)
{
    if (!m_inventory || index < 0 || index >= m_inventory->enclosures.size()) {
        m_enclosureIndex = -1;
        m_chassisModel->clear();
    } else {
        m_enclosureIndex = index;
        m_chassisModel->setEnclosure(m_inventory->enclosures.at(index));
        m_passwords->preload(m_inventory->enclosures.at(index).name);
        m_frontPanel->setLabel(m_inventory->enclosures.at(index).name);
        m_rearPanel->setEnclosure(m_inventory->enclosures.at(index));
        resizeSlotColumns();
    }
    if (m_enclosureIndex < 0)
        m_rearPanel->clear();
    m_rackLink->enclosureShown();
    m_centralStack->setCurrentIndex(m_inventory ? 1 : 0);
    m_switchConsoleAction->setEnabled(m_enclosureIndex >= 0);
    updateEnclosureHeader();
    updateStatusBar();
}

void MainWindow::resizeSlotColumns()
{
    m_slotView->resizeColumnsToContents();
    // Room for the sort indicator next to the widest text.
    const QHeaderView *header = m_slotView->horizontalHeader();
    for (int column = 0; column < ChassisModel::NUM_COLUMNS - 1; ++column)
        m_slotView->setColumnWidth(column, header->sectionSize(column) + 16);
}

void MainWindow::updateEnclosureHeader()
{
    const int enclosures = m_inventory ? int(m_inventory->enclosures.size()) : 0;
    // A selector only when there is something to select.
    m_enclosureCombo->setVisible(enclosures > 1);
    m_enclosureName->setVisible(enclosures <= 1);

    if (m_enclosureIndex < 0) {
        m_enclosureName->setText(
            enclosures == 0 && m_inventory ? tr("The inventory lists no enclosures") : QString());
        m_enclosureDetails->clear();
        return;
    }

    const Enclosure &enclosure = m_inventory->enclosures.at(m_enclosureIndex);
    m_enclosureName->setText(enclosure.name);
    QStringList details;
    const ChassisProfile *profile = ChassisProfile::byId(enclosure.profileId);
    details << (profile ? profile->displayName : enclosure.profileId);
    if (!enclosure.location.isEmpty())
        details << enclosure.location;
    if (!enclosure.cmmAddress.isEmpty())
        details << tr("CMM %1").arg(enclosure.cmmAddress);
    details << tr("%n module(s)", "", m_chassisModel->moduleCount());
    // Profile violations of the enclosure as a whole (power budget, CMM MAC).
    const QStringList warnings = m_chassisModel->enclosureWarnings();
    if (!warnings.isEmpty())
        details << tr("⚠ %1").arg(warnings.join(QStringLiteral("; ")));
    m_enclosureDetails->setText(details.join(QStringLiteral("  ·  ")));
    m_enclosureDetails->setToolTip(warnings.join(QLatin1Char('\n')));
}

void MainWindow::updateStatusBar()
{
    if (m_inventoryPath.isEmpty()) {
        m_fileStatus->setText(tr("No inventory"));
        m_fileStatus->setToolTip({});
    } else {
        m_fileStatus->setText(tr("Inventory: %1").arg(QFileInfo(m_inventoryPath).fileName()));
        m_fileStatus->setToolTip(QDir::toNativeSeparators(m_inventoryPath));
    }

    const QString enclosure = currentEnclosureName();
    m_enclosureStatus->setVisible(!enclosure.isEmpty());
    m_enclosureStatus->setText(tr("Enclosure: %1").arg(enclosure));

    m_slotStatus->setVisible(m_chassisModel->hasEnclosure());
    m_slotStatus->setText(tr("%1, %2").arg(tr("%n slot(s)", "", m_chassisModel->slotCount()),
        tr("%n module(s)", "", m_chassisModel->moduleCount())));
    updateSelectionStatus();
}

QList<int> MainWindow::selectedSlots() const
{
    QList<int> slotNumbers;
    const QModelIndexList rows = m_slotView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        slotNumbers.append(row.data(ChassisModel::SlotRole).toInt());
    std::sort(slotNumbers.begin(), slotNumbers.end());
    return slotNumbers;
}

void MainWindow::setUpPasswords()
{
    m_passwords = new PasswordPrompt(this);
    connect(m_passwords, &PasswordPrompt::keychainUnavailable, this, [this](const QString &reason) {
        const QString message = tr("No system keychain: IPMI passwords are asked for and kept in "
                                   "memory until dxchassis quits");
        statusBar()->showMessage(message, 15000);
        m_logModel->append(tr("Passwords"), tr("System keychain"), LogModel::Result::Info,
            tr("%1 (%2)").arg(message, reason));
    });
    connect(m_passwords, &PasswordPrompt::notice, this,
        [this](const QString &target, const QString &message, bool failed) {
            m_logModel->append(target, tr("IPMI password"),
                failed ? LogModel::Result::Failed : LogModel::Result::Ok, message);
        });
    m_forgetPasswordsAction
        = makeAction(this, "actionForgetPasswords", tr("&Forget Stored Passwords"), {});
    m_forgetPasswordsAction->setStatusTip(
        tr("Forget the IPMI passwords kept in memory and remove those of this inventory's "
           "enclosures from the system keychain"));
    connect(m_forgetPasswordsAction, &QAction::triggered, this, [this] {
        QStringList names;
        if (m_inventory) {
            for (const Enclosure &enclosure : m_inventory->enclosures)
                names << enclosure.name;
        }
        m_passwords->forgetStored(names);
        statusBar()->showMessage(tr("Forgot the stored IPMI passwords"), 5000);
    });
    // The system keychain in a real session only: tests and screenshots (Ephemeral)
    // keep passwords in memory and never touch the operator's keychain.
    if (m_settingsMode == SettingsMode::Persistent)
        m_passwords->setKeychain(std::make_unique<KeychainCredentialStore>());
}

ConsoleWindow *MainWindow::consoleWindow()
{
    if (!m_consoleWindow) {
        m_consoleWindow = new ConsoleWindow(this);
        m_consoleWindow->setWindowFlag(Qt::Window);
        m_consoleWindow->setPasswordPrompt(m_passwords);
        m_consoleWindow->setEnclosureSource([this]() -> std::optional<Enclosure> {
            const Enclosure *enclosure
                = m_inventory ? m_inventory->enclosure(currentEnclosureName()) : nullptr;
            return enclosure ? std::optional<Enclosure>(*enclosure) : std::nullopt;
        });
    }
    return m_consoleWindow;
}

MainWindow::CentralView MainWindow::centralView() const
{
    return static_cast<CentralView>(std::max(0, m_viewTabs->currentIndex()));
}

void MainWindow::setCentralView(CentralView view)
{
    m_viewTabs->setCurrentIndex(int(view));
}

QList<QAction *> MainWindow::slotContextActions() const
{
    // One list for the front panel, the rack and the table.
    return QList<QAction *> {m_powerOnAction, m_powerOffAction, m_powerCycleAction, m_resetAction,
               m_softShutdownAction, nullptr}
        + m_chassisActions->contextActions()
        + QList<QAction *> {nullptr, m_consoleAction, nullptr, m_copyMacsAction};
}

QString MainWindow::selectedSlotsCsv() const
{
    QList<int> rows;
    for (const QModelIndex &row : m_slotView->selectionModel()->selectedRows())
        rows << row.row();
    std::sort(rows.begin(), rows.end()); // the table's (sorted) order
    return SlotClipboard::csv(*m_slotProxy, rows);
}

QString MainWindow::selectedSlotsMacs() const
{
    QList<int> rows;
    for (const QModelIndex &row : m_slotView->selectionModel()->selectedRows())
        rows << row.row();
    std::sort(rows.begin(), rows.end());
    return SlotClipboard::macs(*m_slotProxy, rows);
}

void MainWindow::copySelectedSlots()
{
    if (selectedSlots().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(selectedSlotsCsv());
    statusBar()->showMessage(
        tr("Copied %n slot(s) as CSV", "", int(selectedSlots().size())), 3000);
}

void MainWindow::copySelectedMacs()
{
    const QString text = selectedSlotsMacs();
    if (text.isEmpty()) {
        statusBar()->showMessage(tr("The selected slots have no known MACs"), 3000);
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(
        tr("Copied the MACs of %n slot(s)", "", int(text.count(QLatin1Char('\n')))), 3000);
}

void MainWindow::updateSelectionStatus()
{
    const int selected = int(m_slotView->selectionModel()->selectedRows().size());
    m_selectionStatus->setVisible(m_chassisModel->hasEnclosure());
    m_selectionStatus->setText(tr("%n selected", "", selected));
    Q_EMIT selectedSlotsChanged();
}

// --- view --------------------------------------------------------------------------

void MainWindow::setZoom(int percent)
{
    m_zoom = std::clamp(percent, ZoomLevels.front(), ZoomLevels.back());
    QFont zoomed = font();
    zoomed.setPointSizeF(m_baseFontPointSize * m_zoom / 100.0);
    m_slotView->setFont(zoomed);
    setRowHeight(m_slotView);
    if (m_chassisModel->hasEnclosure())
        resizeSlotColumns(); // never showEnclosure(): that would drop the live power states
    updateZoomActions();
    statusBar()->showMessage(tr("Zoom %1%").arg(m_zoom), 2000);
}

void MainWindow::updateZoomActions()
{
    m_zoomInAction->setEnabled(m_zoom < ZoomLevels.back());
    m_zoomOutAction->setEnabled(m_zoom > ZoomLevels.front());
    m_zoomResetAction->setEnabled(m_zoom != 100);
}

// --- log and dialogs ---------------------------------------------------------------

void MainWindow::exportLog()
{
    QList<int> rows;
    rows.reserve(m_logProxy->rowCount());
    for (int row = 0; row < m_logProxy->rowCount(); ++row)
        rows << m_logProxy->mapToSource(m_logProxy->index(row, 0)).row();
    const bool filtered = !m_logFilter->text().isEmpty();

    const QString suggested = QDir(m_lastDirectory)
                                  .filePath(QStringLiteral("dxchassis-log-%1.csv")
                                                .arg(QDateTime::currentDateTime().toString(
                                                    QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = QFileDialog::getSaveFileName(this,
        filtered ? tr("Export Filtered Operations Log") : tr("Export Operations Log"), suggested,
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;

    const QString target = QFileInfo(path).fileName();
    const SafeWriteResult written = SafeWriter::write(path, m_logModel->toCsv(rows));
    if (!written.ok) {
        m_logModel->append(target, tr("Export log"), LogModel::Result::Failed, written.error);
        QMessageBox::warning(this, tr("Cannot Export Log"),
            tr("The log could not be written to %1:\n%2")
                .arg(QDir::toNativeSeparators(path), written.error));
        return;
    }
    m_logModel->append(target, tr("Export log"), LogModel::Result::Ok,
        tr("%n entry(s) written", "", int(rows.size())));
    statusBar()->showMessage(tr("Exported the log to %1").arg(target), 5000);
}

void MainWindow::showAboutDialog()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

namespace {
QString switchConsoleKey(const QString &enclosure, int position)
{
    return enclosure + QLatin1Char('/') + QString::number(position);
}
} // namespace

SerialConsoleWindow *MainWindow::switchConsole(int position) const
{
    return m_switchConsoles.value(switchConsoleKey(currentEnclosureName(), position));
}

void MainWindow::chooseSwitchConsole()
{
    const Enclosure *enclosure = m_inventory && m_enclosureIndex >= 0
        ? &m_inventory->enclosures.at(m_enclosureIndex)
        : nullptr;
    if (!enclosure)
        return;
    QList<int> positions;
    for (const SwitchInfo &s : enclosure->switches)
        positions.append(s.position);
    std::sort(positions.begin(), positions.end());
    if (positions.size() < 2) {
        openSwitchConsole(positions.value(0, 1));
        return;
    }
    QStringList items;
    for (int position : std::as_const(positions))
        items << tr("Switch module %1").arg(position);
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Switch Console"));
    dialog->setLabelText(tr("Open the serial console of:"));
    dialog->setComboBoxItems(items);
    connect(dialog, &QInputDialog::accepted, this, [this, dialog, items, positions] {
        const qsizetype index = items.indexOf(dialog->textValue());
        if (index >= 0)
            openSwitchConsole(positions.at(index));
    });
    dialog->open();
}

void MainWindow::openSwitchConsole(int position)
{
    const Enclosure *enclosure = m_inventory && m_enclosureIndex >= 0
        ? &m_inventory->enclosures.at(m_enclosureIndex)
        : nullptr;
    if (!enclosure) {
        statusBar()->showMessage(
            tr("Open an inventory first: a switch console belongs to an enclosure."), 5000);
        return;
    }
    if (SerialConsoleWindow *window = switchConsole(position)) {
        window->show();
        window->raise();
        window->activateWindow();
        return;
    }
    // The port: the inventory's, else the last one used, else ask.
    QString port;
    for (const SwitchInfo &s : enclosure->switches) {
        if (s.position == position)
            port = s.serialPort;
    }
    QSettings *store = m_settingsMode == SettingsMode::Persistent ? new QSettings : nullptr;
    if (port.isEmpty() && store)
        port = SerialSettingsStore::recentPorts(*store).value(0);
    const QString name = enclosure->name;
    const QString profileId = enclosure->profileId;
    if (port.isEmpty()) {
        auto *dialog = new SerialSettingsDialog(store, this);
        if (store)
            store->setParent(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Serial Port of Switch Module %1").arg(position));
        SerialSettings defaults;
        dialog->setSettings(defaults);
        connect(dialog, &QDialog::accepted, this, [this, dialog, name, profileId, position] {
            createSwitchConsole(name, profileId, position, dialog->settings());
        });
        dialog->open();
        return;
    }
    SerialSettings serial;
    serial.portName = port;
    if (store)
        serial = SerialSettingsStore::load(*store, port);
    delete store;
    createSwitchConsole(name, profileId, position, serial);
}

void MainWindow::createSwitchConsole(
    const QString &enclosure, const QString &profileId, int position, const SerialSettings &serial)
{
    auto *store = m_settingsMode == SettingsMode::Persistent ? new QSettings : nullptr;
    auto *window = new SerialConsoleWindow(
        SerialConsoleWindow::Context {enclosure, profileId, position, m_inventoryPath}, serial,
        store, this);
    if (store)
        store->setParent(window);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_switchConsoles.insert(switchConsoleKey(enclosure, position), window);
    connect(
        window, &SerialConsoleWindow::inventoryWritten, this, [this, window](const QString &path) {
            m_logModel->append(window->serialSettings().portName, tr("Store switch MACs"),
                LogModel::Result::Ok, QDir::toNativeSeparators(path));
            if (path == m_inventoryPath)
                reloadInventory();
        });
    window->resize(760, 560);
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::openSwitchWizard()
{
    auto *settings = m_settingsMode == SettingsMode::Persistent ? new QSettings : nullptr;
    auto *wizard = new SwitchConfigWizard(settings, this);
    if (settings)
        settings->setParent(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Start from the current enclosure's switch console, as remembered for that port.
    const Enclosure *enclosure = m_inventory && m_enclosureIndex >= 0
        ? &m_inventory->enclosures.at(m_enclosureIndex)
        : nullptr;
    if (enclosure && !enclosure->switches.isEmpty() && !enclosure->switches.first().serialPort.isEmpty()) {
        const QString port = enclosure->switches.first().serialPort;
        wizard->setSerialSettings(settings ? SerialSettingsStore::load(*settings, port) : [&] {
            SerialSettings serial;
            serial.portName = port;
            return serial;
        }());
    }
    connect(wizard, &SwitchConfigWizard::runFinished, this, [this, wizard](bool ok) {
        const QString target = wizard->serialSettings().portName;
        m_logModel->append(target, tr("Configure switch module"),
            ok ? LogModel::Result::Ok : LogModel::Result::Failed,
            ok ? tr("every command succeeded") : wizard->dialogue()->errorMessage());
    });
    wizard->open();
}

void MainWindow::openPxeWizard()
{
    if (!m_inventory)
        return;
    // The wizard writes through PxeWriter on its Write page; here it is only opened
    // and its report logged.
    auto *settings = m_settingsMode == SettingsMode::Persistent ? new QSettings : nullptr;
    auto *wizard = new PxeWizard(*m_inventory, settings, this);
    if (settings)
        settings->setParent(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::finished, this, [this, wizard] {
        const auto report = wizard->report();
        if (!report)
            return;
        const QStringList lines = report->lines();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const bool failed = i < report->results.size() ? !report->results.at(i).ok : true;
            m_logModel->append(tr("PXE"), tr("Write PXE files"),
                failed ? LogModel::Result::Failed : LogModel::Result::Ok, lines.at(i));
        }
    });
    wizard->open();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPixmap>
#include <QString>
#include <QWidget>

#include "chassis/inventory.h"
#include "rearpanelgeometry.h"

/// The enclosure's rear drawn from its profile (RearPanelGeometry): the two switch
/// modules with their down/up/management link labels, the CMM, the fan modules and
/// the power units. Tooltips name each module; a switch module's shows its serial
/// console port and its system, ONS and CMM MACs from the inventory, derived by the
/// profile's MacRule where only the system MAC is known (and marked so).
///
/// Click (or arrow keys) selects a module. Double-click, Enter or the context menu's
/// "Open Switch Console" on a switch module emits switchConsoleRequested(); the
/// context menu's "Copy MACs" puts the module's MACs on the clipboard. The drawing
/// scales to fit the widget at the real proportions.
class RearPanelView : public QWidget
{
    Q_OBJECT

public:
    using Kind = ChassisProfile::RearModule::Kind;

    /// One MAC a rear module answers to, as shown in its tooltip.
    struct MacEntry
    {
        QString label; ///< "System", "ONS", "CMM"
        MacAddress mac; ///< null when unknown
        bool derived = false; ///< computed by the profile's MacRule, not read
        QString conflict; ///< non-empty when a read MAC contradicts the rule
    };

    explicit RearPanelView(QWidget *parent = nullptr);
    ~RearPanelView() override;

    /// The enclosure whose rear is shown (its profile, switches, CMM).
    void setEnclosure(const Enclosure &enclosure);
    void clear();
    const Enclosure &enclosure() const { return m_enclosure; }
    const RearPanelGeometry &geometry() const { return m_geometry; }

    /// Index into geometry().modules of the selected module; -1 for none.
    int currentModule() const { return m_current; }
    void setCurrentModule(int index);
    /// Selects the @p position-th module of @p kind; false when there is none.
    bool selectModule(Kind kind, int position);

    /// The tooltip of module @p index (empty for none).
    QString toolTipFor(int index) const;
    /// The MACs of module @p index: switch system, ONS, CMM; the CMM's own.
    QList<MacEntry> macsFor(int index) const;
    /// What "Copy MACs" puts on the clipboard for module @p index: its known MACs,
    /// space-separated on one line (empty when none is known).
    QString macText(int index) const;

    /// A switch module's MACs in @p enclosure: system (read), ONS and, when the
    /// inventory lacks it, CMM derived by @p profile's MacRule.
    static QList<MacEntry> switchMacs(
        const Enclosure &enclosure, const ChassisProfile &profile, int position);
    /// The CMM's MAC: the inventory's (checked against the rule) or derived from
    /// the first switch module with a known system MAC.
    static MacEntry cmmMac(const Enclosure &enclosure, const ChassisProfile &profile);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

public Q_SLOTS:
    /// Copies the selected module's MACs to the clipboard.
    void copyMacs();

Q_SIGNALS:
    /// Open the serial console of switch module @p position (1-based).
    void switchConsoleRequested(int position);
    void currentModuleChanged(int index);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    const ChassisProfile &profile() const;
    void relayout();
    void requestConsole(int index);
    QPixmap renderBackground() const;

    Enclosure m_enclosure;
    RearPanelGeometry m_geometry;
    QPixmap m_background; ///< the modules; null when stale
    int m_current = -1;
};

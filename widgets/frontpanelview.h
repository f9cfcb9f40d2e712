// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QRect>

#include "frontpanelgeometry.h"

class QAction;

/// The enclosure's front panel as an item view over a slot model (ChassisModel,
/// or a proxy of it: rows must answer ChassisModel::SlotRole). Each module is
/// drawn where it sits in the profile's layout (FrontPanelGeometry); the view
/// only paints and maps events to slots.
///
/// Selection is by rows, so the view can share its selection model with a table
/// of the same model: click, Ctrl+click, Shift+click, rubber band, arrow keys,
/// Home/End (row), Ctrl+Home/End, Ctrl+A. Tooltips come from the model's
/// ToolTipRole. The context menu shows contextActions(). The drawing scales to
/// fit the widget at the real proportions.
class FrontPanelView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit FrontPanelView(QWidget *parent = nullptr);
    ~FrontPanelView() override;

    /// The actions of the context menu (nullptr = separator), e.g. MainWindow's.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    QList<QAction *> contextActions() const { return m_contextActions; }
    /// Shown on the console panel (the enclosure's name).
    void setLabel(const QString &label);

    /// Where everything is at the current size.
    const FrontPanelGeometry &geometry() const { return m_geometry; }
    /// The model index (column 0) showing @p slot; invalid if the model lacks it.
    QModelIndex indexForSlot(int slot) const;
    int slotOf(const QModelIndex &index) const;

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void setModel(QAbstractItemModel *model) override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    /// Double-click on a module: open its console.
    void consoleRequested(int slot);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override { return 0; }
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
        const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void reset() override;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void updateGeometries() override;

private:
    void relayout();
    void invalidateSlotMap();
    QPixmap renderBackground() const;
    const QHash<int, int> &slotRows() const;

    FrontPanelGeometry m_geometry;
    QList<QAction *> m_contextActions;
    QString m_label;
    mutable QHash<int, int> m_slotRows; ///< slot → model row
    mutable bool m_slotRowsValid = false;
    QPixmap m_background; ///< chassis and faceplates; null when stale
    QPoint m_pressPos;
    QRect m_rubberBand;
};

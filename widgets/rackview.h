// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QList>
#include <QPixmap>

#include "frontpanelgeometry.h"

class QAction;

/// Up to 16 enclosures of a RackModel drawn front panel over front panel, scaled
/// to fit, every slot clickable (click, Ctrl/Shift, rubber band, arrow keys).
/// Each enclosure uses FrontPanelGeometry; the painting is FrontPanelPainter's.
class RackView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit RackView(QWidget *parent = nullptr);
    ~RackView() override;

    /// The actions of the context menu (nullptr = separator), e.g. MainWindow's.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    QList<QAction *> contextActions() const { return m_contextActions; }

    /// The geometry of the enclosure at @p row (empty when there is none).
    FrontPanelGeometry enclosureGeometry(int row) const;
    /// Slot index (column 0) of @p slot in the enclosure at @p row.
    QModelIndex indexForSlot(int row, int slot) const;

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    /// Double-click on a module: open its console.
    void consoleRequested(int enclosureRow, int slot);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override { return 0; }
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
        const QList<int> &roles = QList<int>()) override;
    void reset() override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void updateGeometries() override;

private:
    void relayout();
    int enclosureAt(const QPointF &point) const;

    QPixmap background(int row);

    QList<QAction *> m_contextActions;
    QList<FrontPanelGeometry> m_enclosures;
    /// Per enclosure: chassis and module faceplates, which change only with the
    /// inventory or the size. Null until painted once.
    QList<QPixmap> m_backgrounds;
};

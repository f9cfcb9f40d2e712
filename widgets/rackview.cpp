// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackview.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>

#include "chassis/chassisprofile.h"
#include "chassismodel.h"
#include "frontpanelpainter.h"

namespace {

constexpr int Margin = 6;
constexpr int Gap = 4;

} // namespace

RackView::RackView(QWidget *parent)
    : QAbstractItemView(parent)
{
    setObjectName(QStringLiteral("rackView"));
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
}

RackView::~RackView() = default;

void RackView::relayout()
{
    m_enclosures.clear();
    m_backgrounds.clear();
    const int count = model() ? model()->rowCount(rootIndex()) : 0;
    if (count == 0)
        return;
    const QRectF area = QRectF(viewport()->rect()).adjusted(Margin, Margin, -Margin, -Margin);
    // Each enclosure as wide as fits, all of them in the height available.
    const double height = std::min(FrontPanelGeometry::heightForWidth(area.width()),
        (area.height() - Gap * (count - 1)) / count);
    for (int row = 0; row < count; ++row) {
        const QRectF bounds(area.left(), area.top() + row * (height + Gap), area.width(), height);
        m_enclosures << FrontPanelGeometry::fit(ChassisProfile::dx1000(), bounds);
    }
    m_backgrounds.resize(count);
}

QPixmap RackView::background(int row)
{
    if (!m_backgrounds.at(row).isNull())
        return m_backgrounds.at(row);
    const FrontPanelGeometry &g = m_enclosures.at(row);
    const qreal dpr = viewport()->devicePixelRatioF();
    const QRect outline = g.outline.toAlignedRect();
    QPixmap pixmap(outline.size() * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.translate(-outline.topLeft());
    const QModelIndex enclosure = model()->index(row, 0, rootIndex());
    FrontPanelPainter::paintChassis(
        &painter, g, enclosure.data().toString(), palette().color(QPalette::Highlight));
    const int slotTotal = std::min(g.slotCount(), model()->rowCount(enclosure));
    for (int slot = 1; slot <= slotTotal; ++slot) {
        SlotVisual v;
        v.slot = slot;
        const QModelIndex index = model()->index(slot - 1, 0, enclosure);
        v.module = index.data(ChassisModel::ModuleTypeRole).value<ModuleType>();
        v.c2730 = isSmallCpu(index);
        FrontPanelPainter::paintSlotBody(&painter, g.slotRect(slot), v, g.scale);
    }
    painter.end();
    m_backgrounds[row] = pixmap;
    return pixmap;
}

FrontPanelGeometry RackView::enclosureGeometry(int row) const
{
    return row >= 0 && row < m_enclosures.size() ? m_enclosures.at(row) : FrontPanelGeometry();
}

QModelIndex RackView::indexForSlot(int row, int slot) const
{
    if (!model() || slot < 1)
        return {};
    const QModelIndex enclosure = model()->index(row, 0, rootIndex());
    if (!enclosure.isValid() || slot > model()->rowCount(enclosure))
        return {};
    return model()->index(slot - 1, 0, enclosure);
}

int RackView::enclosureAt(const QPointF &point) const
{
    for (int row = 0; row < m_enclosures.size(); ++row) {
        if (m_enclosures.at(row).outline.contains(point))
            return row;
    }
    return -1;
}

QRect RackView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || !index.parent().isValid())
        return {};
    return enclosureGeometry(index.parent().row())
        .slotRect(index.data(ChassisModel::SlotRole).toInt())
        .toAlignedRect();
}

void RackView::scrollTo(const QModelIndex &, ScrollHint)
{
    // Everything fits; nothing to scroll.
}

QModelIndex RackView::indexAt(const QPoint &point) const
{
    const int row = enclosureAt(point);
    if (row < 0)
        return {};
    return indexForSlot(row, m_enclosures.at(row).slotAt(point));
}

bool RackView::isIndexHidden(const QModelIndex &) const
{
    return false;
}

QModelIndex RackView::moveCursor(CursorAction action, Qt::KeyboardModifiers)
{
    using Move = FrontPanelGeometry::Move;
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !current.parent().isValid())
        return indexForSlot(0, 1);
    const int row = current.parent().row();
    const int slot = current.data(ChassisModel::SlotRole).toInt();
    const FrontPanelGeometry &g = m_enclosures.at(row);
    switch (action) {
    case MoveLeft:
    case MovePrevious:
        return indexForSlot(row, g.move(slot, Move::Left));
    case MoveRight:
    case MoveNext:
        return indexForSlot(row, g.move(slot, Move::Right));
    case MoveUp:
        if (g.move(slot, Move::Up) == slot && row > 0) // into the enclosure above
            return indexForSlot(row - 1, g.slotAtCell(g.rows - 1, g.slotColumn.value(slot - 1)));
        return indexForSlot(row, g.move(slot, Move::Up));
    case MoveDown:
        if (g.move(slot, Move::Down) == slot && row + 1 < m_enclosures.size())
            return indexForSlot(row + 1, g.slotAtCell(0, g.slotColumn.value(slot - 1)));
        return indexForSlot(row, g.move(slot, Move::Down));
    case MoveHome:
        return indexForSlot(row, g.move(slot, Move::RowStart));
    case MoveEnd:
        return indexForSlot(row, g.move(slot, Move::RowEnd));
    case MovePageUp:
        return indexForSlot(0, slot);
    case MovePageDown:
        return indexForSlot(int(m_enclosures.size()) - 1, slot);
    }
    return current;
}

void RackView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!model() || !selectionModel())
        return;
    QItemSelection selection;
    const int lastColumn = model()->columnCount(rootIndex()) - 1;
    const bool click = rect.width() <= 1 && rect.height() <= 1;
    for (int row = 0; row < m_enclosures.size(); ++row) {
        const FrontPanelGeometry &g = m_enclosures.at(row);
        if (!g.outline.intersects(QRectF(rect).adjusted(0, 0, 1, 1)))
            continue;
        QList<int> hit;
        if (click) {
            if (const int slot = g.slotAt(rect.topLeft()))
                hit << slot;
        } else {
            hit = g.slotsIn(rect);
        }
        for (int slot : std::as_const(hit)) {
            const QModelIndex index = indexForSlot(row, slot);
            selection.select(index, index.siblingAtColumn(lastColumn));
        }
    }
    selectionModel()->select(selection, command | QItemSelectionModel::Rows);
}

QRegion RackView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        for (int r = range.top(); r <= range.bottom(); ++r)
            region += visualRect(model()->index(r, 0, range.parent())).adjusted(-3, -3, 3, 3);
    }
    return region;
}

void RackView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
        viewport()->update(
            visualRect(model()->index(r, 0, topLeft.parent())).adjusted(-3, -3, 3, 3));
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void RackView::reset()
{
    QAbstractItemView::reset();
    relayout();
    viewport()->update();
}

void RackView::updateGeometries()
{
    relayout();
    QAbstractItemView::updateGeometries();
}

void RackView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    relayout();
}

QSize RackView::sizeHint() const
{
    return {1000, 900};
}

void RackView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), QColor(0x1a, 0x1b, 0x1e)); // the rack's inside
    if (!model())
        return;
    const QColor highlight = palette().color(QPalette::Highlight);
    const QItemSelectionModel *selection = selectionModel();
    const QModelIndex current = currentIndex();
    for (int row = 0; row < m_enclosures.size(); ++row) {
        const FrontPanelGeometry &g = m_enclosures.at(row);
        if (!event->region().intersects(g.outline.toAlignedRect()))
            continue;
        const QModelIndex enclosure = model()->index(row, 0, rootIndex());
        painter.drawPixmap(g.outline.toAlignedRect().topLeft(), background(row));
        const int slotTotal = std::min(g.slotCount(), model()->rowCount(enclosure));
        for (int slot = 1; slot <= slotTotal; ++slot) {
            const QRectF rect = g.slotRect(slot);
            const QModelIndex index = model()->index(slot - 1, 0, enclosure);
            SlotVisual v;
            v.slot = slot;
            v.module = index.data(ChassisModel::ModuleTypeRole).value<ModuleType>();
            setLedState(&v, index);
            v.identifying = index.data(ChassisModel::IdentifyRole).toBool();
            v.warning = !index.data(ChassisModel::WarningsRole).toStringList().isEmpty();
            v.selected = selection && selection->isRowSelected(slot - 1, enclosure);
            v.current = hasFocus() && current == index;
            FrontPanelPainter::paintSlotState(&painter, rect, v, g.scale, highlight);
        }
    }
}

void RackView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && event->button() == Qt::LeftButton) {
        Q_EMIT consoleRequested(index.parent().row(), index.data(ChassisModel::SlotRole).toInt());
        return;
    }
    QAbstractItemView::mouseDoubleClickEvent(event);
}

void RackView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_contextActions.isEmpty())
        return;
    // Right-click on an unselected module acts on that module, like a file manager.
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid() && selectionModel()
        && !selectionModel()->isRowSelected(index.row(), index.parent())) {
        selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QMenu menu(this);
    for (QAction *action : std::as_const(m_contextActions)) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(event->globalPos());
}

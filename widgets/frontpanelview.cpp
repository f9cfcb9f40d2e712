// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontpanelview.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include "chassis/chassisprofile.h"
#include "chassismodel.h"
#include "frontpanelpainter.h"

namespace {

constexpr int Margin = 6;

} // namespace

FrontPanelView::FrontPanelView(QWidget *parent)
    : QAbstractItemView(parent)
{
    setObjectName(QStringLiteral("frontPanelView"));
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    viewport()->setAutoFillBackground(true);
    relayout();
}

FrontPanelView::~FrontPanelView() = default;

void FrontPanelView::setLabel(const QString &label)
{
    m_label = label;
    m_background = {};
    viewport()->update();
}

void FrontPanelView::setModel(QAbstractItemModel *model)
{
    if (this->model()) {
        disconnect(this->model(), nullptr, this, nullptr);
    }
    QAbstractItemView::setModel(model);
    if (model) {
        // Sorting or filtering a proxy moves rows: the slot → row map is rebuilt.
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
            invalidateSlotMap();
            viewport()->update();
        });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
            invalidateSlotMap();
            viewport()->update();
        });
    }
    invalidateSlotMap();
    viewport()->update();
}

void FrontPanelView::invalidateSlotMap()
{
    m_slotRowsValid = false;
    m_background = {};
}

const QHash<int, int> &FrontPanelView::slotRows() const
{
    if (!m_slotRowsValid) {
        m_slotRows.clear();
        if (QAbstractItemModel *m = model()) {
            const int rows = m->rowCount(rootIndex());
            for (int row = 0; row < rows; ++row)
                m_slotRows.insert(
                    m->index(row, 0, rootIndex()).data(ChassisModel::SlotRole).toInt(), row);
        }
        m_slotRowsValid = true;
    }
    return m_slotRows;
}

QModelIndex FrontPanelView::indexForSlot(int slot) const
{
    const auto it = slotRows().constFind(slot);
    if (it == slotRows().cend() || !model())
        return {};
    return model()->index(*it, 0, rootIndex());
}

int FrontPanelView::slotOf(const QModelIndex &index) const
{
    return index.isValid() ? index.data(ChassisModel::SlotRole).toInt() : 0;
}

QRect FrontPanelView::visualRect(const QModelIndex &index) const
{
    return m_geometry.slotRect(slotOf(index)).toAlignedRect();
}

void FrontPanelView::scrollTo(const QModelIndex &, ScrollHint)
{
    // Everything is always visible: the panel scales to fit.
}

QModelIndex FrontPanelView::indexAt(const QPoint &point) const
{
    return indexForSlot(m_geometry.slotAt(point));
}

bool FrontPanelView::isIndexHidden(const QModelIndex &) const
{
    return false;
}

QModelIndex FrontPanelView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    using Move = FrontPanelGeometry::Move;
    const int slot = slotOf(currentIndex());
    if (slot == 0)
        return indexForSlot(1);
    int target = slot;
    switch (action) {
    case MoveLeft:
    case MovePrevious:
        target = m_geometry.move(slot, Move::Left);
        break;
    case MoveRight:
    case MoveNext:
        target = m_geometry.move(slot, Move::Right);
        break;
    case MoveUp:
    case MovePageUp:
        target = m_geometry.move(slot, Move::Up);
        break;
    case MoveDown:
    case MovePageDown:
        target = m_geometry.move(slot, Move::Down);
        break;
    case MoveHome:
        target
            = m_geometry.move(slot, modifiers & Qt::ControlModifier ? Move::First : Move::RowStart);
        break;
    case MoveEnd:
        target = m_geometry.move(slot, modifiers & Qt::ControlModifier ? Move::Last : Move::RowEnd);
        break;
    }
    const QModelIndex index = indexForSlot(target);
    return index.isValid() ? index : currentIndex();
}

void FrontPanelView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!model() || !selectionModel())
        return;
    // A click is a 1×1 rectangle; a drag or Shift+arrow spans several slots.
    QList<int> hit = m_geometry.slotsIn(QRectF(rect).adjusted(0, 0, 1, 1));
    if (rect.width() <= 1 && rect.height() <= 1) {
        const int slot = m_geometry.slotAt(rect.topLeft());
        hit = slot ? QList<int> {slot} : QList<int> {};
    }
    QItemSelection selection;
    const int lastColumn = model()->columnCount(rootIndex()) - 1;
    for (int slot : std::as_const(hit)) {
        const QModelIndex index = indexForSlot(slot);
        if (index.isValid())
            selection.select(index, model()->index(index.row(), lastColumn, rootIndex()));
    }
    selectionModel()->select(selection, command | QItemSelectionModel::Rows);
}

QRegion FrontPanelView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            region += visualRect(model()->index(row, 0, rootIndex())).adjusted(-3, -3, 3, 3);
    }
    return region;
}

void FrontPanelView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // Narrow repaints: only the slots whose rows changed.
    if (roles.contains(ChassisModel::SlotRole) || roles.isEmpty())
        invalidateSlotMap();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        viewport()->update(visualRect(model()->index(row, 0, rootIndex())).adjusted(-3, -3, 3, 3));
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void FrontPanelView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    invalidateSlotMap();
    viewport()->update();
    QAbstractItemView::rowsInserted(parent, start, end);
}

void FrontPanelView::reset()
{
    invalidateSlotMap();
    QAbstractItemView::reset();
    viewport()->update();
}

void FrontPanelView::relayout()
{
    m_background = {};
    m_geometry = FrontPanelGeometry::fit(ChassisProfile::dx1000(),
        QRectF(viewport()->rect()).adjusted(Margin, Margin, -Margin, -Margin));
}

void FrontPanelView::updateGeometries()
{
    relayout();
    QAbstractItemView::updateGeometries();
}

void FrontPanelView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    relayout();
}

QSize FrontPanelView::sizeHint() const
{
    return {1000, heightForWidth(1000)};
}

QSize FrontPanelView::minimumSizeHint() const
{
    return {480, heightForWidth(480)};
}

int FrontPanelView::heightForWidth(int width) const
{
    return int(FrontPanelGeometry::heightForWidth(width - 2 * Margin)) + 2 * Margin
        + 2 * frameWidth();
}

void FrontPanelView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Window).darker(104));
    const QColor highlight = palette().color(QPalette::Highlight);
    if (m_background.isNull())
        m_background = renderBackground();
    painter.drawPixmap(m_geometry.outline.toAlignedRect().topLeft(), m_background);

    const QItemSelectionModel *selection = selectionModel();
    const QModelIndex current = currentIndex();
    const QHash<int, int> &rows = slotRows();
    for (int slot = 1; slot <= m_geometry.slotCount(); ++slot) {
        const QRectF rect = m_geometry.slotRect(slot);
        if (!event->region().intersects(rect.toAlignedRect().adjusted(-3, -3, 3, 3)))
            continue;
        SlotVisual v;
        v.slot = slot;
        const auto it = rows.constFind(slot);
        if (it == rows.cend() || !model()) {
            v.shown = false;
        } else {
            const QModelIndex index = model()->index(*it, 0, rootIndex());
            v.module = index.data(ChassisModel::ModuleTypeRole).value<ModuleType>();
            v.c2730 = isSmallCpu(index);
            setLedState(&v, index);
            v.identifying = index.data(ChassisModel::IdentifyRole).toBool();
            v.warning = !index.data(ChassisModel::WarningsRole).toStringList().isEmpty();
            v.selected = selection && selection->isRowSelected(*it, rootIndex());
            v.current = hasFocus() && current.isValid() && current.row() == *it;
        }
        FrontPanelPainter::paintSlotState(&painter, rect, v, m_geometry.scale, highlight);
    }

    if (!m_rubberBand.isNull()) {
        QColor fill = highlight;
        fill.setAlpha(50);
        painter.setPen(QPen(highlight, 1));
        painter.setBrush(fill);
        painter.drawRect(m_rubberBand.adjusted(0, 0, -1, -1));
    }
}

QPixmap FrontPanelView::renderBackground() const
{
    const qreal dpr = viewport()->devicePixelRatioF();
    const QRect outline = m_geometry.outline.toAlignedRect();
    if (outline.isEmpty())
        return {};
    QPixmap pixmap(outline.size() * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.translate(-outline.topLeft());
    FrontPanelPainter::paintChassis(
        &painter, m_geometry, m_label, palette().color(QPalette::Highlight));
    const QHash<int, int> &rows = slotRows();
    for (int slot = 1; slot <= m_geometry.slotCount(); ++slot) {
        SlotVisual v;
        v.slot = slot;
        const auto it = rows.constFind(slot);
        if (it != rows.cend() && model()) {
            v.module = model()
                           ->index(*it, 0, rootIndex())
                           .data(ChassisModel::ModuleTypeRole)
                           .value<ModuleType>();
            v.c2730 = isSmallCpu(model()->index(*it, 0, rootIndex()));
        }
        FrontPanelPainter::paintSlotBody(&painter, m_geometry.slotRect(slot), v, m_geometry.scale);
    }
    return pixmap;
}

void FrontPanelView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_rubberBand = {};
    QAbstractItemView::mousePressEvent(event);
}

void FrontPanelView::mouseMoveEvent(QMouseEvent *event)
{
    QAbstractItemView::mouseMoveEvent(event);
    if ((event->buttons() & Qt::LeftButton) && state() == DragSelectingState) {
        const QRect band = QRect(m_pressPos, event->position().toPoint()).normalized();
        viewport()->update(m_rubberBand.adjusted(-2, -2, 2, 2));
        m_rubberBand = band;
        viewport()->update(m_rubberBand.adjusted(-2, -2, 2, 2));
    }
}

void FrontPanelView::mouseReleaseEvent(QMouseEvent *event)
{
    QAbstractItemView::mouseReleaseEvent(event);
    if (!m_rubberBand.isNull()) {
        viewport()->update(m_rubberBand.adjusted(-2, -2, 2, 2));
        m_rubberBand = {};
    }
}

void FrontPanelView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int slot = m_geometry.slotAt(event->position());
    if (slot && event->button() == Qt::LeftButton) {
        Q_EMIT consoleRequested(slot);
        return;
    }
    QAbstractItemView::mouseDoubleClickEvent(event);
}

void FrontPanelView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_contextActions.isEmpty())
        return;
    // Right-click on an unselected module acts on that module, like a file manager.
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid() && selectionModel()
        && !selectionModel()->isRowSelected(index.row(), rootIndex())) {
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

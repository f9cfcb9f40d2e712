// SPDX-License-Identifier: GPL-3.0-or-later
#include "rearpanelview.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int Margin = 6;

const QColor Frame(0x2b, 0x2e, 0x33);
const QColor FrameEdge(0x17, 0x19, 0x1c);
const QColor Silkscreen(0xd8, 0xdc, 0xe0);

QString macWithNote(const RearPanelView::MacEntry &entry)
{
    if (entry.mac.isNull())
        return RearPanelView::tr("unknown");
    QString text = entry.mac.toString();
    if (entry.derived)
        text = RearPanelView::tr("%1 (derived)").arg(text);
    if (!entry.conflict.isEmpty())
        text = RearPanelView::tr("%1 — %2").arg(text, entry.conflict);
    return text;
}

void drawModulePlate(
    QPainter *p, const QRectF &r, const QColor &top, const QColor &bottom, double s)
{
    QLinearGradient plate(r.topLeft(), r.bottomLeft());
    plate.setColorAt(0, top);
    plate.setColorAt(1, bottom);
    p->setPen(QPen(FrameEdge, std::max(0.6, s * 0.4)));
    p->setBrush(plate);
    p->drawRoundedRect(r, s * 0.8, s * 0.8);
}

void drawText(QPainter *p, const QRectF &r, double pixelSize, const QString &text,
    Qt::Alignment alignment, bool bold = false, const QColor &colour = Silkscreen)
{
    QFont font;
    font.setPixelSize(std::max(1, int(pixelSize)));
    font.setBold(bold);
    p->setFont(font);
    p->setPen(colour);
    p->drawText(r, alignment | Qt::TextSingleLine,
        p->fontMetrics().elidedText(text, Qt::ElideRight, int(r.width())));
}

void drawRj45(QPainter *p, const QRectF &r, double s)
{
    p->setPen(QPen(FrameEdge, std::max(0.5, s * 0.3)));
    p->setBrush(QColor(0x08, 0x08, 0x09));
    p->drawRoundedRect(r, s * 0.4, s * 0.4);
    p->setBrush(QColor(0x20, 0x22, 0x25));
    p->drawRect(QRectF(r.center().x() - r.width() / 4, r.bottom() - r.height() / 4, r.width() / 2,
        r.height() / 4));
}

void drawQsfp(QPainter *p, const QRectF &r, double s)
{
    p->setPen(QPen(QColor(0x9a, 0xa0, 0xa8), std::max(0.5, s * 0.4)));
    p->setBrush(QColor(0x0c, 0x0d, 0x0f));
    p->drawRect(r);
    p->setPen(QPen(QColor(0x3a, 0x3e, 0x44), std::max(0.5, s * 0.3)));
    p->drawLine(QPointF(r.left() + s, r.center().y()), QPointF(r.right() - s, r.center().y()));
}

} // namespace

RearPanelView::RearPanelView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rearPanelView"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAutoFillBackground(true);
    relayout();
}

RearPanelView::~RearPanelView() = default;

const ChassisProfile &RearPanelView::profile() const
{
    const ChassisProfile *p = ChassisProfile::byId(m_enclosure.profileId);
    return p ? *p : ChassisProfile::dx1000();
}

void RearPanelView::setEnclosure(const Enclosure &enclosure)
{
    const bool sameLayout = enclosure.profileId == m_enclosure.profileId;
    m_enclosure = enclosure;
    if (!sameLayout)
        relayout();
    m_background = {};
    update();
}

void RearPanelView::clear()
{
    setEnclosure(Enclosure());
    setCurrentModule(-1);
}

void RearPanelView::setCurrentModule(int index)
{
    if (index < -1 || index >= m_geometry.moduleCount())
        index = -1;
    if (index == m_current)
        return;
    m_current = index;
    update();
    Q_EMIT currentModuleChanged(index);
}

bool RearPanelView::selectModule(Kind kind, int position)
{
    const int index = m_geometry.indexOf(kind, position);
    if (index < 0)
        return false;
    setCurrentModule(index);
    return true;
}

RearPanelView::MacEntry RearPanelView::cmmMac(
    const Enclosure &enclosure, const ChassisProfile &profile)
{
    MacEntry entry;
    entry.label = tr("CMM");
    const SwitchInfo *source = nullptr;
    for (const SwitchInfo &sw : enclosure.switches) {
        if (!sw.systemMac.isNull() && (!source || sw.position < source->position))
            source = &sw;
    }
    const MacAddress derived = source ? profile.macRule.cmmMac(source->systemMac) : MacAddress();
    if (!enclosure.cmmMac.isNull()) {
        entry.mac = enclosure.cmmMac;
        if (!derived.isNull() && derived != enclosure.cmmMac) {
            entry.conflict = tr("conflicts with %1 derived from switch module %2")
                                 .arg(derived.toString(), QString::number(source->position));
        }
        return entry;
    }
    entry.mac = derived;
    entry.derived = !derived.isNull();
    return entry;
}

QList<RearPanelView::MacEntry> RearPanelView::switchMacs(
    const Enclosure &enclosure, const ChassisProfile &profile, int position)
{
    const auto sw = std::find_if(enclosure.switches.cbegin(), enclosure.switches.cend(),
        [position](const SwitchInfo &s) { return s.position == position; });
    MacEntry system;
    system.label = tr("System");
    if (sw != enclosure.switches.cend())
        system.mac = sw->systemMac;
    MacEntry ons;
    ons.label = tr("ONS");
    ons.mac = profile.macRule.onsMac(system.mac);
    ons.derived = !ons.mac.isNull();

    // The CMM MAC follows from this switch module's system MAC; the inventory's
    // (read from the network) wins, and a contradiction is flagged.
    MacEntry cmm;
    cmm.label = tr("CMM");
    const MacAddress derived = profile.macRule.cmmMac(system.mac);
    if (!enclosure.cmmMac.isNull()) {
        cmm.mac = enclosure.cmmMac;
        if (!derived.isNull() && derived != enclosure.cmmMac)
            cmm.conflict = tr("the rule gives %1").arg(derived.toString());
    } else {
        cmm.mac = derived;
        cmm.derived = !derived.isNull();
    }
    return {system, ons, cmm};
}

QList<RearPanelView::MacEntry> RearPanelView::macsFor(int index) const
{
    if (index < 0 || index >= m_geometry.moduleCount())
        return {};
    const RearPanelGeometry::Module &m = m_geometry.modules.at(index);
    switch (m.kind) {
    case Kind::Switch:
        return switchMacs(m_enclosure, profile(), m.position);
    case Kind::Cmm:
        return {cmmMac(m_enclosure, profile())};
    case Kind::Fan:
    case Kind::PowerUnit:
        break;
    }
    return {};
}

QString RearPanelView::macText(int index) const
{
    QStringList macs;
    for (const MacEntry &entry : macsFor(index)) {
        if (!entry.mac.isNull())
            macs << entry.mac.toString();
    }
    return macs.join(QLatin1Char(' '));
}

QString RearPanelView::toolTipFor(int index) const
{
    if (index < 0 || index >= m_geometry.moduleCount())
        return {};
    const RearPanelGeometry::Module &m = m_geometry.modules.at(index);
    const ChassisProfile &p = profile();
    QStringList lines;
    switch (m.kind) {
    case Kind::Switch: {
        lines << tr("Switch module %1").arg(m.position);
        lines << tr("%1 × %2GbE down links to the server modules, %3 × %4 up links, %5 management")
                     .arg(QString::number(p.switchDownlinks), QString::number(p.downlinkGbps),
                         QString::number(p.switchUplinks), p.uplinkType, p.managementPort);
        const auto sw = std::find_if(m_enclosure.switches.cbegin(), m_enclosure.switches.cend(),
            [&m](const SwitchInfo &s) { return s.position == m.position; });
        if (sw != m_enclosure.switches.cend() && !sw->serialPort.isEmpty())
            lines << tr("Serial console: %1 (115200 bit/s)")
                         .arg(QDir::toNativeSeparators(sw->serialPort));
        else
            lines << tr("Serial console: not set in the inventory");
        for (const MacEntry &entry : switchMacs(m_enclosure, p, m.position))
            lines << tr("%1 MAC: %2").arg(entry.label, macWithNote(entry));
        lines << tr("Double-click or Enter: open the switch console");
        break;
    }
    case Kind::Cmm: {
        lines << tr("Chassis management module (CMM)");
        lines << (m_enclosure.cmmAddress.isEmpty() ? tr("Address: not set in the inventory")
                                                   : tr("Address: %1").arg(m_enclosure.cmmAddress));
        lines << tr("MAC: %1").arg(macWithNote(cmmMac(m_enclosure, p)));
        break;
    }
    case Kind::Fan:
        lines << tr("Fan module %1 (hot plug, redundant)").arg(m.position);
        break;
    case Kind::PowerUnit:
        lines << tr("Power unit %1: %2 W, 80 PLUS Platinum, hot plug")
                     .arg(QString::number(m.position), QString::number(p.powerUnitWatts));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

void RearPanelView::copyMacs()
{
    const QString text = macText(m_current);
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void RearPanelView::requestConsole(int index)
{
    if (index < 0 || index >= m_geometry.moduleCount())
        return;
    const RearPanelGeometry::Module &m = m_geometry.modules.at(index);
    if (m.kind == Kind::Switch)
        Q_EMIT switchConsoleRequested(m.position);
}

QSize RearPanelView::sizeHint() const
{
    return {1000, heightForWidth(1000)};
}

QSize RearPanelView::minimumSizeHint() const
{
    return {480, heightForWidth(480)};
}

int RearPanelView::heightForWidth(int width) const
{
    return int(RearPanelGeometry::heightForWidth(profile(), width - 2 * Margin)) + 2 * Margin;
}

void RearPanelView::relayout()
{
    m_background = {};
    m_geometry = RearPanelGeometry::fit(
        profile(), QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin));
    if (m_current >= m_geometry.moduleCount())
        m_current = -1;
}

void RearPanelView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool RearPanelView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = m_geometry.moduleAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), toolTipFor(index), this,
                m_geometry.modules.at(index).rect.toAlignedRect());
        }
        return true;
    }
    return QWidget::event(event);
}

void RearPanelView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton || event->button() == Qt::RightButton)
        setCurrentModule(m_geometry.moduleAt(event->position()));
    QWidget::mousePressEvent(event);
}

void RearPanelView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(event);
    const int index = m_geometry.moduleAt(event->position());
    setCurrentModule(index);
    requestConsole(index);
}

void RearPanelView::keyPressEvent(QKeyEvent *event)
{
    using Move = RearPanelGeometry::Move;
    const int from = m_current < 0 ? 0 : m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentModule(m_current < 0 ? 0 : m_geometry.move(from, Move::Left));
        return;
    case Qt::Key_Right:
        setCurrentModule(m_current < 0 ? 0 : m_geometry.move(from, Move::Right));
        return;
    case Qt::Key_Up:
        setCurrentModule(m_current < 0 ? 0 : m_geometry.move(from, Move::Up));
        return;
    case Qt::Key_Down:
        setCurrentModule(m_current < 0 ? 0 : m_geometry.move(from, Move::Down));
        return;
    case Qt::Key_Home:
        setCurrentModule(m_geometry.moduleCount() > 0 ? 0 : -1);
        return;
    case Qt::Key_End:
        setCurrentModule(m_geometry.moduleCount() - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        requestConsole(m_current);
        return;
    default:
        break;
    }
    if (event->matches(QKeySequence::Copy)) {
        copyMacs();
        return;
    }
    QWidget::keyPressEvent(event);
}

void RearPanelView::contextMenuEvent(QContextMenuEvent *event)
{
    const int index = event->reason() == QContextMenuEvent::Mouse
        ? m_geometry.moduleAt(event->pos())
        : m_current;
    if (index < 0)
        return;
    setCurrentModule(index);
    const RearPanelGeometry::Module &m = m_geometry.modules.at(index);
    QMenu menu(this);
    QAction *console = menu.addAction(tr("Open Switch Console"));
    console->setObjectName(QStringLiteral("actionRearOpenSwitchConsole"));
    console->setEnabled(m.kind == Kind::Switch);
    connect(console, &QAction::triggered, this, [this, index] { requestConsole(index); });
    QAction *copy = menu.addAction(tr("Copy MACs"));
    copy->setObjectName(QStringLiteral("actionRearCopyMacs"));
    copy->setEnabled(!macText(index).isEmpty());
    connect(copy, &QAction::triggered, this, &RearPanelView::copyMacs);
    menu.exec(event->globalPos());
}

void RearPanelView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void RearPanelView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

QPixmap RearPanelView::renderBackground() const
{
    const QRect outline = m_geometry.outline.toAlignedRect();
    if (outline.isEmpty())
        return {};
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(outline.size() * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.translate(-outline.topLeft());
    p.setRenderHint(QPainter::Antialiasing);
    const double s = m_geometry.scale;
    const ChassisProfile &prof = profile();

    QLinearGradient body(m_geometry.outline.topLeft(), m_geometry.outline.bottomLeft());
    body.setColorAt(0, Frame.lighter(110));
    body.setColorAt(1, Frame.darker(115));
    p.setPen(QPen(FrameEdge, std::max(0.5, s * 0.5)));
    p.setBrush(body);
    p.drawRect(m_geometry.outline);

    for (const RearPanelGeometry::Module &m : m_geometry.modules) {
        const QRectF r = m.rect;
        switch (m.kind) {
        case Kind::Switch: {
            drawModulePlate(&p, r, QColor(0x3d, 0x5a, 0x80), QColor(0x2a, 0x40, 0x5c), s);
            const QRectF text(r.left() + s * 3, r.top() + s * 2, s * 86, r.height() - s * 4);
            drawText(&p, QRectF(text.left(), text.top(), text.width(), s * 7), s * 5.0,
                tr("SW%1").arg(m.position), Qt::AlignLeft | Qt::AlignTop, true);
            drawText(&p, QRectF(text.left(), text.top() + s * 9, text.width(), s * 5), s * 3.4,
                tr("%1 × %2GbE down")
                    .arg(QString::number(prof.switchDownlinks), QString::number(prof.downlinkGbps)),
                Qt::AlignLeft | Qt::AlignVCenter);
            drawText(&p, QRectF(text.left(), text.top() + s * 15, text.width(), s * 5), s * 3.4,
                tr("%1 × %2 up").arg(QString::number(prof.switchUplinks), prof.uplinkType),
                Qt::AlignLeft | Qt::AlignVCenter);
            drawRj45(&p, m.management, s);
            drawText(&p,
                QRectF(m.management.left() - s * 8, m.management.bottom() + s * 0.8,
                    m.management.width() + s * 16, s * 4),
                s * 2.6, prof.managementPort, Qt::AlignHCenter | Qt::AlignTop);
            for (int i = 0; i < m.uplinks.size(); ++i) {
                const QRectF &u = m.uplinks.at(i);
                drawQsfp(&p, u, s);
                drawText(&p,
                    QRectF(u.left() - s * 2, u.bottom() + s * 0.8, u.width() + s * 4, s * 4),
                    s * 2.6, tr("QSFP+ %1").arg(i + 1), Qt::AlignHCenter | Qt::AlignTop);
            }
            break;
        }
        case Kind::Cmm:
            drawModulePlate(&p, r, QColor(0x5a, 0x5f, 0x66), QColor(0x40, 0x44, 0x4a), s);
            drawText(&p, QRectF(r.left(), r.top() + s * 3, r.width(), s * 7), s * 4.6, tr("CMM"),
                Qt::AlignHCenter | Qt::AlignTop, true);
            drawRj45(&p, m.management, s);
            drawText(&p, QRectF(r.left(), m.management.bottom() + s * 0.8, r.width(), s * 4),
                s * 2.6, tr("MGMT"), Qt::AlignHCenter | Qt::AlignTop);
            break;
        case Kind::Fan: {
            drawModulePlate(&p, r, QColor(0x33, 0x36, 0x3b), QColor(0x24, 0x26, 0x2a), s);
            const double radius = std::min(r.width(), r.height()) * 0.4;
            const QPointF c(r.center().x(), r.top() + r.height() * 0.45);
            p.setPen(QPen(QColor(0x15, 0x16, 0x18), std::max(0.6, s * 0.5)));
            p.setBrush(QColor(0x1b, 0x1d, 0x20));
            p.drawEllipse(c, radius, radius);
            p.setPen(QPen(QColor(0x4a, 0x4e, 0x55), std::max(0.6, s * 0.6)));
            for (double f = 0.35; f < 1.0; f += 0.3)
                p.drawEllipse(c, radius * f, radius * f);
            drawText(&p, QRectF(r.left(), r.bottom() - s * 8, r.width(), s * 5), s * 3.2,
                tr("FAN%1").arg(m.position), Qt::AlignCenter, true);
            break;
        }
        case Kind::PowerUnit: {
            drawModulePlate(&p, r, QColor(0x4f, 0x53, 0x59), QColor(0x37, 0x3a, 0x3f), s);
            const QRectF inlet(r.left() + s * 4, r.center().y() - s * 6, s * 14, s * 12);
            p.setPen(QPen(FrameEdge, std::max(0.5, s * 0.4)));
            p.setBrush(QColor(0x10, 0x11, 0x13));
            p.drawRoundedRect(inlet, s * 1.5, s * 1.5);
            const QRectF label(inlet.right() + s * 3, r.top() + s * 3,
                r.right() - inlet.right() - s * 5, r.height() - s * 6);
            drawText(&p, QRectF(label.left(), label.top(), label.width(), s * 6), s * 3.6,
                tr("PSU%1").arg(m.position), Qt::AlignLeft | Qt::AlignTop, true);
            drawText(&p, QRectF(label.left(), label.top() + s * 8, label.width(), s * 5), s * 3.2,
                tr("%1W").arg(prof.powerUnitWatts), Qt::AlignLeft | Qt::AlignTop);
            drawText(&p, QRectF(label.left(), label.top() + s * 14, label.width(), s * 5), s * 3.0,
                tr("Platinum"), Qt::AlignLeft | Qt::AlignTop);
            break;
        }
        }
    }
    return pixmap;
}

void RearPanelView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window).darker(104));
    if (m_background.isNull())
        m_background = renderBackground();
    painter.drawPixmap(m_geometry.outline.toAlignedRect().topLeft(), m_background);
    if (m_current < 0 || m_current >= m_geometry.moduleCount())
        return;
    const double s = m_geometry.scale;
    const QColor highlight = palette().color(QPalette::Highlight);
    const QRectF r = m_geometry.modules.at(m_current).rect;
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = highlight;
    fill.setAlpha(60);
    painter.setBrush(fill);
    painter.setPen(QPen(highlight.lighter(130), std::max(1.5, s * 0.7)));
    painter.drawRoundedRect(r.adjusted(s * 0.2, s * 0.2, -s * 0.2, -s * 0.2), s, s);
    if (hasFocus()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, std::max(1.0, s * 0.3), Qt::DashLine));
        painter.drawRoundedRect(r.adjusted(-s * 0.4, -s * 0.4, s * 0.4, s * 0.4), s, s);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontpanelpainter.h"

#include <algorithm>
#include <cmath>

#include <QFont>
#include <QHash>
#include <QPixmap>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include "chassis/chassisprofile.h"
#include "chassismodel.h"
#include "frontpanelgeometry.h"

namespace {

const QColor Frame(0x2b, 0x2e, 0x33);
const QColor FrameEdge(0x17, 0x19, 0x1c);
const QColor Bay(0x0f, 0x10, 0x12);
const QColor Steel(0x6b, 0x71, 0x79);
const QColor SteelDark(0x4c, 0x51, 0x58);
const QColor Silkscreen(0xd8, 0xdc, 0xe0);

void drawScrew(QPainter *p, const QPointF &centre, double r)
{
    QRadialGradient g(centre - QPointF(r / 3, r / 3), r * 1.4);
    g.setColorAt(0, QColor(0xc9, 0xcd, 0xd2));
    g.setColorAt(1, QColor(0x5f, 0x64, 0x6a));
    p->setPen(QPen(FrameEdge, std::max(0.5, r / 5)));
    p->setBrush(g);
    p->drawEllipse(centre, r, r);
    p->drawLine(centre - QPointF(r * 0.6, 0), centre + QPointF(r * 0.6, 0));
}

void drawLed(QPainter *p, const QPointF &centre, double r, const QColor &color, bool lit)
{
    if (lit) {
        QRadialGradient glow(centre, r * 2.6);
        QColor halo = color;
        halo.setAlpha(110);
        glow.setColorAt(0, halo);
        glow.setColorAt(1, Qt::transparent);
        p->setPen(Qt::NoPen);
        p->setBrush(glow);
        p->drawEllipse(centre, r * 2.6, r * 2.6);
    }
    QRadialGradient body(centre - QPointF(r / 3, r / 3), r * 1.3);
    body.setColorAt(0, lit ? color.lighter(160) : color.darker(120));
    body.setColorAt(1, lit ? color : color.darker(260));
    p->setPen(QPen(QColor(0, 0, 0, 160), std::max(0.5, r / 4)));
    p->setBrush(body);
    p->drawEllipse(centre, r, r);
}

/// drawLed() rendered once per colour, size and device pixel ratio, then blitted.
void drawLedSprite(QPainter *p, const QPointF &centre, double r, const QColor &color, bool lit)
{
    static QHash<QString, QPixmap> cache;
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    const double extent = r * 2.6;
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(color.rgba())
                            .arg(qRound(r * 100))
                            .arg(lit)
                            .arg(qRound(dpr * 100));
    auto it = cache.find(key);
    if (it == cache.end()) {
        const int side = int(std::ceil(2 * extent * dpr)) + 2;
        QPixmap sprite(side, side);
        sprite.setDevicePixelRatio(dpr);
        sprite.fill(Qt::transparent);
        QPainter sp(&sprite);
        sp.setRenderHint(QPainter::Antialiasing);
        const double half = side / dpr / 2;
        drawLed(&sp, QPointF(half, half), r, color, lit);
        sp.end();
        if (cache.size() > 512)
            cache.clear();
        it = cache.insert(key, sprite);
    }
    const double half = it->width() / dpr / 2;
    p->drawPixmap(QPointF(centre.x() - half, centre.y() - half), *it);
}

/// An RJ45-style serial console port with its label.
void drawPort(QPainter *p, const QRectF &r, const QString &label, double scale)
{
    p->setPen(QPen(FrameEdge, std::max(0.5, scale * 0.3)));
    p->setBrush(QColor(0x08, 0x08, 0x09));
    p->drawRoundedRect(r, scale * 0.4, scale * 0.4);
    const QRectF latch(
        r.center().x() - r.width() / 4, r.bottom() - r.height() / 4, r.width() / 2, r.height() / 4);
    p->setBrush(QColor(0x20, 0x22, 0x25));
    p->drawRect(latch);
    QFont font;
    font.setPixelSize(std::max(1, int(scale * 2.6)));
    font.setBold(true);
    p->setFont(font);
    p->setPen(Silkscreen);
    p->drawText(QRectF(r.left() - r.width(), r.top() - scale * 4.2, r.width() * 3, scale * 4),
        Qt::AlignHCenter | Qt::AlignBottom, label);
}

} // namespace

void setLedState(SlotVisual *v, const QModelIndex &slot)
{
    const auto led = slot.data(ChassisModel::PowerLedRole).value<ChassisModel::PowerLed>();
    v->power = slot.data(ChassisModel::PowerStateRole).value<PowerState>();
    v->busy = led == ChassisModel::PowerLed::Busy;
    v->error = led == ChassisModel::PowerLed::Error;
}

bool isSmallCpu(const QModelIndex &slot)
{
    // The profile's processor without HDD support is the smaller one (C2730).
    const QString cpu = slot.data(ChassisModel::CpuRole).toString();
    if (cpu.isEmpty())
        return false;
    const ChassisProfile::CpuSpec *spec = ChassisProfile::dx1000().cpu(cpu);
    return spec && !spec->hddCapable;
}

QColor FrontPanelPainter::powerLedColor(const SlotVisual &slot)
{
    if (slot.busy)
        return QColor(0xff, 0xa3, 0x1a); // amber: an operation is running
    if (slot.error)
        return QColor(0xe5, 0x39, 0x35); // red: the BMC did not answer
    switch (slot.power) {
    case PowerState::On:
        return QColor(0x3d, 0xe0, 0x5c);
    case PowerState::Off:
        return QColor(0x2f, 0x5e, 0x36); // an unlit green LED
    case PowerState::Unknown:
        break;
    }
    return QColor(0x5a, 0x5d, 0x62);
}

void FrontPanelPainter::paintChassis(
    QPainter *p, const FrontPanelGeometry &g, const QString &label, const QColor &highlight)
{
    Q_UNUSED(highlight)
    if (!g.isValid())
        return;
    const double s = g.scale;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    // Rack ears with their mounting holes.
    for (const QRectF &ear : {g.leftEar, g.rightEar}) {
        QLinearGradient metal(ear.topLeft(), ear.topRight());
        metal.setColorAt(0, QColor(0x50, 0x55, 0x5c));
        metal.setColorAt(1, QColor(0x3a, 0x3e, 0x44));
        p->setPen(QPen(FrameEdge, std::max(0.5, s * 0.4)));
        p->setBrush(metal);
        p->drawRoundedRect(ear, s * 1.2, s * 1.2);
        for (double y : {0.2, 0.8}) {
            p->setBrush(QColor(0x10, 0x11, 0x13));
            p->drawRoundedRect(QRectF(ear.center().x() - s * 3.5,
                                   ear.top() + ear.height() * y - s * 2, s * 7, s * 4),
                s * 2, s * 2);
        }
        drawScrew(p, QPointF(ear.center().x(), ear.center().y()), s * 2.2);
    }

    // The body: a dark powder-coated frame.
    QLinearGradient frame(g.body.topLeft(), g.body.bottomLeft());
    frame.setColorAt(0, Frame.lighter(115));
    frame.setColorAt(1, Frame.darker(110));
    p->setPen(QPen(FrameEdge, std::max(0.5, s * 0.5)));
    p->setBrush(frame);
    p->drawRect(g.body);

    // Console panel: brand, the two switch modules' serial consoles, CMM LED.
    const QRectF cp = g.consolePanel;
    p->setPen(QPen(FrameEdge, std::max(0.5, s * 0.3)));
    p->setBrush(QColor(0x22, 0x25, 0x29));
    p->drawRoundedRect(cp, s, s);
    QFont brand;
    brand.setPixelSize(std::max(1, int(s * 5.2)));
    brand.setBold(true);
    brand.setLetterSpacing(QFont::PercentageSpacing, 105);
    p->setFont(brand);
    p->setPen(Silkscreen);
    p->drawText(QRectF(cp.left(), cp.top() + s * 2, cp.width(), s * 7), Qt::AlignCenter,
        QStringLiteral("NEC"));
    QFont model;
    model.setPixelSize(std::max(1, int(s * 3.4)));
    p->setFont(model);
    p->setPen(Silkscreen.darker(115));
    p->drawText(QRectF(cp.left(), cp.top() + s * 9, cp.width(), s * 5), Qt::AlignCenter,
        QStringLiteral("DX1000"));
    if (!label.isEmpty()) {
        QFont name;
        name.setPixelSize(std::max(1, int(s * 3.0)));
        p->setFont(name);
        p->setPen(highlight.isValid() ? Silkscreen : Silkscreen);
        p->drawText(QRectF(cp.left() + s, cp.bottom() - s * 7, cp.width() - 2 * s, s * 5),
            Qt::AlignCenter | Qt::TextSingleLine,
            p->fontMetrics().elidedText(label, Qt::ElideMiddle, int(cp.width() - 2 * s)));
    }
    const double portW = s * 11.5;
    const double portH = s * 9.0;
    const double portY = cp.top() + cp.height() * 0.42;
    drawPort(p, QRectF(cp.left() + cp.width() * 0.27 - portW / 2, portY, portW, portH),
        QStringLiteral("SW1"), s);
    drawPort(p, QRectF(cp.left() + cp.width() * 0.73 - portW / 2, portY, portW, portH),
        QStringLiteral("SW2"), s);

    // Empty bays (modules paint over them).
    p->setPen(Qt::NoPen);
    p->setBrush(Bay);
    p->drawRect(g.slotArea);
    p->restore();
}

void FrontPanelPainter::paintSlot(
    QPainter *p, const QRectF &rect, const SlotVisual &v, double s, const QColor &highlight)
{
    paintSlotBody(p, rect, v, s);
    paintSlotState(p, rect, v, s, highlight);
}

void FrontPanelPainter::paintSlotBody(
    QPainter *p, const QRectF &rect, const SlotVisual &v, double s)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const double line = std::max(0.6, s * 0.25);
    const double w = rect.width();
    const QRectF face = rect.adjusted(s * 0.2, s * 0.2, -s * 0.2, -s * 0.2);

    // Faceplate by module type.
    QColor top = Steel;
    QColor bottom = SteelDark;
    switch (v.module) {
    case ModuleType::Server:
        break;
    case ModuleType::Hdd:
        top = QColor(0x9d, 0xa7, 0xb3);
        bottom = QColor(0x77, 0x81, 0x8d);
        break;
    case ModuleType::Pcie:
        top = QColor(0x8a, 0x8f, 0x6a);
        bottom = QColor(0x66, 0x6b, 0x4c);
        break;
    case ModuleType::Empty:
        top = QColor(0x25, 0x27, 0x2b);
        bottom = QColor(0x1c, 0x1e, 0x21);
        break;
    }
    QLinearGradient plate(face.topLeft(), face.topRight());
    plate.setColorAt(0, top.lighter(112));
    plate.setColorAt(0.5, top);
    plate.setColorAt(1, bottom);
    p->setPen(QPen(FrameEdge, line));
    p->setBrush(plate);
    p->drawRoundedRect(face, s * 0.6, s * 0.6);

    const double cx = face.center().x();
    QFont number;
    number.setPixelSize(std::max(1, int(std::min(w * 0.42, s * 3.6))));
    number.setBold(true);

    switch (v.module) {
    case ModuleType::Server: {
        // (The LEDs are paintSlotState's.)
        // Ventilation slits.
        p->setPen(
            QPen(QColor(0x2a, 0x2d, 0x31), std::max(0.6, s * 0.5), Qt::SolidLine, Qt::RoundCap));
        for (double y = face.top() + s * 10; y < face.bottom() - s * 12; y += s * 1.6)
            p->drawLine(QPointF(face.left() + w * 0.28, y), QPointF(face.right() - w * 0.28, y));
        break;
    }
    case ModuleType::Hdd: {
        // A 2.5-inch drive behind a window; no BMC, so no power LED.
        const QRectF drive(face.left() + w * 0.18, face.top() + s * 3, face.width() - w * 0.36,
            face.height() * 0.45);
        p->setPen(QPen(QColor(0x3a, 0x40, 0x47), line));
        p->setBrush(QColor(0xc4, 0xcb, 0xd3));
        p->drawRoundedRect(drive, s * 0.4, s * 0.4);
        p->setBrush(QColor(0x8e, 0x97, 0xa1));
        const double pr = std::min(drive.width(), drive.height()) * 0.32;
        p->drawEllipse(QPointF(drive.center().x(), drive.top() + drive.height() * 0.38), pr, pr);
        QFont tag;
        tag.setPixelSize(std::max(1, int(std::min(w * 0.34, s * 2.6))));
        tag.setBold(true);
        p->setFont(tag);
        p->setPen(QColor(0x1d, 0x22, 0x28));
        p->drawText(QRectF(face.left(), drive.bottom() + s * 0.5, face.width(), s * 3.5),
            Qt::AlignCenter, QStringLiteral("HDD"));
        break;
    }
    case ModuleType::Pcie: {
        // A card bracket: a port cut-out and a row of vents.
        p->setPen(QPen(QColor(0x2f, 0x32, 0x24), line));
        p->setBrush(QColor(0x1a, 0x1b, 0x16));
        p->drawRect(QRectF(face.left() + w * 0.22, face.top() + s * 3, face.width() - w * 0.44,
            face.height() * 0.22));
        p->setPen(
            QPen(QColor(0x3c, 0x3f, 0x2c), std::max(0.6, s * 0.6), Qt::SolidLine, Qt::RoundCap));
        for (double y = face.top() + face.height() * 0.36; y < face.bottom() - s * 12; y += s * 2.2)
            p->drawLine(QPointF(cx, y), QPointF(cx, y + s * 1.2));
        QFont tag;
        tag.setPixelSize(std::max(1, int(std::min(w * 0.30, s * 2.4))));
        tag.setBold(true);
        p->setFont(tag);
        p->setPen(QColor(0x1f, 0x21, 0x16));
        p->drawText(QRectF(face.left(), face.top() + face.height() * 0.55, face.width(), s * 3.5),
            Qt::AlignCenter, QStringLiteral("PCIe"));
        break;
    }
    case ModuleType::Empty: {
        // A blank cover: two screws.
        drawScrew(p, QPointF(cx, face.top() + s * 2.2), std::min(w * 0.14, s * 1.0));
        drawScrew(p, QPointF(cx, face.bottom() - s * 2.2), std::min(w * 0.14, s * 1.0));
        break;
    }
    }

    // Pull handle and slot number at the bottom of the module.
    if (v.module != ModuleType::Empty) {
        const QRectF handle(
            face.left() + w * 0.14, face.bottom() - s * 10, face.width() - w * 0.28, s * 9);
        p->setPen(QPen(QColor(0x15, 0x16, 0x18), line));
        p->setBrush(QColor(0x2a, 0x2c, 0x30));
        p->drawRoundedRect(handle, s * 0.8, s * 0.8);
        p->setFont(number);
        p->setPen(Silkscreen);
        p->drawText(handle, Qt::AlignCenter, QString::number(v.slot));
        if (v.c2730) {
            QFont cpu;
            cpu.setPixelSize(std::max(1, int(std::min(w * 0.24, s * 2.0))));
            p->setFont(cpu);
            p->setPen(QColor(0xff, 0xd5, 0x80));
            p->drawText(QRectF(face.left(), handle.top() - s * 3.2, face.width(), s * 3),
                Qt::AlignCenter, QStringLiteral("2730"));
        }
    } else {
        p->setFont(number);
        p->setPen(QColor(0x6a, 0x6e, 0x74));
        p->drawText(face, Qt::AlignCenter, QString::number(v.slot));
    }

    p->restore();
}

void FrontPanelPainter::paintSlotState(
    QPainter *p, const QRectF &rect, const SlotVisual &v, double s, const QColor &highlight)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const double w = rect.width();
    const QRectF face = rect.adjusted(s * 0.2, s * 0.2, -s * 0.2, -s * 0.2);
    if (v.module == ModuleType::Server) {
        // LEDs at the top: power (green) above identify (blue); sprites, as a rack
        // repaints 608 of each.
        const double r = std::max(1.4, std::min(w * 0.19, s * 1.5));
        const double cx = face.center().x();
        drawLedSprite(p, QPointF(cx, face.top() + s * 3.0), r, powerLedColor(v),
            v.power == PowerState::On || v.busy || v.error);
        drawLedSprite(
            p, QPointF(cx, face.top() + s * 6.6), r * 0.8, QColor(0x3b, 0x8e, 0xff), v.identifying);
    }
    if (v.warning) {
        // An amber triangle in the top corner.
        const double t = std::min(w * 0.4, s * 3.2);
        QPainterPath tri;
        tri.moveTo(face.right() - t - s * 0.4, face.top() + t + s * 0.4);
        tri.lineTo(face.right() - s * 0.4, face.top() + t + s * 0.4);
        tri.lineTo(face.right() - s * 0.4 - t / 2, face.top() + s * 0.4);
        tri.closeSubpath();
        p->setPen(QPen(QColor(0x5a, 0x3a, 0x00), std::max(0.5, s * 0.2)));
        p->setBrush(QColor(0xff, 0xb3, 0x00));
        p->drawPath(tri);
    }

    if (!v.shown) {
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0, 0, 0, 150));
        p->drawRect(rect);
    }
    if (v.selected) {
        QColor fill = highlight;
        fill.setAlpha(70);
        p->setBrush(fill);
        p->setPen(QPen(highlight.lighter(130), std::max(1.5, s * 0.7)));
        p->drawRoundedRect(rect.adjusted(s * 0.1, s * 0.1, -s * 0.1, -s * 0.1), s * 0.6, s * 0.6);
    }
    if (v.current) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(Qt::white, std::max(1.0, s * 0.3), Qt::DashLine));
        p->drawRoundedRect(rect.adjusted(-s * 0.3, -s * 0.3, s * 0.3, s * 0.3), s * 0.6, s * 0.6);
    }
    p->restore();
}

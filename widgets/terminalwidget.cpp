// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalwidget.h"

#include <algorithm>
#include <array>

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace {

constexpr int RepaintIntervalMs = 16; // about 60 frames a second at most
constexpr int BlinkIntervalMs = 530;
constexpr int DefaultRows = 24;
constexpr int DefaultColumns = 80;
constexpr QRgb DefaultForeground = 0xffe5e5e5;
constexpr QRgb DefaultBackground = 0xff000000;

/// xterm's 256-colour palette: 16 system colours, a 6×6×6 cube, 24 greys.
const std::array<QRgb, 256> &xtermPalette()
{
    static const std::array<QRgb, 256> table = [] {
        std::array<QRgb, 256> t {};
        const QRgb system[16] = {0xff000000, 0xffcd0000, 0xff00cd00, 0xffcdcd00, 0xff0000ee,
            0xffcd00cd, 0xff00cdcd, 0xffe5e5e5, 0xff7f7f7f, 0xffff0000, 0xff00ff00, 0xffffff00,
            0xff5c5cff, 0xffff00ff, 0xff00ffff, 0xffffffff};
        std::copy(std::begin(system), std::end(system), t.begin());
        const int levels[6] = {0, 95, 135, 175, 215, 255};
        for (int i = 0; i < 216; ++i)
            t[size_t(16 + i)] = qRgb(levels[i / 36], levels[(i / 6) % 6], levels[i % 6]);
        for (int i = 0; i < 24; ++i)
            t[size_t(232 + i)] = qRgb(8 + 10 * i, 8 + 10 * i, 8 + 10 * i);
        return t;
    }();
    return table;
}

bool sameStyle(const TerminalCell &a, const TerminalCell &b)
{
    return a.fg == b.fg && a.bg == b.bg && a.attrs == b.attrs;
}

bool isSimple(const TerminalCell &c)
{
    return c.width == 1 && c.ch < 0x7f;
}

} // namespace

TerminalWidget::TerminalWidget(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_screen(DefaultRows, DefaultColumns)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);

    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_font.setStyleHint(QFont::TypeWriter);
    m_font.setKerning(false);
    m_basePointSize = m_font.pointSizeF() > 0 ? m_font.pointSizeF() : 10;
    updateFont();

    m_repaintTimer.setSingleShot(true);
    m_repaintTimer.setInterval(RepaintIntervalMs);
    connect(&m_repaintTimer, &QTimer::timeout, this, &TerminalWidget::repaintNow);
    m_blinkTimer.setInterval(BlinkIntervalMs);
    connect(&m_blinkTimer, &QTimer::timeout, this, [this] {
        m_blinkOn = !m_blinkOn;
        viewport()->update();
    });
    updateScrollBar();
}

TerminalWidget::~TerminalWidget() = default;

void TerminalWidget::putData(const QByteArray &bytes)
{
    const qint64 before = m_screen.scrollbackDropped() + m_screen.scrollbackSize();
    m_screen.feed(bytes);
    const qint64 pushed = m_screen.scrollbackDropped() + m_screen.scrollbackSize() - before;
    // A view scrolled back stays on the lines it shows while new ones arrive.
    if (m_scrollOffset > 0 && pushed > 0)
        m_scrollOffset = int(std::min<qint64>(m_scrollOffset + pushed, m_screen.scrollbackSize()));
    emitOutput(); // answers to status requests (DA, DSR)
    if (m_screen.takeBell())
        Q_EMIT bellRang();
    scheduleRepaint();
}

void TerminalWidget::emitOutput()
{
    const QByteArray out = m_screen.takeOutput();
    if (!out.isEmpty())
        Q_EMIT sendData(out);
}

void TerminalWidget::scheduleRepaint()
{
    if (!m_repaintTimer.isActive())
        m_repaintTimer.start();
}

void TerminalWidget::repaintNow()
{
    updateScrollBar();
    if (m_screen.title() != m_title) {
        m_title = m_screen.title();
        Q_EMIT titleChanged(m_title);
    }
    viewport()->update();
}

void TerminalWidget::setGridSize(int rows, int columns)
{
    m_fixedRows = std::max(0, rows);
    m_fixedColumns = std::max(0, columns);
    fitGrid();
}

void TerminalWidget::fitGrid()
{
    int rows = m_fixedRows;
    int columns = m_fixedColumns;
    if (rows <= 0 || columns <= 0) {
        const QSize area = viewport()->size();
        rows = std::max(1, area.height() / m_cellHeight);
        columns = std::max(1, area.width() / m_cellWidth);
    }
    if (rows == m_screen.rows() && columns == m_screen.columns())
        return;
    m_screen.resize(rows, columns);
    updateGeometry();
    m_scrollOffset = std::min<int>(m_scrollOffset, int(m_screen.scrollbackSize()));
    updateScrollBar();
    viewport()->update();
    Q_EMIT terminalSizeChanged(rows, columns);
}

void TerminalWidget::updateFont()
{
    const qreal size = std::max<qreal>(4, m_basePointSize + m_zoomSteps);
    m_font.setPointSizeF(size);
    const QFontMetrics metrics(m_font);
    m_cellWidth = std::max(1, metrics.horizontalAdvance(QLatin1Char('M')));
    m_cellHeight = std::max(1, metrics.height());
    m_ascent = metrics.ascent();
    verticalScrollBar()->setSingleStep(1);
    fitGrid();
    viewport()->update();
}

int TerminalWidget::fontPointSize() const
{
    return qRound(m_font.pointSizeF());
}

void TerminalWidget::zoomIn()
{
    ++m_zoomSteps;
    updateFont();
}

void TerminalWidget::zoomOut()
{
    if (m_basePointSize + m_zoomSteps - 1 < 4)
        return;
    --m_zoomSteps;
    updateFont();
}

void TerminalWidget::resetZoom()
{
    m_zoomSteps = 0;
    updateFont();
}

QSize TerminalWidget::sizeHint() const
{
    const int frame = 2 * frameWidth();
    return {m_screen.columns() * m_cellWidth + verticalScrollBar()->sizeHint().width() + frame,
        m_screen.rows() * m_cellHeight + frame};
}

QSize TerminalWidget::minimumSizeHint() const
{
    return {20 * m_cellWidth, 5 * m_cellHeight};
}

void TerminalWidget::updateScrollBar()
{
    m_updatingScrollBar = true;
    QScrollBar *bar = verticalScrollBar();
    const int size = int(m_screen.scrollbackSize());
    bar->setRange(0, size);
    bar->setPageStep(m_screen.rows());
    bar->setValue(size - m_scrollOffset);
    m_updatingScrollBar = false;
}

void TerminalWidget::scrollContentsBy(int, int)
{
    if (m_updatingScrollBar)
        return;
    m_scrollOffset = std::clamp(int(m_screen.scrollbackSize()) - verticalScrollBar()->value(), 0,
        int(m_screen.scrollbackSize()));
    viewport()->update();
}

void TerminalWidget::scrollLines(int linesBack)
{
    m_scrollOffset = std::clamp(m_scrollOffset + linesBack, 0, int(m_screen.scrollbackSize()));
    updateScrollBar();
    viewport()->update();
}

void TerminalWidget::scrollToBottom()
{
    if (m_scrollOffset == 0)
        return;
    m_scrollOffset = 0;
    updateScrollBar();
    viewport()->update();
}

void TerminalWidget::setScrollbackLimit(int lines)
{
    m_screen.setScrollbackLimit(lines);
    m_scrollOffset = std::min<int>(m_scrollOffset, int(m_screen.scrollbackSize()));
    updateScrollBar();
}

void TerminalWidget::clearScrollback()
{
    m_screen.clearScrollback();
    m_scrollOffset = 0;
    clearSelection();
    updateScrollBar();
    viewport()->update();
}

QString TerminalWidget::scrollbackLineText(qsizetype index) const
{
    if (index < 0 || index >= m_screen.scrollbackSize())
        return {};
    QString text;
    const QList<TerminalCell> cells = m_screen.scrollbackLine(index);
    for (const TerminalCell &c : cells)
        text += c.text();
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

TerminalSnapshot TerminalWidget::snapshot() const
{
    TerminalSnapshot s;
    s.rows = m_screen.rows();
    s.columns = m_screen.columns();
    s.cells.reserve(s.rows);
    for (int r = 0; r < s.rows; ++r)
        s.cells.append(lineAt(m_screen.scrollbackSize() + r));
    s.cursor = m_screen.cursorPosition();
    s.cursorVisible = m_screen.cursorVisible();
    s.cursorBlinking = m_screen.cursorBlinking();
    s.alternateScreen = m_screen.alternateScreen();
    s.title = m_screen.title();
    return s;
}

QList<TerminalCell> TerminalWidget::lineAt(qsizetype index) const
{
    const qsizetype scrollback = m_screen.scrollbackSize();
    if (index < 0)
        return {};
    if (index < scrollback)
        return m_screen.scrollbackLine(index);
    const int row = int(index - scrollback);
    QList<TerminalCell> cells;
    if (row >= m_screen.rows())
        return cells;
    const int columns = m_screen.columns();
    cells.reserve(columns);
    for (int c = 0; c < columns; ++c)
        cells.append(m_screen.cell(row, c));
    return cells;
}

// --- input -------------------------------------------------------------------------

bool TerminalWidget::event(QEvent *event)
{
    // Keys belong to the remote side, even those the application has shortcuts for.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalWidget::focusNextPrevChild(bool)
{
    return false; // Tab and Shift+Tab are keys for the remote side
}

void TerminalWidget::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    const bool ctrlShift = mods == (Qt::ControlModifier | Qt::ShiftModifier);

    if (mods == Qt::ShiftModifier) {
        switch (key) {
        case Qt::Key_PageUp:
            scrollLines(std::max(1, m_screen.rows() - 1));
            return;
        case Qt::Key_PageDown:
            scrollLines(-std::max(1, m_screen.rows() - 1));
            return;
        case Qt::Key_Home:
            scrollLines(int(m_screen.scrollbackSize()));
            return;
        case Qt::Key_End:
            scrollToBottom();
            return;
        case Qt::Key_Insert:
            paste();
            return;
        default:
            break;
        }
    }
    if (ctrlShift && key == Qt::Key_C) {
        copy();
        return;
    }
    if (ctrlShift && key == Qt::Key_V) {
        paste();
        return;
    }
    if (ctrlShift && key == Qt::Key_F) {
        Q_EMIT findRequested();
        return;
    }
    if ((mods & Qt::ControlModifier) && !(mods & Qt::AltModifier)) {
        if (key == Qt::Key_Plus || key == Qt::Key_Equal) {
            zoomIn();
            return;
        }
        if (key == Qt::Key_Minus && !(mods & Qt::ShiftModifier)) {
            zoomOut();
            return;
        }
        if (key == Qt::Key_0) {
            resetZoom();
            return;
        }
    }

    if (!m_screen.keyPress(key, mods, event->text())) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    scrollToBottom();
    m_blinkOn = true;
    emitOutput();
}

void TerminalWidget::pasteText(const QString &text)
{
    if (text.isEmpty())
        return;
    m_screen.paste(text);
    scrollToBottom();
    emitOutput();
}

void TerminalWidget::paste()
{
    pasteText(QGuiApplication::clipboard()->text(QClipboard::Clipboard));
}

void TerminalWidget::copy()
{
    if (m_hasSelection)
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Clipboard);
}

// --- selection and find --------------------------------------------------------------

TerminalWidget::Position TerminalWidget::positionAt(const QPoint &point) const
{
    const int row = std::clamp(point.y() / m_cellHeight, 0, m_screen.rows() - 1);
    const int column
        = std::clamp((point.x() + m_cellWidth / 2) / m_cellWidth, 0, m_screen.columns());
    const qsizetype index = m_screen.scrollbackSize() - m_scrollOffset + row;
    return {firstLine() + index, column};
}

bool TerminalWidget::isSelected(qint64 line, int column) const
{
    if (!m_hasSelection)
        return false;
    const Position start = std::min(m_selectionAnchor, m_selectionEnd);
    const Position end = std::max(m_selectionAnchor, m_selectionEnd);
    const Position here {line, column};
    return start <= here && here < end;
}

void TerminalWidget::select(qsizetype line, int column, qsizetype endLine, int endColumn)
{
    m_selectionAnchor = {firstLine() + line, column};
    m_selectionEnd = {firstLine() + endLine, endColumn};
    m_hasSelection = m_selectionAnchor != m_selectionEnd;
    viewport()->update();
}

void TerminalWidget::clearSelection()
{
    if (!m_hasSelection)
        return;
    m_hasSelection = false;
    viewport()->update();
}

QString TerminalWidget::selectedText() const
{
    if (!m_hasSelection)
        return {};
    const Position start = std::min(m_selectionAnchor, m_selectionEnd);
    const Position end = std::max(m_selectionAnchor, m_selectionEnd);
    QStringList lines;
    for (qint64 line = start.line; line <= end.line; ++line) {
        const QList<TerminalCell> cells = lineAt(qsizetype(line - firstLine()));
        const int from = line == start.line ? start.column : 0;
        const int to = line == end.line ? end.column : m_screen.columns();
        QString text;
        for (int c = from; c < to && c < cells.size(); ++c)
            text += cells.at(c).text();
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        if (line == end.line && to == 0 && line != start.line)
            break; // selection ends at the start of this line
        lines << text;
    }
    return lines.join(QLatin1Char('\n'));
}

bool TerminalWidget::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return false;
    const qsizetype count = lineCount();
    // One QChar per cell, so that string positions are columns.
    auto lineString = [this](qsizetype index) {
        const QList<TerminalCell> cells = lineAt(index);
        QString s(cells.size(), QLatin1Char(' '));
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const TerminalCell &c = cells.at(i);
            s[i] = c.width == 0  ? QChar(0xfffe)
                : c.ch == 0      ? QChar(QLatin1Char(' '))
                : c.ch < 0x10000 ? QChar(char16_t(c.ch))
                                 : QChar(QChar::ReplacementCharacter);
        }
        return s;
    };

    qsizetype startIndex = backwards ? count - 1 : 0;
    qsizetype startColumn = backwards ? m_screen.columns() : 0;
    if (m_hasSelection) {
        const Position from = backwards ? std::min(m_selectionAnchor, m_selectionEnd)
                                        : std::max(m_selectionAnchor, m_selectionEnd);
        startIndex = qsizetype(from.line - firstLine());
        startColumn = from.column;
    }
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype index = backwards ? startIndex - i : startIndex + i;
        if (index < 0 || index >= count)
            break;
        const QString s = lineString(index);
        qsizetype hit = -1;
        if (backwards) {
            // On the first line: a match starting before the selection (or anywhere
            // without one); lastIndexOf() takes the last start position allowed.
            const qsizetype from
                = (i == 0 && m_hasSelection) ? startColumn - 1 : s.size() - text.size();
            if (from >= 0)
                hit = s.lastIndexOf(text, from, Qt::CaseInsensitive);
        } else {
            hit = s.indexOf(text, i == 0 ? startColumn : 0, Qt::CaseInsensitive);
        }
        if (hit < 0)
            continue;
        select(index, int(hit), index, int(hit + text.size()));
        // Scroll so that the match is on screen.
        const qsizetype top = m_screen.scrollbackSize() - m_scrollOffset;
        if (index < top || index >= top + m_screen.rows()) {
            const qsizetype wantedTop = std::max<qsizetype>(0, index - m_screen.rows() / 2);
            m_scrollOffset = int(std::clamp<qsizetype>(
                m_screen.scrollbackSize() - wantedTop, 0, m_screen.scrollbackSize()));
            updateScrollBar();
        }
        viewport()->update();
        return true;
    }
    return false;
}

void TerminalWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_selectionAnchor = positionAt(event->position().toPoint());
        m_selectionEnd = m_selectionAnchor;
        m_hasSelection = false;
        m_selecting = true;
        viewport()->update();
        return;
    }
    if (event->button() == Qt::MiddleButton) {
        QClipboard *clipboard = QGuiApplication::clipboard();
        pasteText(clipboard->text(
            clipboard->supportsSelection() ? QClipboard::Selection : QClipboard::Clipboard));
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    const QPoint p = event->position().toPoint();
    if (p.y() < 0)
        scrollLines(1);
    else if (p.y() >= viewport()->height())
        scrollLines(-1);
    m_selectionEnd = positionAt(p);
    m_hasSelection = m_selectionEnd != m_selectionAnchor;
    viewport()->update();
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_selecting)
        return;
    m_selecting = false;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (m_hasSelection && clipboard->supportsSelection())
        clipboard->setText(selectedText(), QClipboard::Selection);
}

void TerminalWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    // Selects the word under the pointer.
    const Position at = positionAt(event->position().toPoint());
    const QList<TerminalCell> cells = lineAt(qsizetype(at.line - firstLine()));
    auto isWord = [&cells](int c) {
        if (c < 0 || c >= cells.size())
            return false;
        const char32_t ch = cells.at(c).ch;
        return ch > U' ' && !QStringView(u"\"'`()[]{}<>|,;").contains(QChar(char16_t(ch)));
    };
    int start = std::min<int>(at.column, int(cells.size()) - 1);
    if (!isWord(start))
        return;
    int end = start;
    while (isWord(start - 1))
        --start;
    while (isWord(end + 1))
        ++end;
    m_selectionAnchor = {at.line, start};
    m_selectionEnd = {at.line, end + 1};
    m_hasSelection = true;
    m_selecting = false;
    viewport()->update();
}

QMenu *TerminalWidget::createContextMenu()
{
    auto *menu = new QMenu(this);
    QAction *copyAction = menu->addAction(tr("&Copy"), this, &TerminalWidget::copy);
    copyAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    copyAction->setEnabled(m_hasSelection);
    QAction *pasteAction = menu->addAction(tr("&Paste"), this, &TerminalWidget::paste);
    pasteAction->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    menu->addSeparator();
    QAction *findAction = menu->addAction(tr("&Find…"), this, &TerminalWidget::findRequested);
    findAction->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    menu->addSeparator();
    menu->addAction(tr("Zoom &In"), this, &TerminalWidget::zoomIn);
    menu->addAction(tr("Zoom &Out"), this, &TerminalWidget::zoomOut);
    menu->addAction(tr("&Reset Zoom"), this, &TerminalWidget::resetZoom);
    menu->addSeparator();
    menu->addAction(tr("C&lear Scrollback"), this, &TerminalWidget::clearScrollback);
    return menu;
}

void TerminalWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void TerminalWidget::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    m_blinkOn = true;
    m_blinkTimer.start();
    viewport()->update();
}

void TerminalWidget::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    m_blinkTimer.stop();
    m_blinkOn = true;
    viewport()->update();
}

// --- painting --------------------------------------------------------------------------

void TerminalWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    fitGrid();
}

QColor TerminalWidget::color(quint32 c, bool foreground, bool bold) const
{
    switch (TerminalCell::colorKind(c)) {
    case TerminalCell::ColorKind::Default:
        if (foreground)
            return QColor::fromRgb(bold ? xtermPalette()[15] : DefaultForeground);
        return QColor::fromRgb(DefaultBackground);
    case TerminalCell::ColorKind::Indexed: {
        quint32 index = TerminalCell::colorValue(c) & 0xff;
        if (foreground && bold && index < 8)
            index += 8; // bold as bright, as xterm and the BIOS screens expect
        return QColor::fromRgb(xtermPalette()[index]);
    }
    case TerminalCell::ColorKind::Rgb:
        return QColor::fromRgb(QRgb(0xff000000 | TerminalCell::colorValue(c)));
    }
    return {};
}

void TerminalWidget::paintLine(
    QPainter &painter, int y, const QList<TerminalCell> &cells, qint64 line)
{
    const int columns = m_screen.columns();
    const int count = std::min<int>(int(cells.size()), columns);
    QFont font = m_font;
    int column = 0;
    while (column < count) {
        const TerminalCell &first = cells.at(column);
        if (first.width == 0) {
            ++column;
            continue;
        }
        const bool selected = isSelected(line, column);
        int end = column + 1;
        QString text = first.text();
        if (isSimple(first)) {
            while (end < count && isSimple(cells.at(end)) && sameStyle(cells.at(end), first)
                && isSelected(line, end) == selected) {
                text += cells.at(end).text();
                ++end;
            }
        } else if (first.width == 2) {
            end = std::min(count, column + 2);
        }
        const bool bold = first.has(TerminalCell::Bold);
        QColor fg = color(first.fg, true, bold);
        QColor bg = color(first.bg, false, false);
        if (first.has(TerminalCell::Reverse))
            std::swap(fg, bg);
        if (selected)
            std::swap(fg, bg);
        if (first.has(TerminalCell::Blink) && !m_blinkOn)
            fg = bg;
        const QRect rect(column * m_cellWidth, y, (end - column) * m_cellWidth, m_cellHeight);
        if (bg != QColor::fromRgb(DefaultBackground))
            painter.fillRect(rect, bg);
        if (font.bold() != bold || font.italic() != first.has(TerminalCell::Italic)) {
            font.setBold(bold);
            font.setItalic(first.has(TerminalCell::Italic));
            painter.setFont(font);
        }
        painter.setPen(fg);
        if (!text.trimmed().isEmpty())
            painter.drawText(rect.left(), y + m_ascent, text);
        if (first.has(TerminalCell::Underline)) {
            const int uy = y + m_ascent + 1;
            painter.drawLine(rect.left(), uy, rect.right(), uy);
            if (first.has(TerminalCell::DoubleUnderline))
                painter.drawLine(rect.left(), uy + 2, rect.right(), uy + 2);
        }
        if (first.has(TerminalCell::Strike)) {
            const int sy = y + m_ascent * 2 / 3;
            painter.drawLine(rect.left(), sy, rect.right(), sy);
        }
        column = end;
    }
    // Selected blank space past the stored end of a scrollback line.
    if (m_hasSelection) {
        for (int c = count; c < columns; ++c) {
            if (isSelected(line, c))
                painter.fillRect(QRect(c * m_cellWidth, y, m_cellWidth, m_cellHeight),
                    QColor::fromRgb(DefaultForeground));
        }
    }
}

void TerminalWidget::paintEvent(QPaintEvent *)
{
    ++m_paintCount;
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), QColor::fromRgb(DefaultBackground));
    painter.setFont(m_font);
    const qsizetype top = m_screen.scrollbackSize() - m_scrollOffset;
    for (int row = 0; row < m_screen.rows(); ++row) {
        const qsizetype index = top + row;
        paintLine(painter, row * m_cellHeight, lineAt(index), firstLine() + index);
    }
    painter.setFont(m_font);

    // The cursor: a block while focused (hidden in the blink's off phase), an
    // outline otherwise; not drawn while scrolled away or hidden by the remote side.
    if (!m_screen.cursorVisible())
        return;
    const QPoint cursor = m_screen.cursorPosition();
    const int row = cursor.y() + m_scrollOffset;
    if (row >= m_screen.rows())
        return;
    const TerminalCell cell = m_screen.cell(cursor.y(), cursor.x());
    const QRect rect(cursor.x() * m_cellWidth, row * m_cellHeight,
        std::max<int>(1, cell.width) * m_cellWidth, m_cellHeight);
    const QColor cursorColor = QColor::fromRgb(DefaultForeground);
    if (!hasFocus()) {
        painter.setPen(cursorColor);
        painter.drawRect(rect.adjusted(0, 0, -1, -1));
        return;
    }
    if (m_screen.cursorBlinking() && !m_blinkOn)
        return;
    painter.fillRect(rect, cursorColor);
    painter.setPen(QColor::fromRgb(DefaultBackground));
    if (cell.ch > U' ')
        painter.drawText(rect.left(), rect.top() + m_ascent, cell.text());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "vtermscreen.h"

#include <algorithm>
#include <cstring>

#include <vterm.h>

#include <QByteArray>
#include <QVarLengthArray>
#include <QElapsedTimer>

#ifndef DX_VTERM_VERSION
#error "DX_VTERM_VERSION must be defined by the build (pkg-config's version of vterm)"
#endif

namespace {

// libvterm marks the right half of a double-width character with this "character".
constexpr uint32_t WideContinuation = 0xffffffffU;

quint32 toColor(const VTermColor &c, bool foreground)
{
    if (foreground ? VTERM_COLOR_IS_DEFAULT_FG(&c) : VTERM_COLOR_IS_DEFAULT_BG(&c))
        return TerminalCell::makeColor(TerminalCell::ColorKind::Default, 0);
    if (VTERM_COLOR_IS_INDEXED(&c))
        return TerminalCell::makeColor(TerminalCell::ColorKind::Indexed, c.indexed.idx);
    return TerminalCell::makeColor(TerminalCell::ColorKind::Rgb,
        (quint32(c.rgb.red) << 16) | (quint32(c.rgb.green) << 8) | c.rgb.blue);
}

TerminalCell toCell(const VTermScreenCell &v)
{
    TerminalCell cell;
    if (v.chars[0] == WideContinuation) {
        cell.width = 0;
    } else {
        cell.ch = char32_t(v.chars[0]);
        cell.width = quint8(std::clamp(int(v.width), 1, 2));
    }
    cell.fg = toColor(v.fg, true);
    cell.bg = toColor(v.bg, false);
    quint16 a = 0;
    if (v.attrs.bold)
        a |= TerminalCell::Bold;
    if (v.attrs.underline == VTERM_UNDERLINE_DOUBLE)
        a |= TerminalCell::DoubleUnderline | TerminalCell::Underline;
    else if (v.attrs.underline)
        a |= TerminalCell::Underline;
    if (v.attrs.italic)
        a |= TerminalCell::Italic;
    if (v.attrs.blink)
        a |= TerminalCell::Blink;
    if (v.attrs.reverse)
        a |= TerminalCell::Reverse;
    if (v.attrs.strike)
        a |= TerminalCell::Strike;
    cell.attrs = a;
    return cell;
}

VTermColor fromColor(quint32 color, const VTermColor &defaultColor)
{
    VTermColor c = defaultColor;
    switch (TerminalCell::colorKind(color)) {
    case TerminalCell::ColorKind::Default:
        break;
    case TerminalCell::ColorKind::Indexed:
        vterm_color_indexed(&c, uint8_t(TerminalCell::colorValue(color)));
        break;
    case TerminalCell::ColorKind::Rgb: {
        const quint32 v = TerminalCell::colorValue(color);
        vterm_color_rgb(&c, uint8_t(v >> 16), uint8_t(v >> 8), uint8_t(v));
        break;
    }
    }
    return c;
}

VTermModifier toModifier(Qt::KeyboardModifiers modifiers)
{
    int mod = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        mod |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::ControlModifier)
        mod |= VTERM_MOD_CTRL;
    if (modifiers & Qt::AltModifier)
        mod |= VTERM_MOD_ALT;
    return VTermModifier(mod);
}

/// Keys that are not text, as libvterm knows them.
VTermKey toVtermKey(int qtKey)
{
    switch (qtKey) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return VTERM_KEY_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        break;
    }
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F12)
        return VTermKey(VTERM_KEY_FUNCTION(qtKey - Qt::Key_F1 + 1));
    return VTERM_KEY_NONE;
}

// A scrollback line packed into one allocation, because a full scrollback holds
// 10,000 of them per console:
//   quint16 cells, quint16 runs, runs × Run, then one UTF-8 code point per cell
//   (0xff for the right half of a wide character; empty cells as spaces).
// Trailing blank cells are not stored.
struct Run
{
    quint16 start;
    quint16 attrs;
    quint32 fg;
    quint32 bg;
};

bool isBlankCell(const VTermScreenCell &v)
{
    return (v.chars[0] == 0 || v.chars[0] == ' ') && VTERM_COLOR_IS_DEFAULT_FG(&v.fg)
        && VTERM_COLOR_IS_DEFAULT_BG(&v.bg) && !v.attrs.bold && !v.attrs.underline
        && !v.attrs.italic && !v.attrs.blink && !v.attrs.reverse && !v.attrs.strike;
}

QByteArray packLine(int columns, const VTermScreenCell *cells)
{
    int used = columns;
    while (used > 0 && isBlankCell(cells[used - 1]))
        --used;
    QByteArray text;
    text.reserve(used);
    QVarLengthArray<Run, 8> runs;
    for (int i = 0; i < used; ++i) {
        const TerminalCell c = toCell(cells[i]);
        if (runs.isEmpty() || runs.back().attrs != c.attrs || runs.back().fg != c.fg
            || runs.back().bg != c.bg)
            runs.append(Run {quint16(i), c.attrs, c.fg, c.bg});
        if (c.width == 0) {
            text.append(char(0xff));
        } else if (c.ch < 0x80) {
            text.append(c.ch == 0 ? ' ' : char(c.ch));
        } else {
            const char32_t ch = c.ch;
            text.append(QString::fromUcs4(&ch, 1).toUtf8());
        }
    }
    // A line of blank default cells needs no run at all.
    if (runs.size() == 1 && runs.front().attrs == 0 && runs.front().fg == 0 && runs.front().bg == 0)
        runs.clear();
    const quint16 header[2] = {quint16(used), quint16(runs.size())};
    QByteArray packed;
    packed.reserve(qsizetype(sizeof header + sizeof(Run) * size_t(runs.size())) + text.size());
    packed.append(reinterpret_cast<const char *>(header), sizeof header);
    packed.append(reinterpret_cast<const char *>(runs.constData()),
        qsizetype(sizeof(Run) * size_t(runs.size())));
    packed.append(text);
    return packed;
}

QList<TerminalCell> unpackLine(const QByteArray &packed)
{
    quint16 header[2];
    std::memcpy(header, packed.constData(), sizeof header);
    const int count = header[0];
    const int runCount = header[1];
    QVarLengthArray<Run, 8> runs(runCount);
    std::memcpy(runs.data(), packed.constData() + sizeof header, sizeof(Run) * size_t(runCount));
    const qsizetype textStart = qsizetype(sizeof header + sizeof(Run) * size_t(runCount));
    const QByteArrayView text = QByteArrayView(packed).sliced(textStart);

    QList<TerminalCell> cells(count);
    qsizetype at = 0;
    int run = -1;
    for (int i = 0; i < count && at < text.size(); ++i) {
        while (run + 1 < runCount && runs[run + 1].start <= i)
            ++run;
        TerminalCell &c = cells[i];
        if (run >= 0) {
            c.attrs = runs[run].attrs;
            c.fg = runs[run].fg;
            c.bg = runs[run].bg;
        }
        const auto byte = uchar(text[at]);
        if (byte == 0xff) {
            c.width = 0;
            ++at;
            continue;
        }
        qsizetype length = 1;
        if (byte >= 0xf0)
            length = 4;
        else if (byte >= 0xe0)
            length = 3;
        else if (byte >= 0xc0)
            length = 2;
        if (length == 1) {
            c.ch = byte;
        } else {
            const QList<uint> ucs4
                = QString::fromUtf8(text.sliced(at, std::min(length, text.size() - at))).toUcs4();
            c.ch = ucs4.isEmpty() ? U'?' : char32_t(ucs4.front());
        }
        at += length;
        // A wide character is followed by its right half.
        if (i + 1 < count && at < text.size() && uchar(text[at]) == 0xff)
            c.width = 2;
    }
    return cells;
}

} // namespace

struct VtermScreen::Callbacks
{
    static VtermScreen *self(void *user) { return static_cast<VtermScreen *>(user); }

    static void output(const char *bytes, size_t length, void *user)
    {
        self(user)->m_output.append(bytes, qsizetype(length));
    }
    static int settermprop(VTermProp prop, VTermValue *value, void *user)
    {
        VtermScreen *s = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            s->m_cursorVisible = value->boolean;
            break;
        case VTERM_PROP_CURSORBLINK:
            s->m_cursorBlink = value->boolean;
            break;
        case VTERM_PROP_ALTSCREEN:
            s->m_altScreen = value->boolean;
            break;
        case VTERM_PROP_TITLE:
            s->m_title = QString::fromUtf8(value->string);
            break;
        default:
            break;
        }
        return 1;
    }
    static int bell(void *user)
    {
        self(user)->m_bell = true;
        return 1;
    }
    static int pushLine(int columns, const VTermScreenCell *cells, void *user)
    {
        self(user)->pushLine(packLine(columns, cells));
        return 1;
    }
    static int popLine(int columns, VTermScreenCell *cells, void *user)
    {
        VtermScreen *s = self(user);
        if (s->m_scrollback.empty())
            return 0;
        const QList<TerminalCell> line = unpackLine(s->m_scrollback.back());
        s->m_scrollback.pop_back();
        VTermColor defaultFg;
        VTermColor defaultBg;
        vterm_state_get_default_colors(vterm_obtain_state(s->m_vt.get()), &defaultFg, &defaultBg);
        for (int i = 0; i < columns; ++i) {
            const TerminalCell c = i < line.size() ? line.at(i) : TerminalCell();
            VTermScreenCell &v = cells[i];
            v = VTermScreenCell {};
            v.chars[0] = c.width == 0 ? WideContinuation : uint32_t(c.ch);
            v.width = char(std::max<int>(1, c.width));
            v.attrs.bold = c.has(TerminalCell::Bold);
            v.attrs.underline = c.has(TerminalCell::DoubleUnderline)
                ? VTERM_UNDERLINE_DOUBLE
                : (c.has(TerminalCell::Underline) ? VTERM_UNDERLINE_SINGLE : 0);
            v.attrs.italic = c.has(TerminalCell::Italic);
            v.attrs.blink = c.has(TerminalCell::Blink);
            v.attrs.reverse = c.has(TerminalCell::Reverse);
            v.attrs.strike = c.has(TerminalCell::Strike);
            v.fg = fromColor(c.fg, defaultFg);
            v.bg = fromColor(c.bg, defaultBg);
        }
        return 1;
    }

    static constexpr VTermScreenCallbacks Screen {
        nullptr, // damage: the widget repaints on its own schedule
        nullptr, // moverect
        nullptr, // movecursor
        &settermprop,
        &bell,
        nullptr, // resize
        &pushLine,
        &popLine,
    };
};

void VtermScreen::VTermDeleter::operator()(VTerm *vt) const
{
    vterm_free(vt);
}

VtermScreen::VtermScreen(int rows, int columns)
    : m_rows(std::max(1, rows))
    , m_columns(std::max(1, columns))
{
    m_vt.reset(vterm_new(m_rows, m_columns));
    vterm_set_utf8(m_vt.get(), 1);
    vterm_output_set_callback(m_vt.get(), &Callbacks::output, this);
    VTermScreen *screen = vterm_obtain_screen(m_vt.get());
    vterm_screen_set_callbacks(screen, &Callbacks::Screen, this);
    vterm_screen_enable_altscreen(screen, 1);
    vterm_screen_set_damage_merge(screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_reset(screen, 1);
}

VtermScreen::~VtermScreen() = default;

void VtermScreen::resize(int rows, int columns)
{
    rows = std::max(1, rows);
    columns = std::max(1, columns);
    if (rows == m_rows && columns == m_columns)
        return;
    m_rows = rows;
    m_columns = columns;
    vterm_set_size(m_vt.get(), rows, columns);
}

void VtermScreen::feed(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        vterm_input_write(m_vt.get(), bytes.data(), size_t(bytes.size()));
}

QString VtermScreen::rowText(int row) const
{
    if (row < 0 || row >= m_rows)
        return {};
    QString text;
    for (int c = 0; c < m_columns; ++c)
        text += cell(row, c).text();
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    text.truncate(end);
    return text;
}

TerminalCell VtermScreen::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows || column < 0 || column >= m_columns)
        return {};
    VTermScreenCell v;
    if (!vterm_screen_get_cell(vterm_obtain_screen(m_vt.get()), VTermPos {row, column}, &v))
        return {};
    return toCell(v);
}

QPoint VtermScreen::cursorPosition() const
{
    VTermPos pos {0, 0};
    vterm_state_get_cursorpos(vterm_obtain_state(m_vt.get()), &pos);
    return {pos.col, pos.row};
}

QList<TerminalCell> VtermScreen::scrollbackLine(qsizetype index) const
{
    if (index < 0 || index >= scrollbackSize())
        return {};
    return unpackLine(m_scrollback[size_t(index)]);
}

void VtermScreen::pushLine(QByteArray packed)
{
    if (m_scrollbackLimit <= 0) {
        ++m_dropped;
        return;
    }
    m_scrollback.push_back(std::move(packed));
    while (qsizetype(m_scrollback.size()) > m_scrollbackLimit) {
        m_scrollback.pop_front();
        ++m_dropped;
    }
}

void VtermScreen::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = std::max(0, lines);
    while (qsizetype(m_scrollback.size()) > m_scrollbackLimit) {
        m_scrollback.pop_front();
        ++m_dropped;
    }
}

void VtermScreen::clearScrollback()
{
    m_dropped += qint64(m_scrollback.size());
    m_scrollback.clear();
}

bool VtermScreen::keyPress(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text)
{
    VTerm *vt = m_vt.get();
    const VTermModifier mod = toModifier(modifiers);
    if (const VTermKey key = toVtermKey(qtKey); key != VTERM_KEY_NONE) {
        // Shift+Tab is "back tab" (CSI Z); Qt reports it as Key_Backtab.
        const VTermModifier keyMod
            = qtKey == Qt::Key_Backtab ? VTermModifier(mod | VTERM_MOD_SHIFT) : mod;
        vterm_keyboard_key(vt, key, keyMod);
        return true;
    }

    // Ctrl combinations are the C0 controls a VT100 sends (Ctrl-C is ETX,
    // Ctrl-[ is ESC, Ctrl-@ and Ctrl-Space NUL); libvterm would send CSI-u
    // sequences for some of them that serial consoles do not understand.
    if (modifiers & Qt::ControlModifier) {
        char control = 0;
        bool isControl = true;
        if (qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z)
            control = char(qtKey - Qt::Key_A + 1);
        else if (qtKey == Qt::Key_At || qtKey == Qt::Key_Space || qtKey == Qt::Key_2)
            control = 0;
        else if (qtKey == Qt::Key_BracketLeft || qtKey == Qt::Key_3)
            control = 0x1b;
        else if (qtKey == Qt::Key_Backslash || qtKey == Qt::Key_4)
            control = 0x1c;
        else if (qtKey == Qt::Key_BracketRight || qtKey == Qt::Key_5)
            control = 0x1d;
        else if (qtKey == Qt::Key_AsciiCircum || qtKey == Qt::Key_6)
            control = 0x1e;
        else if (qtKey == Qt::Key_Underscore || qtKey == Qt::Key_Minus || qtKey == Qt::Key_7)
            control = 0x1f;
        else if (qtKey == Qt::Key_Question || qtKey == Qt::Key_8)
            control = 0x7f;
        else
            isControl = false;
        if (isControl) {
            if (modifiers & Qt::AltModifier)
                m_output.append('\x1b');
            m_output.append(control);
            return true;
        }
    }

    if (text.isEmpty())
        return false;
    // Alt prefixes ESC (xterm's metaSendsEscape); Shift is already in the text.
    const VTermModifier textMod = (modifiers & Qt::AltModifier) ? VTERM_MOD_ALT : VTERM_MOD_NONE;
    bool sent = false;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x20 || c == 0x7f) {
            m_output.append(char(c)); // a control the platform already composed
        } else {
            vterm_keyboard_unichar(vt, uint32_t(c), textMod);
        }
        sent = true;
    }
    return sent;
}

void VtermScreen::paste(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    normalised.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    // libvterm writes the bracketed-paste markers only when DECSET 2004 is on.
    vterm_keyboard_start_paste(m_vt.get());
    m_output.append(normalised.toUtf8());
    vterm_keyboard_end_paste(m_vt.get());
}

QByteArray VtermScreen::takeOutput()
{
    QByteArray out;
    out.swap(m_output);
    return out;
}

bool VtermScreen::takeBell()
{
    return std::exchange(m_bell, false);
}

qint64 VtermScreen::rawFeedNanoseconds(
    QByteArrayView bytes, int rows, int columns, qsizetype chunkSize)
{
    std::unique_ptr<VTerm, VTermDeleter> vt(vterm_new(rows, columns));
    vterm_set_utf8(vt.get(), 1);
    VTermScreen *screen = vterm_obtain_screen(vt.get());
    vterm_screen_enable_altscreen(screen, 1);
    vterm_screen_reset(screen, 1);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype at = 0; at < bytes.size(); at += chunkSize) {
        const QByteArrayView chunk = bytes.sliced(at, std::min(chunkSize, bytes.size() - at));
        vterm_input_write(vt.get(), chunk.data(), size_t(chunk.size()));
    }
    return timer.nsecsElapsed();
}

QString VtermScreen::libraryVersion()
{
    return QStringLiteral(DX_VTERM_VERSION);
}

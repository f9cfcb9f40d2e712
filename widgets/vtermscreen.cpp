// SPDX-License-Identifier: GPL-3.0-or-later
#include "vtermscreen.h"

#include <algorithm>

#include <vterm.h>

#include <QByteArray>

#ifndef DX_VTERM_VERSION
#error "DX_VTERM_VERSION must be defined by the build (pkg-config's version of vterm)"
#endif

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
    VTermScreen *screen = vterm_obtain_screen(m_vt.get());
    vterm_screen_reset(screen, 1);
}

VtermScreen::~VtermScreen() = default;

void VtermScreen::feed(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        vterm_input_write(m_vt.get(), bytes.data(), size_t(bytes.size()));
}

QString VtermScreen::rowText(int row) const
{
    if (row < 0 || row >= m_rows)
        return {};
    const VTermRect rect {row, row + 1, 0, m_columns};
    // At most 4 bytes of UTF-8 per cell, plus combining characters; get_text
    // returns the length it needed, so grow once if that was not enough.
    QByteArray buffer(m_columns * 8, Qt::Uninitialized);
    VTermScreen *screen = vterm_obtain_screen(m_vt.get());
    size_t length = vterm_screen_get_text(screen, buffer.data(), size_t(buffer.size()), rect);
    if (length > size_t(buffer.size())) {
        buffer.resize(qsizetype(length));
        length = vterm_screen_get_text(screen, buffer.data(), size_t(buffer.size()), rect);
    }
    buffer.truncate(qsizetype(length));
    QString text = QString::fromUtf8(buffer);
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    text.truncate(end);
    return text;
}

QPoint VtermScreen::cursorPosition() const
{
    VTermPos pos {0, 0};
    vterm_state_get_cursorpos(vterm_obtain_state(m_vt.get()), &pos);
    return {pos.col, pos.row};
}

QString VtermScreen::libraryVersion()
{
    return QStringLiteral(DX_VTERM_VERSION);
}

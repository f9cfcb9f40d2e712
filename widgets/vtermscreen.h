// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminalcell.h"

#include <deque>
#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPoint>
#include <QString>

struct VTerm;

/// The one wrapper around libvterm (the only file including <vterm.h>): the
/// emulation core of the terminal widget. A screen of rows × columns that
/// interprets the bytes fed to it (UTF-8, VT100/xterm escape sequences, DEC line
/// drawing), keeps the lines scrolled off its top (scrollback), turns key
/// presses into the bytes a VT100/xterm sends, and collects everything the
/// terminal must send back (keys, answers to status requests) for takeOutput().
///
/// Knows nothing of widgets or transports: the widget feeds it and paints it.
class VtermScreen
{
public:
    static constexpr int DefaultScrollbackLimit = 10000;

    VtermScreen(int rows, int columns);
    ~VtermScreen();
    VtermScreen(const VtermScreen &) = delete;
    VtermScreen &operator=(const VtermScreen &) = delete;

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    /// Changes the grid; lines pushed off the top go to the scrollback, and come
    /// back from it when the grid grows (libvterm 0.1 does not re-wrap lines).
    void resize(int rows, int columns);

    /// Interprets @p bytes as output of the remote side (may split sequences anywhere).
    void feed(QByteArrayView bytes);
    /// The text of @p row (0-based), trailing blanks removed; empty when out of range.
    QString rowText(int row) const;
    /// The cell at @p row, @p column of the screen (a default cell when out of range).
    TerminalCell cell(int row, int column) const;
    /// The cursor as (column, row), 0-based.
    QPoint cursorPosition() const;
    bool cursorVisible() const { return m_cursorVisible; }
    bool cursorBlinking() const { return m_cursorBlink; }
    bool alternateScreen() const { return m_altScreen; }
    /// The window title the remote side set (OSC 0/2), or empty.
    QString title() const { return m_title; }

    /// Lines scrolled off the top, oldest first; trailing blank cells are trimmed.
    qsizetype scrollbackSize() const { return qsizetype(m_scrollback.size()); }
    QList<TerminalCell> scrollbackLine(qsizetype index) const;
    /// How many lines were dropped from the front of a full scrollback so far:
    /// lets views address lines by a number that does not change as lines arrive.
    qint64 scrollbackDropped() const { return m_dropped; }
    int scrollbackLimit() const { return m_scrollbackLimit; }
    void setScrollbackLimit(int lines);
    void clearScrollback();

    /// Sends the key as a VT100/xterm would (application cursor mode honoured).
    /// @p qtKey is a Qt::Key, @p modifiers Qt::KeyboardModifiers, @p text what
    /// the key types. Returns false when the key means nothing to a terminal.
    bool keyPress(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text);
    /// Sends @p text as pasted: inside bracketed-paste markers when the remote
    /// side asked for them, line ends as CR.
    void paste(const QString &text);
    /// Bytes the terminal has to send to the remote side, since the last call.
    QByteArray takeOutput();
    /// Ring of the bell since the last call.
    bool takeBell();

    /// The libvterm version dxchassis was built against, e.g. "0.1.4".
    static QString libraryVersion();
    /// For bench/: feeds @p bytes in chunks of @p chunkSize into a bare libvterm
    /// screen of @p rows × @p columns (no callbacks, no scrollback) and returns the
    /// nanoseconds it took: the baseline the terminal widget is compared with.
    static qint64 rawFeedNanoseconds(
        QByteArrayView bytes, int rows, int columns, qsizetype chunkSize);

private:
    struct VTermDeleter
    {
        void operator()(VTerm *vt) const;
    };
    struct Callbacks; // libvterm's C callbacks, with access to the members

    void pushLine(QByteArray packed);

    std::unique_ptr<VTerm, VTermDeleter> m_vt;
    int m_rows;
    int m_columns;
    /// Packed lines (see vtermscreen.cpp): a full scrollback of 80-column lines
    /// takes about 1.5 MB instead of 13 MB as cells.
    std::deque<QByteArray> m_scrollback;
    int m_scrollbackLimit = DefaultScrollbackLimit;
    qint64 m_dropped = 0;
    QByteArray m_output;
    QString m_title;
    bool m_cursorVisible = true;
    bool m_cursorBlink = true;
    bool m_altScreen = false;
    bool m_bell = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminalsnapshot.h"
#include "vtermscreen.h"

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QFont>
#include <QTimer>

class QMenu;

/// A VT100/xterm terminal that paints libvterm's screen cells itself.
///
/// Knows nothing of transports: the remote side's bytes come in through
/// putData(), everything typed (and the terminal's answers to status requests)
/// leaves through sendData(). Output is interpreted at once but painted at most
/// about 60 times a second, so a flood of output never repaints per byte.
///
/// Local keys (everything else goes to the remote side):
/// Shift+PgUp/PgDn/Home/End scroll the scrollback, Ctrl+Shift+C copies,
/// Ctrl+Shift+V and Shift+Insert paste, Ctrl+Shift+F asks for the find bar,
/// Ctrl++ / Ctrl+- / Ctrl+0 zoom the font.
class TerminalWidget : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    int rows() const { return m_screen.rows(); }
    int columns() const { return m_screen.columns(); }
    /// Fixes the grid at @p rows × @p columns whatever the widget's size;
    /// 0, 0 makes the grid follow the widget's size again (the default).
    void setGridSize(int rows, int columns);

    /// The screen as it is now: text and attributes per cell, cursor, modes.
    TerminalSnapshot snapshot() const;
    /// Lines scrolled off the top, oldest first.
    qsizetype scrollbackLineCount() const { return m_screen.scrollbackSize(); }
    QString scrollbackLineText(qsizetype index) const;
    int scrollbackLimit() const { return m_screen.scrollbackLimit(); }
    void setScrollbackLimit(int lines);

    /// How many lines the view is scrolled back from the live screen (0 = live).
    int scrollOffset() const { return m_scrollOffset; }
    void scrollLines(int linesBack);
    void scrollToBottom();

    bool hasSelection() const { return m_hasSelection; }
    QString selectedText() const;
    void clearSelection();
    /// Selects the text from (@p line, @p column) to (@p endLine, @p endColumn),
    /// end exclusive, lines counted like find(): 0 is the oldest scrollback line.
    void select(qsizetype line, int column, qsizetype endLine, int endColumn);
    /// Searches scrollback and screen for @p text (case-insensitive), from the
    /// current selection or the end, selects the match and scrolls it into view.
    bool find(const QString &text, bool backwards = true);

    int fontPointSize() const;
    /// The grid at the current font, plus the scroll bar.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// Paint events so far; for tests and benchmarks that check coalescing.
    quint64 paintCount() const { return m_paintCount; }

public Q_SLOTS:
    /// Interprets @p bytes as output of the remote side.
    void putData(const QByteArray &bytes);
    /// Sends @p text as typed-in paste (bracketed when the remote side asked for it).
    void pasteText(const QString &text);
    void copy();
    void paste();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void clearScrollback();

Q_SIGNALS:
    /// Bytes for the remote side: keystrokes, pastes, answers to status requests.
    void sendData(const QByteArray &data);
    /// The grid changed (widget resized, font zoomed, setGridSize()).
    void terminalSizeChanged(int rows, int columns);
    void titleChanged(const QString &title);
    void bellRang();
    /// The operator pressed Ctrl+Shift+F or chose Find in the context menu.
    void findRequested();

protected:
    bool event(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Position
    {
        qint64 line = 0; ///< absolute: scrollbackDropped() + index in scrollback + screen
        int column = 0;
        friend auto operator<=>(const Position &, const Position &) = default;
    };

    void emitOutput();
    void scheduleRepaint();
    void repaintNow();
    void updateScrollBar();
    void updateFont();
    void fitGrid();
    QList<TerminalCell> lineAt(qsizetype index) const; ///< index into scrollback + screen
    qsizetype lineCount() const { return m_screen.scrollbackSize() + m_screen.rows(); }
    qint64 firstLine() const { return m_screen.scrollbackDropped(); }
    Position positionAt(const QPoint &point) const;
    bool isSelected(qint64 line, int column) const;
    QColor color(quint32 color, bool foreground, bool bold) const;
    void paintLine(QPainter &painter, int y, const QList<TerminalCell> &cells, qint64 line);
    QMenu *createContextMenu();

    VtermScreen m_screen;
    QFont m_font;
    qreal m_basePointSize = 10;
    int m_zoomSteps = 0;
    int m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
    int m_fixedRows = 0;
    int m_fixedColumns = 0;
    int m_scrollOffset = 0;
    bool m_updatingScrollBar = false;

    bool m_hasSelection = false;
    bool m_selecting = false;
    Position m_selectionAnchor;
    Position m_selectionEnd;

    QTimer m_repaintTimer;
    QTimer m_blinkTimer;
    bool m_blinkOn = true;
    QString m_title;
    quint64 m_paintCount = 0;
};

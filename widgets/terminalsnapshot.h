// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminalcell.h"

#include <QList>
#include <QPoint>
#include <QString>

/// What a terminal shows at one moment: the screen's cells with their
/// attributes, the cursor and the modes. Taken by TerminalWidget::snapshot()
/// for tests and for anything that must read the screen (e.g. waiting for a prompt).
struct TerminalSnapshot
{
    int rows = 0;
    int columns = 0;
    QList<QList<TerminalCell>> cells; ///< rows × columns
    QPoint cursor; ///< (column, row), 0-based
    bool cursorVisible = true;
    bool cursorBlinking = false;
    bool alternateScreen = false;
    QString title;

    const TerminalCell &cell(int row, int column) const { return cells.at(row).at(column); }
    /// The text of @p row with trailing blanks removed (wide characters once).
    QString rowText(int row) const
    {
        if (row < 0 || row >= cells.size())
            return {};
        QString text;
        for (const TerminalCell &c : cells.at(row))
            text += c.text();
        qsizetype end = text.size();
        while (end > 0 && text.at(end - 1) == QLatin1Char(' '))
            --end;
        text.truncate(end);
        return text;
    }
    /// All rows joined with '\n' (trailing blanks removed per row).
    QString text() const
    {
        QStringList lines;
        for (int r = 0; r < rows; ++r)
            lines << rowText(r);
        return lines.join(QLatin1Char('\n'));
    }
};

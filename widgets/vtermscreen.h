// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArrayView>
#include <QPoint>
#include <QString>

struct VTerm;

/// The one wrapper around libvterm: a terminal screen of rows × columns that
/// interprets the bytes fed to it (UTF-8, VT100/xterm escape sequences).
/// The terminal widget paints from it; nothing else includes <vterm.h>.
class VtermScreen
{
public:
    VtermScreen(int rows, int columns);
    ~VtermScreen();
    VtermScreen(const VtermScreen &) = delete;
    VtermScreen &operator=(const VtermScreen &) = delete;

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }

    /// Interprets @p bytes as output of the remote side (may split sequences anywhere).
    void feed(QByteArrayView bytes);
    /// The text of @p row (0-based), trailing blanks removed; empty when out of range.
    QString rowText(int row) const;
    /// The cursor as (column, row), 0-based.
    QPoint cursorPosition() const;

    /// The libvterm version dxchassis was built against, e.g. "0.1.4".
    static QString libraryVersion();

private:
    struct VTermDeleter
    {
        void operator()(VTerm *vt) const;
    };

    std::unique_ptr<VTerm, VTermDeleter> m_vt;
    int m_rows;
    int m_columns;
};

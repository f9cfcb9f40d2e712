// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

/// One character cell of the terminal screen or scrollback, as the terminal
/// widget paints it and tests inspect it. Compact (16 bytes) because a full
/// scrollback holds hundreds of thousands of them.
struct TerminalCell
{
    /// A colour as the remote side chose it: the terminal's default, an index
    /// into the 256-colour palette, or direct (24-bit) colour.
    enum class ColorKind : quint8 { Default, Indexed, Rgb };

    enum Attribute : quint16 {
        Bold = 0x01,
        Underline = 0x02,
        Italic = 0x04,
        Blink = 0x08,
        Reverse = 0x10,
        Strike = 0x20,
        DoubleUnderline = 0x40,
    };

    char32_t ch = 0; ///< the code point, 0 for an empty cell
    quint32 fg = 0; ///< see colorKind()/colorValue()
    quint32 bg = 0;
    quint16 attrs = 0; ///< Attribute bits
    quint8 width = 1; ///< 1, 2 (first half of a wide character) or 0 (its second half)

    static constexpr quint32 makeColor(ColorKind kind, quint32 value)
    {
        return (quint32(kind) << 24) | (value & 0xffffff);
    }
    static constexpr ColorKind colorKind(quint32 color) { return ColorKind(color >> 24); }
    /// The palette index (Indexed) or 0xRRGGBB (Rgb).
    static constexpr quint32 colorValue(quint32 color) { return color & 0xffffff; }

    bool has(Attribute a) const { return (attrs & a) != 0; }
    /// The cell's character as text; a space for an empty cell, empty for the
    /// second half of a wide character.
    QString text() const
    {
        if (width == 0)
            return {};
        if (ch == 0)
            return QStringLiteral(" ");
        return QString::fromUcs4(&ch, 1);
    }
    /// Blank, default colours, no attributes: what trailing cells of a line are.
    bool isBlank() const { return (ch == 0 || ch == U' ') && fg == 0 && bg == 0 && attrs == 0; }

    friend bool operator==(const TerminalCell &, const TerminalCell &) = default;
};

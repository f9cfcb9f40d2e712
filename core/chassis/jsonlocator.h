// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <variant>

/// Finds where a value sits in JSON text, so that an error about
/// `enclosures[0].slots[3].bmcMac` can name its line and column.
/// QJsonDocument keeps no positions; this scanner walks the (already
/// validated) text once along the path.
class JsonLocator
{
public:
    using Segment = std::variant<QString, int>; ///< object key or array index
    using Path = QList<Segment>;

    struct Position
    {
        int line = 0; ///< 1-based; 0 if not found
        int column = 0; ///< 1-based, in characters
    };

    explicit JsonLocator(QByteArray text);

    /// The position of the value at @p path, or of the deepest part of the
    /// path that exists (the enclosing object, for a missing key).
    Position locate(const Path &path) const;
    /// The line and column of a byte offset (e.g. QJsonParseError::offset).
    Position positionOf(qsizetype offset) const;

    static QString pathToString(const Path &path);

private:
    qsizetype find(const Path &path) const;
    qsizetype skipWhitespace(qsizetype pos) const;
    qsizetype skipString(qsizetype pos) const;
    qsizetype skipValue(qsizetype pos) const;

    QByteArray m_text;
};

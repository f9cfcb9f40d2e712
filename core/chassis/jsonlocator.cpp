// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

JsonLocator::JsonLocator(QByteArray text)
    : m_text(std::move(text))
{ }

qsizetype JsonLocator::skipWhitespace(qsizetype pos) const
{
    while (pos < m_text.size()) {
        const char c = m_text.at(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++pos;
    }
    return pos;
}

// pos at the opening quote; returns the position after the closing quote.
qsizetype JsonLocator::skipString(qsizetype pos) const
{
    ++pos;
    while (pos < m_text.size()) {
        const char c = m_text.at(pos);
        if (c == '\\')
            pos += 2;
        else if (c == '"')
            return pos + 1;
        else
            ++pos;
    }
    return pos;
}

qsizetype JsonLocator::skipValue(qsizetype pos) const
{
    pos = skipWhitespace(pos);
    if (pos >= m_text.size())
        return pos;
    const char c = m_text.at(pos);
    if (c == '"')
        return skipString(pos);
    if (c == '{' || c == '[') {
        int depth = 0;
        while (pos < m_text.size()) {
            const char d = m_text.at(pos);
            if (d == '"') {
                pos = skipString(pos);
                continue;
            }
            if (d == '{' || d == '[')
                ++depth;
            else if (d == '}' || d == ']') {
                if (--depth == 0)
                    return pos + 1;
            }
            ++pos;
        }
        return pos;
    }
    // number, true, false, null
    while (pos < m_text.size()) {
        const char d = m_text.at(pos);
        if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
            break;
        ++pos;
    }
    return pos;
}

qsizetype JsonLocator::find(const Path &path) const
{
    qsizetype pos = skipWhitespace(0);
    for (const Segment &segment : path) {
        if (pos >= m_text.size())
            return pos;
        const char open = m_text.at(pos);
        if (const QString *key = std::get_if<QString>(&segment)) {
            if (open != '{')
                return pos;
            qsizetype p = skipWhitespace(pos + 1);
            bool found = false;
            while (p < m_text.size() && m_text.at(p) == '"') {
                const qsizetype end = skipString(p);
                // Decode the key the way the JSON parser does, escapes included.
                const QByteArray quoted = m_text.mid(p, end - p);
                const QString name
                    = QJsonDocument::fromJson("[" + quoted + "]").array().at(0).toString();
                p = skipWhitespace(end);
                if (p < m_text.size() && m_text.at(p) == ':')
                    p = skipWhitespace(p + 1);
                if (name == *key) {
                    found = true;
                    break;
                }
                p = skipWhitespace(skipValue(p));
                if (p < m_text.size() && m_text.at(p) == ',')
                    p = skipWhitespace(p + 1);
            }
            if (!found)
                return pos;
            pos = p;
        } else {
            const int index = std::get<int>(segment);
            if (open != '[')
                return pos;
            qsizetype p = skipWhitespace(pos + 1);
            for (int i = 0; i < index && p < m_text.size() && m_text.at(p) != ']'; ++i) {
                p = skipWhitespace(skipValue(p));
                if (p < m_text.size() && m_text.at(p) == ',')
                    p = skipWhitespace(p + 1);
            }
            if (p >= m_text.size() || m_text.at(p) == ']')
                return pos;
            pos = p;
        }
    }
    return pos;
}

JsonLocator::Position JsonLocator::positionOf(qsizetype offset) const
{
    offset = qBound<qsizetype>(0, offset, m_text.size());
    Position p;
    p.line = int(m_text.left(offset).count('\n')) + 1;
    const qsizetype lineStart = m_text.lastIndexOf('\n', offset - 1) + 1;
    p.column = int(QString::fromUtf8(m_text.mid(lineStart, offset - lineStart)).size()) + 1;
    return p;
}

JsonLocator::Position JsonLocator::locate(const Path &path) const
{
    return positionOf(find(path));
}

QString JsonLocator::pathToString(const Path &path)
{
    QString out;
    for (const Segment &segment : path) {
        if (const QString *key = std::get_if<QString>(&segment)) {
            if (!out.isEmpty())
                out += u'.';
            out += *key;
        } else {
            out += u'[' + QString::number(std::get<int>(segment)) + u']';
        }
    }
    return out;
}

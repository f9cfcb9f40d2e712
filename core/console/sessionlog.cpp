// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlog.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionLog)
};
} // namespace

SessionLog::SessionLog(Settings settings)
    : m_settings(std::move(settings))
    , m_file(m_settings.path)
    , m_clock([] { return QDateTime::currentDateTime(); })
{ }

SessionLog::~SessionLog()
{
    close();
}

bool SessionLog::open()
{
    m_error.clear();
    if (m_file.isOpen())
        return true;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        fail(m_file.errorString());
        return false;
    }
    return true;
}

void SessionLog::fail(const QString &what)
{
    m_error = Tr::tr("%1: cannot write the console log: %2")
                  .arg(QFileInfo(m_settings.path).absoluteFilePath(), what);
    m_file.close();
}

void SessionLog::write(const QByteArray &bytes)
{
    if (!m_file.isOpen() || bytes.isEmpty())
        return;
    if (m_settings.format == Format::Raw)
        writeOut(bytes);
    else
        appendPlain(bytes);
}

void SessionLog::appendPlain(const QByteArray &bytes)
{
    for (const char ch : bytes) {
        const auto c = uchar(ch);
        switch (m_escape) {
        case Escape::Esc:
            if (c == '[')
                m_escape = Escape::Csi;
            else if (c == ']')
                m_escape = Escape::Osc;
            else if (c == '(' || c == ')' || c == '*' || c == '+' || c == '#')
                m_escape = Escape::Charset;
            else
                m_escape = Escape::None;
            continue;
        case Escape::Csi:
            if (c >= 0x40 && c <= 0x7e)
                m_escape = Escape::None;
            continue;
        case Escape::Osc:
            if (c == 0x07)
                m_escape = Escape::None;
            else if (c == 0x1b)
                m_escape = Escape::OscEsc;
            continue;
        case Escape::OscEsc:
            m_escape = c == '\\' ? Escape::None : Escape::Osc;
            continue;
        case Escape::Charset:
            m_escape = Escape::None;
            continue;
        case Escape::None:
            break;
        }
        if (c == 0x1b) {
            m_escape = Escape::Esc;
        } else if (c == '\n') {
            QByteArray line;
            if (m_settings.timestamps)
                line = m_clock().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz ")).toUtf8();
            line += m_line;
            line += '\n';
            m_line.clear();
            writeOut(line);
            if (!m_file.isOpen())
                return;
        } else if (c == '\b') {
            // Removes the last character, UTF-8 continuation bytes included.
            while (!m_line.isEmpty() && (uchar(m_line.back()) & 0xc0) == 0x80)
                m_line.chop(1);
            m_line.chop(1);
        } else if (c == '\t' || c >= 0x20) {
            m_line += ch;
        } // CR, BEL, SO/SI and the other controls are not text
    }
}

void SessionLog::writeOut(const QByteArray &bytes)
{
    if (m_settings.maxBytes > 0 && m_file.size() > 0
        && m_file.size() + bytes.size() > m_settings.maxBytes)
        rotate();
    if (!m_file.isOpen())
        return;
    if (m_file.write(bytes) != bytes.size()) {
        fail(m_file.errorString());
        return;
    }
    m_file.flush();
}

void SessionLog::rotate()
{
    m_file.close();
    const QString path = m_settings.path;
    const int keep = std::max(0, m_settings.keepFiles);
    QFile::remove(path + QStringLiteral(".%1").arg(keep));
    for (int i = keep - 1; i >= 1; --i)
        QFile::rename(path + QStringLiteral(".%1").arg(i), path + QStringLiteral(".%1").arg(i + 1));
    if (keep > 0)
        QFile::rename(path, path + QStringLiteral(".1"));
    else
        QFile::remove(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(m_file.errorString());
}

void SessionLog::close()
{
    if (!m_file.isOpen())
        return;
    if (m_settings.format == Format::PlainText && !m_line.isEmpty()) {
        m_line += '\n';
        QByteArray line = std::exchange(m_line, {});
        if (m_settings.timestamps)
            line.prepend(m_clock().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz ")).toUtf8());
        writeOut(line);
    }
    m_file.close();
}

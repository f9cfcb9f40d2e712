// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

#include <functional>

/// Writes what a console receives to a file, as it arrives: the raw bytes
/// (escape sequences and all, for replaying) or plain text (escape sequences
/// and carriage returns removed, backspaces applied), optionally with a
/// timestamp at the start of every plain-text line. When the file would grow
/// past maxBytes it is rotated: FILE becomes FILE.1, FILE.1 becomes FILE.2, ...,
/// keeping keepFiles old files.
///
/// An append-only stream, so it does not go through SafeWriter (which replaces
/// whole files atomically).
class SessionLog
{
public:
    enum class Format { Raw, PlainText };

    struct Settings
    {
        QString path;
        Format format = Format::PlainText;
        bool timestamps = false; ///< plain text only: "2026-11-25 14:05:01.123 " per line
        qint64 maxBytes = 10 * 1024 * 1024;
        int keepFiles = 3;
    };

    explicit SessionLog(Settings settings);
    ~SessionLog();
    SessionLog(const SessionLog &) = delete;
    SessionLog &operator=(const SessionLog &) = delete;

    /// Opens (appends to) the file. On failure returns false and errorString()
    /// says why, naming the file.
    bool open();
    bool isOpen() const { return m_file.isOpen(); }
    /// Logs bytes the console received; a plain-text line is written when it ends.
    void write(const QByteArray &bytes);
    /// Writes a pending partial line and closes the file.
    void close();

    QString errorString() const { return m_error; }
    const Settings &settings() const { return m_settings; }
    /// For tests: where timestamps come from.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    enum class Escape { None, Esc, Csi, Osc, OscEsc, Charset };

    void appendPlain(const QByteArray &bytes);
    void writeOut(const QByteArray &bytes);
    void rotate();
    void fail(const QString &what);

    Settings m_settings;
    QFile m_file;
    QString m_error;
    QByteArray m_line; ///< plain text: the line being received
    Escape m_escape = Escape::None;
    std::function<QDateTime()> m_clock;
};

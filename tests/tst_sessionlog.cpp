// SPDX-License-Identifier: GPL-3.0-or-later
//
// SessionLog: raw bytes or plain text (escape sequences removed), timestamps per
// line, rotation at the size limit, and a clear error for an unwritable file.

#include "console/sessionlog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}
} // namespace

class TestSessionLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText_data();
    void plainText();
    void rawKeepsEveryByte();
    void timestampsStartEveryPlainLine();
    void rotatesAtTheSizeLimit();
    void unwritableFileIsAnError();
};

void TestSessionLog::plainText_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("CR LF lines") << QList<QByteArray> {"login: root\r\n", "Password:\r\n"}
                                 << QByteArray("login: root\nPassword:\n");
    QTest::newRow("SGR and cursor sequences removed")
        << QList<QByteArray> {"\x1b[2J\x1b[1;1H\x1b[1;37;44mAMI BIOS\x1b[0m ok\r\n"}
        << QByteArray("AMI BIOS ok\n");
    QTest::newRow("sequence split across chunks") << QList<QByteArray> {"Starting \x1b[1;3",
        "2m[ OK ]\x1b", "[0m\r\n"} << QByteArray("Starting [ OK ]\n");
    QTest::newRow("charset and OSC title removed")
        << QList<QByteArray> {"\x1b(0lqk\x1b(B\x1b]2;dx1000s23\x07 menu\r\n"}
        << QByteArray("lqk menu\n");
    QTest::newRow("spinner with backspaces")
        << QList<QByteArray> {"DHCP.|\b/\b-\b\\\b\r\n"} << QByteArray("DHCP.\n");
    QTest::newRow("partial line written at close")
        << QList<QByteArray> {"Console type [vt100]: "} << QByteArray("Console type [vt100]: \n");
    QTest::newRow("UTF-8 kept") << QList<QByteArray> {"日本語\r\n"} << QByteArray("日本語\n");
}

void TestSessionLog::plainText()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QByteArray, text);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slot23.log"));
    SessionLog log({path, SessionLog::Format::PlainText});
    QVERIFY2(log.open(), qPrintable(log.errorString()));
    for (const QByteArray &chunk : chunks)
        log.write(chunk);
    log.close();
    QCOMPARE(readAll(path), text);
}

void TestSessionLog::rawKeepsEveryByte()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("raw.log"));
    const QByteArray bytes("\x1b[1mBIOS\x1b[m\r\n\x00\x07end", 21);
    SessionLog log({path, SessionLog::Format::Raw, true});
    QVERIFY(log.open());
    log.write(bytes.left(5));
    log.write(bytes.mid(5));
    log.close();
    QCOMPARE(readAll(path), bytes); // no timestamps in a raw log
}

void TestSessionLog::timestampsStartEveryPlainLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ts.log"));
    SessionLog log({path, SessionLog::Format::PlainText, true});
    QDateTime now(QDate(2026, 11, 25), QTime(14, 5, 1, 123));
    log.setClock([&now] { return now; });
    QVERIFY(log.open());
    log.write("first\r\nsec");
    now = now.addSecs(2);
    log.write("ond\r\n");
    log.close();
    QCOMPARE(readAll(path),
        QByteArray("2026-11-25 14:05:01.123 first\n2026-11-25 14:05:03.123 second\n"));
}

void TestSessionLog::rotatesAtTheSizeLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rot.log"));
    SessionLog log({path, SessionLog::Format::PlainText, false, 20, 2});
    QVERIFY(log.open());
    for (int i = 1; i <= 7; ++i) // 7 lines of 10 bytes, 2 per file
        log.write(QStringLiteral("line %1...\r\n").arg(i).toUtf8().right(12));
    log.close();
    QCOMPARE(readAll(path), QByteArray("line 7...\n"));
    QCOMPARE(readAll(path + QStringLiteral(".1")), QByteArray("line 5...\nline 6...\n"));
    QCOMPARE(readAll(path + QStringLiteral(".2")), QByteArray("line 3...\nline 4...\n"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".3"))); // only keepFiles old files
}

void TestSessionLog::unwritableFileIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/x.log"));
    SessionLog log({path});
    QVERIFY(!log.open());
    QVERIFY(!log.isOpen());
    QVERIFY2(log.errorString().startsWith(path + QStringLiteral(": cannot write the console log")),
        qPrintable(log.errorString()));
    log.write("ignored"); // no crash, nothing written
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestSessionLog)
#include "tst_sessionlog.moc"

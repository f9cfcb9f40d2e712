// SPDX-License-Identifier: GPL-3.0-or-later
#include "vtermscreen.h"

#include <QRegularExpression>
#include <QTest>

class TestVtermScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainLines()
    {
        VtermScreen screen(24, 80);
        QCOMPARE(screen.rows(), 24);
        QCOMPARE(screen.columns(), 80);
        screen.feed("Switch >enable\r\nSwitch #");
        QCOMPARE(screen.rowText(0), QStringLiteral("Switch >enable"));
        QCOMPARE(screen.rowText(1), QStringLiteral("Switch #"));
        QCOMPARE(screen.rowText(2), QString());
        QCOMPARE(screen.cursorPosition(), QPoint(8, 1));
        QCOMPARE(screen.rowText(-1), QString());
        QCOMPARE(screen.rowText(24), QString());
    }

    void escapeSequences_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("text");

        QTest::newRow("SGR colours are not text")
            << QByteArray("\x1b[1;37;44m AMI BIOS \x1b[0m ok") << 0 << " AMI BIOS  ok";
        QTest::newRow("cursor position (CUP)") << QByteArray("\x1b[3;5HX") << 2 << "    X";
        QTest::newRow("erase display, then home")
            << QByteArray("old text\x1b[2J\x1b[Hnew") << 0 << "new";
        QTest::newRow("erase to end of line")
            << QByteArray("Console type [vt100]: xterm\x1b[6D\x1b[K") << 0
            << "Console type [vt100]:";
        QTest::newRow("carriage return overwrites")
            << QByteArray("TFTP..\rLOADER") << 0 << "LOADER";
        QTest::newRow("backspace") << QByteArray("ab\bc") << 0 << "ac";
        QTest::newRow("UTF-8, wide characters") << QByteArray("電源オン OK") << 0 << "電源オン OK";
    }

    void escapeSequences()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, row);
        QFETCH(QString, text);
        VtermScreen screen(24, 80);
        screen.feed(bytes);
        QCOMPARE(screen.rowText(row), text);
    }

    void sequencesSplitAcrossFeeds()
    {
        // Serial and SOL data arrive in arbitrary chunks, cutting sequences and
        // UTF-8 characters in half.
        VtermScreen screen(24, 80);
        const QByteArray bytes("\x1b[2;3Hmid\x1b[1;1H電源");
        for (char c : bytes)
            screen.feed(QByteArrayView(&c, 1));
        QCOMPARE(screen.rowText(1), QStringLiteral("  mid"));
        QCOMPARE(screen.rowText(0), QStringLiteral("電源"));
    }

    void wrapsAtTheRightMargin()
    {
        VtermScreen screen(4, 10);
        screen.feed("0123456789abc");
        QCOMPARE(screen.rowText(0), QStringLiteral("0123456789"));
        QCOMPARE(screen.rowText(1), QStringLiteral("abc"));
    }

    void scrollsAtTheBottom()
    {
        VtermScreen screen(3, 20);
        screen.feed("one\r\ntwo\r\nthree\r\nfour");
        QCOMPARE(screen.rowText(0), QStringLiteral("two"));
        QCOMPARE(screen.rowText(2), QStringLiteral("four"));
    }

    void version()
    {
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$"))
                    .match(VtermScreen::libraryVersion())
                    .hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestVtermScreen)
#include "tst_vtermscreen.moc"

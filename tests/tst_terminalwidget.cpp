// SPDX-License-Identifier: GPL-3.0-or-later
//
// TerminalWidget: escape sequences in, the screen's text and attributes out
// through snapshot(); keys in, the bytes a VT100/xterm sends out through sendData().

#include "terminalwidget.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QtTest>

namespace {
using Kind = TerminalCell::ColorKind;

quint32 indexed(int i)
{
    return TerminalCell::makeColor(Kind::Indexed, quint32(i));
}

/// A terminal of a fixed 24 × 80 grid (independent of the widget's size).
std::unique_ptr<TerminalWidget> makeTerminal(int rows = 24, int columns = 80)
{
    auto terminal = std::make_unique<TerminalWidget>();
    terminal->setGridSize(rows, columns);
    return terminal;
}

QByteArray sentFor(
    TerminalWidget &terminal, int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    QSignalSpy sent(&terminal, &TerminalWidget::sendData);
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(&terminal, &press);
    QByteArray bytes;
    for (const QList<QVariant> &args : sent)
        bytes += args.at(0).toByteArray();
    return bytes;
}
} // namespace

class TestTerminalWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cursorMovement_data();
    void cursorMovement();
    void sgrAttributes_data();
    void sgrAttributes();
    void sgrResetClearsAttributes();
    void decLineDrawingBecomesBoxCharacters();
    void utf8SplitAcrossChunksIsDecoded();
    void doubleWidthCjkTakesTwoCells();
    void longLinesWrap();
    void scrollRegionScrollsOnlyItsLines();
    void alternateScreenKeepsPrimaryScreen();
    void cursorVisibilityAndBlinkFollowTheRemote();
    void linesScrolledOffGoToScrollback();
    void scrollbackLimitIsConfigurable();
    void setGridSizeResizesAndReports();
    void widgetResizeRefitsTheGrid();
    void zoomChangesFontAndGrid();
    void keys_data();
    void keys();
    void applicationCursorModeChangesArrows();
    void statusRequestIsAnswered();
    void pasteIsBracketedOnlyWhenAsked();
    void shiftPageUpScrollsLocally();
    void selectionGivesText();
    void findInScrollbackSelectsAndScrolls();
    void floodIsNotPaintedPerChunk();
};

void TestTerminalWidget::cursorMovement_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QPoint>("cursor");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("text");

    QTest::newRow("CUP row;col") << QByteArray("\x1b[3;5HX") << QPoint(5, 2) << 2 << "    X";
    QTest::newRow("CUP defaults to home") << QByteArray("abc\x1b[HZ") << QPoint(1, 0) << 0 << "Zbc";
    QTest::newRow("CUU/CUF") << QByteArray("\x1b[5;1H\x1b[2A\x1b[3CY") << QPoint(4, 2) << 2
                             << "   Y";
    QTest::newRow("CUD/CUB") << QByteArray("abcdef\x1b[1B\x1b[4DQ") << QPoint(3, 1) << 1 << "  Q";
    QTest::newRow("CR LF") << QByteArray("one\r\ntwo") << QPoint(3, 1) << 1 << "two";
    QTest::newRow("backspace overwrites") << QByteArray("abc\bX") << QPoint(3, 0) << 0 << "abX";
    QTest::newRow("save/restore cursor (DECSC/DECRC)") << QByteArray("ab\x1b"
                                                                     "7\x1b[10;10Hzz\x1b"
                                                                     "8C")
                                                       << QPoint(3, 0) << 0 << "abC";
    QTest::newRow("erase in line") << QByteArray("Console type [vt100]: xterm\x1b[6D\x1b[K")
                                   << QPoint(21, 0) << 0 << "Console type [vt100]:";
    QTest::newRow("erase display")
        << QByteArray("old\x1b[2J\x1b[Hnew") << QPoint(3, 0) << 0 << "new";
    QTest::newRow("tab stops") << QByteArray("a\tb") << QPoint(9, 0) << 0 << "a       b";
}

void TestTerminalWidget::cursorMovement()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QPoint, cursor);
    QFETCH(int, row);
    QFETCH(QString, text);
    auto terminal = makeTerminal();
    terminal->putData(bytes);
    const TerminalSnapshot s = terminal->snapshot();
    QCOMPARE(s.cursor, cursor);
    QCOMPARE(s.rowText(row), text);
}

void TestTerminalWidget::sgrAttributes_data()
{
    QTest::addColumn<QByteArray>("sgr");
    QTest::addColumn<int>("attrs");
    QTest::addColumn<quint32>("fg");
    QTest::addColumn<quint32>("bg");

    const quint32 none = TerminalCell::makeColor(Kind::Default, 0);
    QTest::newRow("bold") << QByteArray("1") << int(TerminalCell::Bold) << none << none;
    QTest::newRow("underline") << QByteArray("4") << int(TerminalCell::Underline) << none << none;
    QTest::newRow("double underline")
        << QByteArray("21") << int(TerminalCell::Underline | TerminalCell::DoubleUnderline) << none
        << none;
    QTest::newRow("italic") << QByteArray("3") << int(TerminalCell::Italic) << none << none;
    QTest::newRow("blink") << QByteArray("5") << int(TerminalCell::Blink) << none << none;
    QTest::newRow("reverse") << QByteArray("7") << int(TerminalCell::Reverse) << none << none;
    QTest::newRow("strike") << QByteArray("9") << int(TerminalCell::Strike) << none << none;
    QTest::newRow("16 colours: AMI white on blue")
        << QByteArray("1;37;44") << int(TerminalCell::Bold) << indexed(7) << indexed(4);
    QTest::newRow("bright colours") << QByteArray("91;102") << 0 << indexed(9) << indexed(10);
    QTest::newRow("256 colours") << QByteArray("38;5;208;48;5;236") << 0 << indexed(208)
                                 << indexed(236);
    QTest::newRow("direct colour") << QByteArray("38;2;1;2;3;48;2;250;128;0") << 0
                                   << TerminalCell::makeColor(Kind::Rgb, 0x010203)
                                   << TerminalCell::makeColor(Kind::Rgb, 0xfa8000);
    QTest::newRow("default colours after 39;49") << QByteArray("31;41;39;49") << 0 << none << none;
}

void TestTerminalWidget::sgrAttributes()
{
    QFETCH(QByteArray, sgr);
    QFETCH(int, attrs);
    QFETCH(quint32, fg);
    QFETCH(quint32, bg);
    auto terminal = makeTerminal();
    terminal->putData("a\x1b[" + sgr + "mX\x1b[0mb");
    const TerminalSnapshot s = terminal->snapshot();
    QCOMPARE(s.rowText(0), QStringLiteral("aXb"));
    const TerminalCell &x = s.cell(0, 1);
    QCOMPARE(int(x.attrs), attrs);
    QCOMPARE(x.fg, fg);
    QCOMPARE(x.bg, bg);
    // Neighbours keep the defaults.
    QCOMPARE(s.cell(0, 0), (TerminalCell {U'a', 0, 0, 0, 1}));
    QCOMPARE(s.cell(0, 2), (TerminalCell {U'b', 0, 0, 0, 1}));
}

void TestTerminalWidget::sgrResetClearsAttributes()
{
    auto terminal = makeTerminal();
    terminal->putData("\x1b[1;4;7;31mA\x1b[mB");
    const TerminalSnapshot s = terminal->snapshot();
    QVERIFY(s.cell(0, 0).has(TerminalCell::Bold));
    QVERIFY(s.cell(0, 0).has(TerminalCell::Reverse));
    QCOMPARE(s.cell(0, 1).attrs, quint16(0));
    QCOMPARE(s.cell(0, 1).fg, 0u);
}

void TestTerminalWidget::decLineDrawingBecomesBoxCharacters()
{
    // The loader menu's box: ESC ( 0 (G0), or ESC ) 0 with SO/SI (G1), select the
    // DEC special graphics set.
    auto terminal = makeTerminal();
    terminal->putData("\x1b(0lqqk\r\nx  x\r\nmqqj\x1b(B ok\r\n\x1b)0\x0elqk\x0f done");
    const TerminalSnapshot s = terminal->snapshot();
    QCOMPARE(s.rowText(0), QStringLiteral("┌──┐"));
    QCOMPARE(s.rowText(1), QStringLiteral("│  │"));
    QCOMPARE(s.rowText(2), QStringLiteral("└──┘ ok"));
    QCOMPARE(s.rowText(3), QStringLiteral("┌─┐ done"));
}

void TestTerminalWidget::utf8SplitAcrossChunksIsDecoded()
{
    auto terminal = makeTerminal();
    const QByteArray bytes = QStringLiteral("Grüße → 日本").toUtf8();
    for (char b : bytes)
        terminal->putData(QByteArray(1, b));
    QCOMPARE(terminal->snapshot().rowText(0), QStringLiteral("Grüße → 日本"));
}

void TestTerminalWidget::doubleWidthCjkTakesTwoCells()
{
    auto terminal = makeTerminal();
    terminal->putData(QStringLiteral("日本語x").toUtf8());
    const TerminalSnapshot s = terminal->snapshot();
    QCOMPARE(s.cursor, QPoint(7, 0));
    QCOMPARE(s.cell(0, 0).ch, U'日');
    QCOMPARE(int(s.cell(0, 0).width), 2);
    QCOMPARE(int(s.cell(0, 1).width), 0);
    QCOMPARE(s.cell(0, 2).ch, U'本');
    QCOMPARE(s.cell(0, 6).ch, U'x');
    QCOMPARE(s.rowText(0), QStringLiteral("日本語x"));

    // A wide character that does not fit at the end of a line wraps whole.
    auto narrow = makeTerminal(3, 5);
    narrow->putData(QStringLiteral("abcd日").toUtf8());
    QCOMPARE(narrow->snapshot().rowText(0), QStringLiteral("abcd"));
    QCOMPARE(narrow->snapshot().rowText(1), QStringLiteral("日"));
}

void TestTerminalWidget::longLinesWrap()
{
    auto terminal = makeTerminal(5, 10);
    terminal->putData("0123456789ABCDE");
    const TerminalSnapshot s = terminal->snapshot();
    QCOMPARE(s.rowText(0), QStringLiteral("0123456789"));
    QCOMPARE(s.rowText(1), QStringLiteral("ABCDE"));
    QCOMPARE(s.cursor, QPoint(5, 1));
    // Auto-wrap off (DECAWM): the last column is overwritten.
    terminal->putData("\x1b[?7l\x1b[3;1H0123456789XYZ");
    QCOMPARE(terminal->snapshot().rowText(2), QStringLiteral("012345678Z"));
}

void TestTerminalWidget::scrollRegionScrollsOnlyItsLines()
{
    auto terminal = makeTerminal(6, 20);
    terminal->putData("header\r\nr2\r\nr3\r\nr4\r\nr5\r\nfooter");
    terminal->putData("\x1b[2;5r"); // rows 2-5 scroll, header and footer stay
    terminal->putData("\x1b[5;1H\nnew");
    TerminalSnapshot s = terminal->snapshot();
    QCOMPARE(s.rowText(0), QStringLiteral("header"));
    QCOMPARE(s.rowText(1), QStringLiteral("r3"));
    QCOMPARE(s.rowText(3), QStringLiteral("r5"));
    QCOMPARE(s.rowText(4), QStringLiteral("new"));
    QCOMPARE(s.rowText(5), QStringLiteral("footer"));
    // Reverse index at the region's top scrolls it down.
    terminal->putData("\x1b[2;1H\x1bM");
    s = terminal->snapshot();
    QCOMPARE(s.rowText(1), QString());
    QCOMPARE(s.rowText(2), QStringLiteral("r3"));
    QCOMPARE(s.rowText(5), QStringLiteral("footer"));
    QCOMPARE(terminal->scrollbackLineCount(), 0); // a region never feeds the scrollback
}

void TestTerminalWidget::alternateScreenKeepsPrimaryScreen()
{
    auto terminal = makeTerminal(5, 20);
    terminal->putData("shell prompt $ ");
    terminal->putData("\x1b[?1049h\x1b[H\x1b[2JBIOS SETUP");
    TerminalSnapshot s = terminal->snapshot();
    QVERIFY(s.alternateScreen);
    QCOMPARE(s.rowText(0), QStringLiteral("BIOS SETUP"));
    terminal->putData("\x1b[?1049l");
    s = terminal->snapshot();
    QVERIFY(!s.alternateScreen);
    QCOMPARE(s.rowText(0), QStringLiteral("shell prompt $"));
    QCOMPARE(s.cursor, QPoint(15, 0));
}

void TestTerminalWidget::cursorVisibilityAndBlinkFollowTheRemote()
{
    auto terminal = makeTerminal();
    QVERIFY(terminal->snapshot().cursorVisible);
    terminal->putData("\x1b[?25l");
    QVERIFY(!terminal->snapshot().cursorVisible);
    terminal->putData("\x1b[?25h\x1b[?12l");
    QVERIFY(terminal->snapshot().cursorVisible);
    QVERIFY(!terminal->snapshot().cursorBlinking);
    terminal->putData("\x1b[?12h");
    QVERIFY(terminal->snapshot().cursorBlinking);
    terminal->putData("\x1b]2;dx1000s23 console\x07");
    QCOMPARE(terminal->snapshot().title, QStringLiteral("dx1000s23 console"));
}

void TestTerminalWidget::linesScrolledOffGoToScrollback()
{
    auto terminal = makeTerminal(5, 40);
    QCOMPARE(terminal->scrollbackLimit(), 10000);
    for (int i = 1; i <= 12; ++i)
        terminal->putData(QStringLiteral("\x1b[32mline %1\x1b[m\r\n").arg(i).toUtf8());
    // 12 lines and an empty cursor line on 5 rows: 8 lines went up.
    QCOMPARE(terminal->scrollbackLineCount(), 8);
    QCOMPARE(terminal->scrollbackLineText(0), QStringLiteral("line 1"));
    QCOMPARE(terminal->scrollbackLineText(7), QStringLiteral("line 8"));
    QCOMPARE(terminal->snapshot().rowText(0), QStringLiteral("line 9"));
}

void TestTerminalWidget::scrollbackLimitIsConfigurable()
{
    auto terminal = makeTerminal(5, 40);
    terminal->setScrollbackLimit(50);
    for (int i = 1; i <= 200; ++i)
        terminal->putData(QStringLiteral("line %1\r\n").arg(i).toUtf8());
    QCOMPARE(terminal->scrollbackLineCount(), 50);
    QCOMPARE(terminal->scrollbackLineText(49), QStringLiteral("line 196"));
    terminal->setScrollbackLimit(10);
    QCOMPARE(terminal->scrollbackLineCount(), 10);
    QCOMPARE(terminal->scrollbackLineText(0), QStringLiteral("line 187"));
}

void TestTerminalWidget::setGridSizeResizesAndReports()
{
    auto terminal = makeTerminal(10, 40);
    QSignalSpy sizes(terminal.get(), &TerminalWidget::terminalSizeChanged);
    for (int i = 1; i <= 10; ++i)
        terminal->putData(QStringLiteral("row %1").arg(i).toUtf8() + (i < 10 ? "\r\n" : ""));
    terminal->setGridSize(6, 30);
    QCOMPARE(sizes.size(), 1);
    QCOMPARE(sizes.first().at(0).toInt(), 6);
    QCOMPARE(sizes.first().at(1).toInt(), 30);
    TerminalSnapshot s = terminal->snapshot();
    QCOMPARE(s.rows, 6);
    QCOMPARE(s.columns, 30);
    QCOMPARE(s.cells.first().size(), 30);
    // The cursor line stays; the lines above it moved into the scrollback.
    QCOMPARE(s.rowText(5), QStringLiteral("row 10"));
    QCOMPARE(
        terminal->scrollbackLineText(terminal->scrollbackLineCount() - 1), QStringLiteral("row 4"));
    // Growing again brings them back.
    terminal->setGridSize(10, 40);
    s = terminal->snapshot();
    QCOMPARE(s.rowText(0), QStringLiteral("row 1"));
    QCOMPARE(s.rowText(9), QStringLiteral("row 10"));
    QCOMPARE(sizes.size(), 2);
    terminal->setGridSize(10, 40); // unchanged: no signal
    QCOMPARE(sizes.size(), 2);
}

void TestTerminalWidget::widgetResizeRefitsTheGrid()
{
    TerminalWidget terminal;
    terminal.resize(400, 300);
    terminal.show();
    QVERIFY(QTest::qWaitForWindowExposed(&terminal));
    QSignalSpy sizes(&terminal, &TerminalWidget::terminalSizeChanged);
    const int columns = terminal.columns();
    const int rows = terminal.rows();
    terminal.resize(800, 600);
    QTRY_VERIFY(!sizes.isEmpty());
    QVERIFY(terminal.columns() > columns);
    QVERIFY(terminal.rows() > rows);
    QCOMPARE(sizes.last().at(0).toInt(), terminal.rows());
    QCOMPARE(sizes.last().at(1).toInt(), terminal.columns());
}

void TestTerminalWidget::zoomChangesFontAndGrid()
{
    TerminalWidget terminal;
    terminal.resize(640, 480);
    terminal.show();
    QVERIFY(QTest::qWaitForWindowExposed(&terminal));
    const int size = terminal.fontPointSize();
    const int columns = terminal.columns();
    terminal.zoomIn();
    terminal.zoomIn();
    QCOMPARE(terminal.fontPointSize(), size + 2);
    QVERIFY(terminal.columns() < columns);
    // Ctrl+0 is local: resets the zoom and sends nothing.
    QCOMPARE(sentFor(terminal, Qt::Key_0, Qt::ControlModifier, QString()), QByteArray());
    QCOMPARE(terminal.fontPointSize(), size);
    QCOMPARE(terminal.columns(), columns);
}

void TestTerminalWidget::keys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");

    const int none = Qt::NoModifier;
    const int ctrl = Qt::ControlModifier;
    const int shift = Qt::ShiftModifier;
    const int alt = Qt::AltModifier;
    QTest::newRow("printable") << int(Qt::Key_A) << none << "a" << QByteArray("a");
    QTest::newRow("shifted printable") << int(Qt::Key_A) << shift << "A" << QByteArray("A");
    QTest::newRow("non-ASCII as UTF-8")
        << int(Qt::Key_Eacute) << none << "é" << QByteArray("\xc3\xa9");
    QTest::newRow("Enter") << int(Qt::Key_Return) << none << "\r" << QByteArray("\r");
    QTest::newRow("keypad Enter") << int(Qt::Key_Enter) << int(Qt::KeypadModifier) << "\r"
                                  << QByteArray("\r");
    QTest::newRow("Backspace") << int(Qt::Key_Backspace) << none << "\b" << QByteArray("\x7f");
    QTest::newRow("Tab") << int(Qt::Key_Tab) << none << "\t" << QByteArray("\t");
    QTest::newRow("Shift+Tab") << int(Qt::Key_Backtab) << shift << "" << QByteArray("\x1b[Z");
    QTest::newRow("Esc") << int(Qt::Key_Escape) << none << "\x1b" << QByteArray("\x1b");
    QTest::newRow("Up") << int(Qt::Key_Up) << none << "" << QByteArray("\x1b[A");
    QTest::newRow("Down") << int(Qt::Key_Down) << none << "" << QByteArray("\x1b[B");
    QTest::newRow("Right") << int(Qt::Key_Right) << none << "" << QByteArray("\x1b[C");
    QTest::newRow("Left") << int(Qt::Key_Left) << none << "" << QByteArray("\x1b[D");
    QTest::newRow("Ctrl+Up") << int(Qt::Key_Up) << ctrl << "" << QByteArray("\x1b[1;5A");
    QTest::newRow("Home") << int(Qt::Key_Home) << none << "" << QByteArray("\x1b[H");
    QTest::newRow("End") << int(Qt::Key_End) << none << "" << QByteArray("\x1b[F");
    QTest::newRow("Insert") << int(Qt::Key_Insert) << none << "" << QByteArray("\x1b[2~");
    QTest::newRow("Delete") << int(Qt::Key_Delete) << none << "" << QByteArray("\x1b[3~");
    QTest::newRow("PgUp") << int(Qt::Key_PageUp) << none << "" << QByteArray("\x1b[5~");
    QTest::newRow("PgDn") << int(Qt::Key_PageDown) << none << "" << QByteArray("\x1b[6~");
    QTest::newRow("F1") << int(Qt::Key_F1) << none << "" << QByteArray("\x1bOP");
    QTest::newRow("F2 (BIOS setup)") << int(Qt::Key_F2) << none << "" << QByteArray("\x1bOQ");
    QTest::newRow("F3") << int(Qt::Key_F3) << none << "" << QByteArray("\x1bOR");
    QTest::newRow("F4") << int(Qt::Key_F4) << none << "" << QByteArray("\x1bOS");
    QTest::newRow("F5") << int(Qt::Key_F5) << none << "" << QByteArray("\x1b[15~");
    QTest::newRow("F6") << int(Qt::Key_F6) << none << "" << QByteArray("\x1b[17~");
    QTest::newRow("F7") << int(Qt::Key_F7) << none << "" << QByteArray("\x1b[18~");
    QTest::newRow("F8") << int(Qt::Key_F8) << none << "" << QByteArray("\x1b[19~");
    QTest::newRow("F9") << int(Qt::Key_F9) << none << "" << QByteArray("\x1b[20~");
    QTest::newRow("F10") << int(Qt::Key_F10) << none << "" << QByteArray("\x1b[21~");
    QTest::newRow("F11") << int(Qt::Key_F11) << none << "" << QByteArray("\x1b[23~");
    QTest::newRow("F12") << int(Qt::Key_F12) << none << "" << QByteArray("\x1b[24~");
    QTest::newRow("Ctrl+C") << int(Qt::Key_C) << ctrl << "\x03" << QByteArray("\x03");
    QTest::newRow("Ctrl+C without text") << int(Qt::Key_C) << ctrl << "" << QByteArray("\x03");
    QTest::newRow("Ctrl+D") << int(Qt::Key_D) << ctrl << "" << QByteArray("\x04");
    QTest::newRow("Ctrl+M is CR") << int(Qt::Key_M) << ctrl << "" << QByteArray("\r");
    QTest::newRow("Ctrl+[ is Esc") << int(Qt::Key_BracketLeft) << ctrl << "" << QByteArray("\x1b");
    QTest::newRow("Ctrl+Space is NUL") << int(Qt::Key_Space) << ctrl << "" << QByteArray(1, '\0');
    QTest::newRow("Alt+x") << int(Qt::Key_X) << alt << "x" << QByteArray("\x1bx");
    QTest::newRow("Ctrl+Alt+c") << int(Qt::Key_C) << (ctrl | alt) << "" << QByteArray("\x1b\x03");
    QTest::newRow("lone Shift sends nothing") << int(Qt::Key_Shift) << shift << "" << QByteArray();
}

void TestTerminalWidget::keys()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    auto terminal = makeTerminal();
    QCOMPARE(sentFor(*terminal, key, Qt::KeyboardModifiers(modifiers), text), bytes);
}

void TestTerminalWidget::applicationCursorModeChangesArrows()
{
    auto terminal = makeTerminal();
    terminal->putData("\x1b[?1h"); // DECCKM, as full-screen programs set it
    QCOMPARE(sentFor(*terminal, Qt::Key_Up, Qt::NoModifier, {}), QByteArray("\x1bOA"));
    QCOMPARE(sentFor(*terminal, Qt::Key_Left, Qt::NoModifier, {}), QByteArray("\x1bOD"));
    QCOMPARE(sentFor(*terminal, Qt::Key_Home, Qt::NoModifier, {}), QByteArray("\x1bOH"));
    terminal->putData("\x1b[?1l");
    QCOMPARE(sentFor(*terminal, Qt::Key_Up, Qt::NoModifier, {}), QByteArray("\x1b[A"));
}

void TestTerminalWidget::statusRequestIsAnswered()
{
    auto terminal = makeTerminal();
    QSignalSpy sent(terminal.get(), &TerminalWidget::sendData);
    terminal->putData("\x1b[5;7H\x1b[6n"); // where is the cursor?
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().at(0).toByteArray(), QByteArray("\x1b[5;7R"));
}

void TestTerminalWidget::pasteIsBracketedOnlyWhenAsked()
{
    auto terminal = makeTerminal();
    QSignalSpy sent(terminal.get(), &TerminalWidget::sendData);
    terminal->pasteText(QStringLiteral("set vlan\nshow\r\nx"));
    QCOMPARE(sent.takeFirst().at(0).toByteArray(), QByteArray("set vlan\rshow\rx"));
    terminal->putData("\x1b[?2004h");
    terminal->pasteText(QStringLiteral("a\nb"));
    QCOMPARE(sent.takeFirst().at(0).toByteArray(), QByteArray("\x1b[200~a\rb\x1b[201~"));
}

void TestTerminalWidget::shiftPageUpScrollsLocally()
{
    auto terminal = makeTerminal(5, 20);
    for (int i = 1; i <= 30; ++i)
        terminal->putData(QStringLiteral("line %1\r\n").arg(i).toUtf8());
    QCOMPARE(terminal->scrollOffset(), 0);
    QCOMPARE(sentFor(*terminal, Qt::Key_PageUp, Qt::ShiftModifier, {}), QByteArray());
    QCOMPARE(terminal->scrollOffset(), 4);
    // New output keeps the view on the same lines.
    terminal->putData("line 31\r\n");
    QCOMPARE(terminal->scrollOffset(), 5);
    QCOMPARE(sentFor(*terminal, Qt::Key_PageDown, Qt::ShiftModifier, {}), QByteArray());
    QCOMPARE(terminal->scrollOffset(), 1);
    // Typing returns to the live screen.
    QCOMPARE(sentFor(*terminal, Qt::Key_A, Qt::NoModifier, QStringLiteral("a")), QByteArray("a"));
    QCOMPARE(terminal->scrollOffset(), 0);
}

void TestTerminalWidget::selectionGivesText()
{
    auto terminal = makeTerminal(5, 30);
    terminal->putData("login: root\r\nroot@dx1000s23:~ # hostname\r\ndx1000s23\r\n");
    QVERIFY(!terminal->hasSelection());
    // Lines count from the oldest scrollback line; no scrollback here.
    terminal->select(1, 19, 2, 9);
    QVERIFY(terminal->hasSelection());
    QCOMPARE(terminal->selectedText(), QStringLiteral("hostname\ndx1000s23"));
    terminal->copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("hostname\ndx1000s23"));
    terminal->clearSelection();
    QCOMPARE(terminal->selectedText(), QString());
}

void TestTerminalWidget::findInScrollbackSelectsAndScrolls()
{
    auto terminal = makeTerminal(5, 40);
    for (int i = 1; i <= 100; ++i)
        terminal->putData(QStringLiteral("line %1 igb%2\r\n").arg(i).arg(i % 2).toUtf8());
    QVERIFY(terminal->find(QStringLiteral("LINE 17 ")));
    QCOMPARE(terminal->selectedText(), QStringLiteral("line 17")); // trailing blank trimmed
    QVERIFY(terminal->scrollOffset() > 0);
    // Backwards from the match finds the previous one.
    QVERIFY(terminal->find(QStringLiteral("igb1")));
    QCOMPARE(terminal->selectedText(), QStringLiteral("igb1"));
    const TerminalSnapshot s = terminal->snapshot(); // the live screen is unchanged
    QCOMPARE(s.rowText(3), QStringLiteral("line 100 igb0"));
    QVERIFY(!terminal->find(QStringLiteral("no such text")));
    // Forward from the top.
    terminal->clearSelection();
    QVERIFY(terminal->find(QStringLiteral("igb0"), false));
    QCOMPARE(terminal->selectedText(), QStringLiteral("igb0"));
}

void TestTerminalWidget::floodIsNotPaintedPerChunk()
{
    TerminalWidget terminal;
    terminal.resize(640, 400);
    terminal.show();
    QVERIFY(QTest::qWaitForWindowExposed(&terminal));
    QCoreApplication::processEvents();
    const quint64 before = terminal.paintCount();
    // Each chunk arrives in its own event-loop turn, as reads from a socket do.
    constexpr int Chunks = 3000;
    for (int i = 0; i < Chunks; ++i) {
        terminal.putData(
            QStringLiteral("\x1b[3%1mboot line %2\x1b[m\r\n").arg(i % 8).arg(i).toUtf8());
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY(terminal.paintCount() > before); // painted, eventually
    const quint64 paints = terminal.paintCount() - before;
    qInfo("%d chunks, %llu paints", Chunks, paints);
    QVERIFY2(paints < Chunks / 10, qPrintable(QString::number(paints)));
    QCOMPARE(terminal.snapshot().rowText(terminal.rows() - 2),
        QStringLiteral("boot line %1").arg(Chunks - 1));
}

QTEST_MAIN(TestTerminalWidget)
#include "tst_terminalwidget.moc"

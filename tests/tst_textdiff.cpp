// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisioning/textdiff.h"

#include <QTest>

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void unified_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("diff");
        QTest::newRow("equal") << QStringLiteral("a\nb\n") << QStringLiteral("a\nb\n") << QString();
        QTest::newRow("new file") << QString() << QStringLiteral("x\n") << QStringLiteral("+x\n");
        QTest::newRow("one line changed")
            << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\nB\nc\n")
            << QStringLiteral(" a\n-b\n+B\n c\n");
        QTest::newRow("line added at the end")
            << QStringLiteral("a\n") << QStringLiteral("a\nb\n") << QStringLiteral(" a\n+b\n");
        QTest::newRow("distant changes get separate hunks")
            << QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n")
            << QStringLiteral("one\n2\n3\n4\n5\n6\n7\n8\n9\nten\n")
            << QStringLiteral("-1\n+one\n 2\n@@ ... @@\n 9\n-10\n+ten\n");
    }

    void unified()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, diff);
        QCOMPARE(TextDiff::unified(before, after, 1), diff);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"

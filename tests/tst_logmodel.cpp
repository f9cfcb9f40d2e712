// SPDX-License-Identifier: GPL-3.0-or-later
#include "logmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {

LogModel::Entry entry(int n, LogModel::Result result = LogModel::Result::Ok)
{
    return {QDateTime(QDate(2025, 3, 10), QTime(14, 2, n % 60), QTimeZone(9 * 3600)),
        QStringLiteral("dx1000s%1").arg(n), QStringLiteral("Power on"), result,
        QStringLiteral("message %1").arg(n)};
}

/// A minimal RFC 4180 reader: enough to prove that what toCsv() writes reads back.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendInsertsRows()
    {
        LogModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        model.append(entry(1));
        model.append(QStringLiteral("lab.json"), QStringLiteral("Open inventory"),
            LogModel::Result::Failed, QStringLiteral("lab.json:3:14: version: too new"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(LogModel::NUM_COLUMNS));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(inserted.at(1).at(2).toInt(), 1);

        const QModelIndex failed = model.index(1, 0);
        QCOMPARE(failed.data(LogModel::TargetRole).toString(), QStringLiteral("lab.json"));
        QCOMPARE(failed.data(LogModel::ActionRole).toString(), QStringLiteral("Open inventory"));
        QCOMPARE(
            failed.data(LogModel::ResultRole).value<LogModel::Result>(), LogModel::Result::Failed);
        QVERIFY(failed.data(LogModel::TimeRole).toDateTime().isValid());
        QCOMPARE(
            model.index(1, LogModel::ResultColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(1, LogModel::MessageColumn).data().toString(),
            QStringLiteral("lab.json:3:14: version: too new"));
        QCOMPARE(
            model.index(0, LogModel::TimeColumn).data().toString(), QStringLiteral("14:02:01"));
        QCOMPARE(model.index(0, LogModel::ResultColumn).data().toString(), QStringLiteral("OK"));
        QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid()); // failures stand out
        QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());

        QCOMPARE(model.headerData(LogModel::TimeColumn, Qt::Horizontal).toString(),
            QStringLiteral("Time"));
        QCOMPARE(model.headerData(LogModel::MessageColumn, Qt::Horizontal).toString(),
            QStringLiteral("Message"));
        QVERIFY(!model.data(QModelIndex()).isValid());
        QVERIFY(!model.index(2, 0).isValid());
    }

    void capDropsOldest()
    {
        LogModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.maxEntries(), LogModel::DefaultMaxEntries);
        model.setMaxEntries(3);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        for (int n = 1; n <= 5; ++n)
            model.append(entry(n));
        QCOMPARE(model.count(), 3);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed.at(0).at(1).toInt(), 0); // always the oldest row
        QCOMPARE(removed.at(0).at(2).toInt(), 0);
        QCOMPARE(model.entry(0).target, QStringLiteral("dx1000s3"));
        QCOMPARE(model.entry(2).target, QStringLiteral("dx1000s5"));

        // Lowering the cap drops the surplus at once, oldest first.
        model.setMaxEntries(1);
        QCOMPARE(removed.count(), 3);
        QCOMPARE(removed.at(2).at(1).toInt(), 0);
        QCOMPARE(removed.at(2).at(2).toInt(), 1);
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.entry(0).target, QStringLiteral("dx1000s5"));

        model.setMaxEntries(0); // clamped: the log keeps at least the newest entry
        QCOMPARE(model.maxEntries(), 1);
        model.append(entry(6));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.entry(0).target, QStringLiteral("dx1000s6"));

        model.clear();
        QCOMPARE(model.count(), 0);
    }

    void capHoldsAtScale()
    {
        LogModel model;
        model.setMaxEntries(1000);
        for (int n = 0; n < 2500; ++n)
            model.append(entry(n));
        QCOMPARE(model.count(), 1000);
        QCOMPARE(model.entry(0).target, QStringLiteral("dx1000s1500"));
        QCOMPARE(model.entry(999).target, QStringLiteral("dx1000s2499"));
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "dx1000s23"
                               << "dx1000s23";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"on\""
                               << "\"say \"\"on\"\"\"";
        QTest::newRow("only quote") << "\""
                                    << "\"\"\"\"";
        QTest::newRow("newline") << "line 1\nline 2"
                                 << "\"line 1\nline 2\"";
        QTest::newRow("carriage return") << "a\rb"
                                         << "\"a\rb\"";
        QTest::newRow("leading blank") << " x"
                                       << "\" x\"";
        QTest::newRow("trailing blank") << "x "
                                        << "\"x \"";
        QTest::newRow("inner blank") << "power on"
                                     << "power on";
        QTest::newRow("japanese") << "電源オン"
                                  << "電源オン";
        QTest::newRow("semicolon") << "a;b"
                                   << "a;b";
    }

    void csvField()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(LogModel::csvField(text), expected);
    }

    void csvExportReadsBack()
    {
        LogModel model;
        model.append(entry(1));
        LogModel::Entry tricky = entry(2, LogModel::Result::Failed);
        tricky.target = QStringLiteral("slot 23, dx1000s23");
        tricky.message = QStringLiteral("BMC said \"password rejected\"\r\nretry later");
        model.append(tricky);
        LogModel::Entry info = entry(3, LogModel::Result::Info);
        info.message = QStringLiteral("電源オン");
        model.append(info);

        const QByteArray csv = model.toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM for spreadsheet programs
        const QString text = QString::fromUtf8(csv.mid(3));
        QVERIFY(text.startsWith(QStringLiteral("time,target,action,result,message\r\n")));
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));

        const QList<QStringList> records = parseCsv(text);
        QCOMPARE(records.size(), 4);
        for (const QStringList &record : records)
            QCOMPARE(record.size(), 5);
        QCOMPARE(records.at(1).at(0), QStringLiteral("2025-03-10T14:02:01.000+09:00"));
        QCOMPARE(records.at(1).at(3), QStringLiteral("ok"));
        QCOMPARE(records.at(2).at(1), tricky.target);
        QCOMPARE(records.at(2).at(3), QStringLiteral("failed"));
        QCOMPARE(records.at(2).at(4), tricky.message);
        QCOMPARE(records.at(3).at(3), QStringLiteral("info"));
        QCOMPARE(records.at(3).at(4), QStringLiteral("電源オン"));
    }

    void csvExportOfSelectedRows()
    {
        LogModel model;
        for (int n = 1; n <= 4; ++n)
            model.append(entry(n));
        const QList<QStringList> records
            = parseCsv(QString::fromUtf8(model.toCsv({3, 1, 99}).mid(3)));
        QCOMPARE(records.size(), 3); // header + rows 3 and 1; 99 does not exist
        QCOMPARE(records.at(1).at(1), QStringLiteral("dx1000s4"));
        QCOMPARE(records.at(2).at(1), QStringLiteral("dx1000s2"));

        const QList<QStringList> headerOnly
            = parseCsv(QString::fromUtf8(LogModel().toCsv().mid(3)));
        QCOMPARE(headerOnly.size(), 1);
    }
};

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"

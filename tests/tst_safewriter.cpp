// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/safewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class TestSafeWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesANewFileWithoutBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/dir/dhcpd.conf"));
        const auto r = SafeWriter::write(path, "subnet {}\n");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.backupPath.isEmpty());
        QCOMPARE(readAll(path), QByteArray("subnet {}\n"));
    }

    void replacingKeepsATimestampedBackupOfTheOldContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exports"));
        QVERIFY(SafeWriter::write(path, "old\n").ok);
        const auto r = SafeWriter::write(path, "new\n");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.backupPath.isEmpty());
        QVERIFY(r.backupPath.endsWith(QStringLiteral(".bak")));
        QCOMPARE(readAll(path), QByteArray("new\n"));
        QCOMPARE(readAll(r.backupPath), QByteArray("old\n"));
    }

    void twoReplacementsInOneSecondKeepBothBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loader.conf"));
        QVERIFY(SafeWriter::write(path, "1").ok);
        const auto a = SafeWriter::write(path, "2");
        const auto b = SafeWriter::write(path, "3");
        QVERIFY(a.ok && b.ok);
        QVERIFY(a.backupPath != b.backupPath);
        QCOMPARE(readAll(a.backupPath), QByteArray("1"));
        QCOMPARE(readAll(b.backupPath), QByteArray("2"));
    }

    void identicalContentIsNotRewrittenNorBackedUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ttys"));
        QVERIFY(SafeWriter::write(path, "same").ok);
        const auto r = SafeWriter::write(path, "same");
        QVERIFY(r.ok);
        QVERIFY(r.unchanged);
        QVERIFY(r.backupPath.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void unwritableDestinationReportsAnError()
    {
        // /proc refuses new files even to root, like a read-only mount would.
        const QString path = QStringLiteral("/proc/dxchassis-test-dhcpd.conf");
        const auto r = SafeWriter::write(path, "new");
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(path), qPrintable(r.error));
        QVERIFY(!QFile::exists(path));
    }

    void pathThroughAFileReportsTheFolderError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("notadir"));
        QVERIFY(SafeWriter::write(blocker, "x").ok);
        const auto r = SafeWriter::write(blocker + QStringLiteral("/file"), "y");
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("notadir")), qPrintable(r.error));
        QCOMPARE(readAll(blocker), QByteArray("x"));
    }
};

QTEST_GUILESS_MAIN(TestSafeWriter)
#include "tst_safewriter.moc"

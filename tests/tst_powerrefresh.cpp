// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerrefresh.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "chassismodel.h"
#include "ipmi/freeipmibackend.h"

namespace {

QString writeConfig(
    const QTemporaryDir &dir, const QByteArray &text, QFile::Permissions permissions)
{
    const QString path = dir.filePath(QStringLiteral("freeipmi.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text);
    file.close();
    file.setPermissions(permissions);
    return path;
}

constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

class TestPowerRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsThePasswordOfAnOwnerOnlyFreeIpmiConfig_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("the lab's") << QByteArray("# FreeIPMI credentials for the dxlab BMCs\n"
                                                 "username Administrator\npassword Administrator\n")
                                   << QByteArray("Administrator");
        QTest::newRow("tabs, no user line")
            << QByteArray("password\ts3cret\n") << QByteArray("s3cret");
        QTest::newRow("other keys around") << QByteArray(
            "driver-type LAN_2_0\nusername Administrator\npassword pw\nprivilege-level admin\n")
                                           << QByteArray("pw");
    }

    void readsThePasswordOfAnOwnerOnlyFreeIpmiConfig()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, password);
        QTemporaryDir dir;
        const QString path = writeConfig(dir, text, OwnerOnly);
        QString why;
        const std::optional<QByteArray> read
            = PowerRefresh::passwordFromFreeIpmiConfig(path, QStringLiteral("Administrator"), &why);
        QVERIFY2(read, qPrintable(why));
        QCOMPARE(*read, password);
    }

    void refusesWhatIsNoSecretOrNotForTheUser_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ownerOnly");
        QTest::addColumn<QString>("reason");
        QTest::newRow("readable by others")
            << QByteArray("password pw\n") << false << "other users can read or change it";
        QTest::newRow("another user")
            << QByteArray("username admin\npassword admin\n") << true
            << "the password is for user \"admin\", the inventory uses \"Administrator\"";
        QTest::newRow("no password")
            << QByteArray("username Administrator\n") << true << "no password line";
    }

    void refusesWhatIsNoSecretOrNotForTheUser()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ownerOnly);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = writeConfig(
            dir, text, ownerOnly ? OwnerOnly : OwnerOnly | QFile::ReadGroup | QFile::ReadOther);
        QString why;
        QVERIFY(
            !PowerRefresh::passwordFromFreeIpmiConfig(path, QStringLiteral("Administrator"), &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
        QVERIFY2(why.contains(path), qPrintable(why)); // names the file
    }

    void missingFileIsSaidSo()
    {
        QTemporaryDir dir;
        const QString inventory = dir.filePath(QStringLiteral("rack.json"));
        QCOMPARE(PowerRefresh::configBesideInventory(inventory),
            dir.filePath(QStringLiteral("freeipmi.conf")));
        QString why;
        QVERIFY(!PowerRefresh::passwordFromFreeIpmiConfig(
            PowerRefresh::configBesideInventory(inventory), QStringLiteral("Administrator"), &why));
        QVERIFY2(why.contains(QStringLiteral("no such file")), qPrintable(why));
    }

    void nothingToRefreshWithoutBmcs()
    {
        ChassisModel model;
        PowerRefresh refresh(&model, std::make_shared<FreeIpmiBackend>());
        QVERIFY(!refresh.start("pw")); // no enclosure
        Enclosure enclosure;
        enclosure.name = QStringLiteral("e");
        SlotInfo slot;
        slot.slot = 3;
        slot.module = ModuleType::Server; // no BMC address
        enclosure.moduleSlots << slot;
        model.setEnclosure(enclosure);
        QVERIFY(!refresh.start("pw"));
        QVERIFY(!model.indexForSlot(3).data(ChassisModel::BusyRole).toBool());
    }
};

QTEST_MAIN(TestPowerRefresh)
#include "tst_powerrefresh.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "slotclipboard.h"

#include <QStandardItemModel>
#include <QTest>

#include "chassis/inventoryio.h"
#include "chassismodel.h"

class TestSlotClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesAsRfc4180Says_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << "dx1000s23"
                               << "dx1000s23";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("line feed") << "two\nlines"
                                   << "\"two\nlines\"";
        QTest::newRow("carriage return") << "a\rb"
                                         << "\"a\rb\"";
        QTest::newRow("non-ASCII") << "サーバ"
                                   << "サーバ";
    }

    void csvQuotesAsRfc4180Says()
    {
        QFETCH(QString, cell);
        QFETCH(QString, field);
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Slot"), QStringLiteral("Name, full")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("7")));
        model.setItem(0, 1, new QStandardItem(cell));
        QCOMPARE(SlotClipboard::csv(model, {0}),
            QStringLiteral("Slot,\"Name, full\"\r\n7,") + field + QStringLiteral("\r\n"));
    }

    void csvKeepsTheRowsOrderAndSkipsBadRows()
    {
        QStandardItemModel model(3, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("n")});
        for (int row = 0; row < 3; ++row)
            model.setItem(row, 0, new QStandardItem(QString::number(row)));
        QCOMPARE(SlotClipboard::csv(model, {2, 0, 7, -1}), QStringLiteral("n\r\n2\r\n0\r\n"));
        QCOMPARE(SlotClipboard::csv(model, {}), QStringLiteral("n\r\n"));
    }

    void macsAreOneLinePerSlot()
    {
        const InventoryLoadResult loaded
            = InventoryIo::load(QStringLiteral(DX_TEST_DATA "/gui/lab-like.json"));
        QVERIFY(loaded.ok());
        ChassisModel model;
        model.setEnclosure(loaded.inventory->enclosures.constFirst());
        // 23: the seed's first mng_niclist row; 46: empty, no MACs, left out.
        QCOMPARE(SlotClipboard::macs(model, {22, 45, 23}),
            QStringLiteral("74:D4:35:83:78:16 74:D4:35:83:78:14 74:D4:35:83:78:15\n"
                           "74:D4:35:83:75:60 74:D4:35:83:75:5E 74:D4:35:83:75:5F\n"));
        QCOMPARE(SlotClipboard::macs(model, {45}), QString());
    }
};

QTEST_MAIN(TestSlotClipboard)
#include "tst_slotclipboard.moc"

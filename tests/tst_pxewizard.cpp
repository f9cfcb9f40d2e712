// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "pxetestplan.h"
#include "pxewizard.h"
#include "provisioning/pxegenerator.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace PxeTest;

namespace {
template<typename T>
T *child(QWidget &w, const char *name)
{
    auto *found = w.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

bool nextEnabled(QWizard &w)
{
    return w.button(QWizard::NextButton)->isEnabled()
        || w.button(QWizard::CommitButton)->isEnabled();
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->item(row, column)->setText(text);
}

QListWidgetItem *outputItem(QListWidget *list, PxeOutput output)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toInt() == int(output))
            return list->item(row);
    }
    return nullptr;
}

enum { NameColumn = 3, MacColumn = 4, AddressColumn = 5 };
} // namespace

class TestPxeWizard : public QObject
{
    Q_OBJECT

private slots:
    void fillingTheWizardWritesTheFilesAndRemembersTheAnswers()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("tree"));
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("pxeWizard/folder"), out);
        // An existing dhcpd.conf in the tree: previewed as a diff, replaced with a backup.
        const QString dhcpdPath = out + QStringLiteral("/usr/local/etc/dhcpd.conf");
        QVERIFY(QDir().mkpath(QFileInfo(dhcpdPath).absolutePath()));
        {
            QFile f(dhcpdPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# the old dhcpd.conf\n");
        }

        PxeWizard wizard(seedInventory(), &settings);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(PxeWizard::NetworkPage));
        QVERIFY(nextEnabled(wizard));

        // Network: an invalid router blocks Next and says why, at the field.
        auto *router = child<QLineEdit>(wizard, "router");
        router->setText(QStringLiteral("10.0.0.1"));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY2(router->toolTip().contains(QStringLiteral("outside the subnet")),
            qPrintable(router->toolTip()));
        QVERIFY(
            child<QLabel>(wizard, "networkProblems")->text().contains(QStringLiteral("10.0.0.1")));
        router->setText(QStringLiteral("192.168.1.1"));
        QVERIFY(nextEnabled(wizard));
        QVERIFY(child<QLabel>(wizard, "networkProblems")->text().isEmpty());
        child<QLineEdit>(wizard, "domainName")->setText(QStringLiteral("pxe.example"));
        child<QSpinBox>(wizard, "defaultLeaseTime")->setValue(900);
        wizard.next();

        // Hosts: the seed's 21 hosts; an address inside the dynamic range is refused inline.
        QCOMPARE(wizard.currentId(), int(PxeWizard::HostsPage));
        auto *table = child<QTableWidget>(wizard, "hostTable");
        QCOMPARE(table->rowCount(), 21);
        QCOMPARE(table->item(0, NameColumn)->text(), QStringLiteral("dx1000mmc1"));
        QCOMPARE(table->item(11, NameColumn)->text(), QStringLiteral("dx1000s23nic"));
        QCOMPARE(table->item(11, MacColumn)->text(), QStringLiteral("74:D4:35:83:78:14"));
        QCOMPARE(table->item(11, AddressColumn)->text(), QStringLiteral("192.168.1.91"));
        setCell(table, 11, AddressColumn, QStringLiteral("192.168.1.30"));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(
            table->item(11, AddressColumn)->toolTip().contains(QStringLiteral("dynamic range")));
        setCell(table, 11, AddressColumn, QStringLiteral("192.168.1.150"));
        QVERIFY(nextEnabled(wizard));
        // Moving the NIC start reallocates the others but keeps the edited address.
        child<QLineEdit>(wizard, "nicStart")->setText(QStringLiteral("192.168.1.201"));
        QCOMPARE(table->item(11, AddressColumn)->text(), QStringLiteral("192.168.1.150"));
        QCOMPARE(table->item(12, AddressColumn)->text(), QStringLiteral("192.168.1.201"));
        QVERIFY(nextEnabled(wizard));
        wizard.next();

        // Boot: a relative TFTP root is refused; the console speed changes.
        QCOMPARE(wizard.currentId(), int(PxeWizard::BootPage));
        auto *tftpRoot = child<QLineEdit>(wizard, "tftpRoot");
        tftpRoot->setText(QStringLiteral("tftpboot"));
        QVERIFY(!nextEnabled(wizard));
        tftpRoot->setText(QStringLiteral("/tftpboot/amd64/10.1"));
        QVERIFY(nextEnabled(wizard));
        child<QSpinBox>(wizard, "comconsoleSpeed")->setValue(9600);
        wizard.next();

        // Review: Kea too; the dhcpd.conf preview and its diff against the file on disk.
        QCOMPARE(wizard.currentId(), int(PxeWizard::ReviewPage));
        auto *outputs = child<QListWidget>(wizard, "outputList");
        outputItem(outputs, PxeOutput::KeaConf)->setCheckState(Qt::Checked);
        outputs->setCurrentItem(outputItem(outputs, PxeOutput::DhcpdConf));
        const QString preview = child<QPlainTextEdit>(wizard, "preview")->toPlainText();
        QVERIFY(preview.contains(QStringLiteral("option domain-name \"pxe.example\";")));
        QVERIFY(preview.contains(
            QStringLiteral("host dx1000s23nic { hardware ethernet 74:D4:35:83:78:14; fixed-address "
                           "192.168.1.150; }")));
        const QString diff = child<QPlainTextEdit>(wizard, "diff")->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("-# the old dhcpd.conf")), qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("+default-lease-time 900;")));
        QVERIFY(child<QLabel>(wizard, "reviewState")->text().contains(QStringLiteral("replaced")));
        outputs->setCurrentItem(outputItem(outputs, PxeOutput::LoaderConf));
        QVERIFY(child<QPlainTextEdit>(wizard, "preview")
                    ->toPlainText()
                    .contains(QStringLiteral("comconsole_speed=\"9600\"")));
        wizard.next();

        // Write: into the folder tree; the Write button runs the writer.
        QCOMPARE(wizard.currentId(), int(PxeWizard::WritePage));
        QVERIFY(child<QRadioButton>(wizard, "treeMode")->isChecked());
        QCOMPARE(child<QTableWidget>(wizard, "targetTable")->rowCount(), 8);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PxeWizard::SummaryPage));
        QVERIFY(wizard.report() && wizard.report()->ok());
        const QString summary = child<QPlainTextEdit>(wizard, "summary")->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("previous file kept as")), qPrintable(summary));

        // The files on disk are the generators' output for the wizard's plan.
        const PxePlan plan = wizard.plan();
        QCOMPARE(plan.domainName, QStringLiteral("pxe.example"));
        QCOMPARE(readFile(dhcpdPath), PxeGenerator::dhcpdConf(plan).toUtf8());
        QVERIFY(readFile(dhcpdPath).contains("fixed-address 192.168.1.150;"));
        QCOMPARE(readFile(out + QStringLiteral("/usr/local/etc/kea/kea-dhcp4.conf")),
            PxeGenerator::keaConf(plan).toUtf8());
        QCOMPARE(readFile(out + QStringLiteral("/home/pxefreebsd/boot/loader.conf")),
            PxeGenerator::loaderConf(plan).toUtf8());
        QCOMPARE(readFile(out + QStringLiteral("/etc/inetd.conf")),
            PxeGenerator::inetdConf(plan).toUtf8());
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/usr/local/etc/dnsmasq.conf")));
        QCOMPARE(QDir(QFileInfo(dhcpdPath).absolutePath())
                     .entryList({QStringLiteral("dhcpd.conf.*.bak")}, QDir::Files)
                     .size(),
            1);
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        // A second run starts from the previous answers.
        PxeWizard again(seedInventory(), &settings);
        QCOMPARE(child<QLineEdit>(again, "domainName")->text(), QStringLiteral("pxe.example"));
        QCOMPARE(child<QSpinBox>(again, "comconsoleSpeed")->value(), 9600);
        QCOMPARE(child<QTableWidget>(again, "hostTable")->item(11, AddressColumn)->text(),
            QStringLiteral("192.168.1.150"));
        QCOMPARE(
            outputItem(child<QListWidget>(again, "outputList"), PxeOutput::KeaConf)->checkState(),
            Qt::Checked);
        QCOMPARE(child<QLineEdit>(again, "folder")->text(), out);
    }

    void perFilePathsAreWrittenWhereTheOperatorPutThem()
    {
        QTemporaryDir dir;
        PxeWizard wizard(seedInventory(), nullptr);
        wizard.show();
        for (int i = 0; i < 3; ++i)
            wizard.next();
        QCOMPARE(wizard.currentId(), int(PxeWizard::ReviewPage));
        auto *outputs = child<QListWidget>(wizard, "outputList");
        for (int row = 0; row < outputs->count(); ++row)
            outputs->item(row)->setCheckState(Qt::Unchecked);
        outputItem(outputs, PxeOutput::InetdConf)->setCheckState(Qt::Checked);
        outputItem(outputs, PxeOutput::TtysLine)->setCheckState(Qt::Checked);
        wizard.next();
        child<QRadioButton>(wizard, "perFileMode")->setChecked(true);
        auto *targets = child<QTableWidget>(wizard, "targetTable");
        QCOMPARE(targets->rowCount(), 2);
        // The defaults are the PXE server's own paths.
        QCOMPARE(targets->item(0, 1)->text(), QStringLiteral("/etc/inetd.conf"));
        const QString inetd = dir.filePath(QStringLiteral("inetd.conf.new"));
        const QString ttys = dir.filePath(QStringLiteral("ttys-line"));
        targets->item(0, 1)->setText(inetd);
        targets->item(1, 1)->setText(ttys);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PxeWizard::SummaryPage));
        QCOMPARE(readFile(inetd), PxeGenerator::inetdConf(wizard.plan()).toUtf8());
        QCOMPARE(readFile(ttys), PxeGenerator::ttysLine(wizard.plan()).toUtf8());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    }

    void derivedMacsAreMarked()
    {
        Inventory inventory = seedInventory();
        inventory.enclosures[0].moduleSlots[0].nicMacs.clear(); // slot 23
        PxeWizard wizard(inventory, nullptr);
        auto *table = child<QTableWidget>(wizard, "hostTable");
        QTableWidgetItem *mac = table->item(11, MacColumn);
        QCOMPARE(mac->text(), QStringLiteral("74:D4:35:83:78:14"));
        QVERIFY(mac->font().italic());
        QVERIFY(mac->toolTip().contains(QStringLiteral("Derived")));
        QVERIFY(!table->item(12, MacColumn)->font().italic());
        QVERIFY(child<QLabel>(wizard, "hostNotes")->text().contains(QStringLiteral("derived")));
    }

    void aFailedWriteStaysOnTheWritePageAndSaysWhy()
    {
        QTemporaryDir dir;
        PxeWizard wizard(seedInventory(), nullptr);
        child<QLineEdit>(wizard, "folder")->setText(dir.path());
        wizard.setWriter([](const PxePlan &, const QList<PxeTarget> &targets) {
            PxeWriteReport report;
            report.written.append(targets.first());
            SafeWriteResult failed;
            failed.path = targets.first().path;
            failed.error = QStringLiteral("%1: write failed: No space left on device")
                               .arg(targets.first().path);
            report.results.append(failed);
            report.error = failed.error;
            return report;
        });
        wizard.show();
        for (int i = 0; i < 4; ++i)
            wizard.next();
        QCOMPARE(wizard.currentId(), int(PxeWizard::WritePage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PxeWizard::WritePage));
        QVERIFY(
            child<QLabel>(wizard, "writeError")->text().contains(QStringLiteral("No space left")));
    }

    void mainWindowOpensTheWizardOnceAnInventoryIsOpen()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        auto *action = window.findChild<QAction *>(QStringLiteral("actionPxeWizard"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY(window.openInventory(dataPath(QStringLiteral("seed-inventory.json"))));
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *wizard = window.findChild<PxeWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->plan().hosts.size(), 21);
        wizard->reject();
    }
};

QTEST_MAIN(TestPxeWizard)
#include "tst_pxewizard.moc"

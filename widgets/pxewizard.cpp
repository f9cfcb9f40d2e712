// SPDX-License-Identifier: GPL-3.0-or-later
#include "pxewizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "pxewizardpage.h"
#include "provisioning/pxegenerator.h"
#include "provisioning/pxeplanio.h"
#include "provisioning/pxeplanvalidator.h"
#include "provisioning/textdiff.h"

namespace {
const auto SettingsGroup = QStringLiteral("pxeWizard");

enum HostColumn { IncludeColumn, SlotColumn, KindColumn, NameColumn, MacColumn, AddressColumn };

QString kindTitle(PxeHost::Kind kind)
{
    switch (kind) {
    case PxeHost::Kind::Cmm:
        return PxeWizard::tr("CMM");
    case PxeHost::Kind::Bmc:
        return PxeWizard::tr("BMC");
    case PxeHost::Kind::Nic:
        return PxeWizard::tr("NIC");
    }
    return {};
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("domainName"), QT_TRANSLATE_NOOP("PxeWizard", "Domain name:")},
        {QStringLiteral("dnsServers"), QT_TRANSLATE_NOOP("PxeWizard", "DNS servers:")},
        {QStringLiteral("defaultLeaseTime"),
            QT_TRANSLATE_NOOP("PxeWizard", "Default lease time (s):")},
        {QStringLiteral("maxLeaseTime"), QT_TRANSLATE_NOOP("PxeWizard", "Maximum lease time (s):")},
        {QStringLiteral("subnet"), QT_TRANSLATE_NOOP("PxeWizard", "Subnet:")},
        {QStringLiteral("netmask"), QT_TRANSLATE_NOOP("PxeWizard", "Netmask:")},
        {QStringLiteral("rangeStart"), QT_TRANSLATE_NOOP("PxeWizard", "Dynamic range from:")},
        {QStringLiteral("rangeEnd"), QT_TRANSLATE_NOOP("PxeWizard", "Dynamic range to:")},
        {QStringLiteral("router"), QT_TRANSLATE_NOOP("PxeWizard", "Router:")},
        {QStringLiteral("broadcast"), QT_TRANSLATE_NOOP("PxeWizard", "Broadcast address:")},
        {QStringLiteral("cmmNamePattern"), QT_TRANSLATE_NOOP("PxeWizard", "CMM name pattern:")},
        {QStringLiteral("hostNamePattern"),
            QT_TRANSLATE_NOOP("PxeWizard", "BMC/NIC name pattern:")},
        {QStringLiteral("cmmStart"), QT_TRANSLATE_NOOP("PxeWizard", "CMM address:")},
        {QStringLiteral("bmcStart"), QT_TRANSLATE_NOOP("PxeWizard", "First BMC address:")},
        {QStringLiteral("nicStart"), QT_TRANSLATE_NOOP("PxeWizard", "First NIC address:")},
        {QStringLiteral("nextServer"),
            QT_TRANSLATE_NOOP("PxeWizard", "TFTP server (next-server):")},
        {QStringLiteral("bootFileName"), QT_TRANSLATE_NOOP("PxeWizard", "Boot file:")},
        {QStringLiteral("tftpRoot"), QT_TRANSLATE_NOOP("PxeWizard", "TFTP root:")},
        {QStringLiteral("nfsServer"), QT_TRANSLATE_NOOP("PxeWizard", "NFS server:")},
        {QStringLiteral("rootPath"), QT_TRANSLATE_NOOP("PxeWizard", "NFS root path:")},
        {QStringLiteral("freebsdRelease"), QT_TRANSLATE_NOOP("PxeWizard", "FreeBSD release:")},
        {QStringLiteral("installImage"), QT_TRANSLATE_NOOP("PxeWizard", "Install image:")},
        {QStringLiteral("console"), QT_TRANSLATE_NOOP("PxeWizard", "Console:")},
        {QStringLiteral("comconsolePort"), QT_TRANSLATE_NOOP("PxeWizard", "Console I/O port:")},
        {QStringLiteral("comconsoleSpeed"), QT_TRANSLATE_NOOP("PxeWizard", "Console speed (bps):")},
        {QStringLiteral("consoleTty"), QT_TRANSLATE_NOOP("PxeWizard", "Console tty:")},
        {QStringLiteral("consoleTerminalType"), QT_TRANSLATE_NOOP("PxeWizard", "Terminal type:")},
    };
    return PxeWizard::tr(labels.value(field, ""));
}

// Whether a problem's field ("dnsServers[1]", "hosts[3].mac") belongs to @p field.
bool belongsTo(const QString &problemField, const QString &field)
{
    return problemField == field || problemField.startsWith(field + u'[')
        || problemField.startsWith(field + u'.');
}

QFormLayout *formOf(PxeWizardPage *page)
{
    return page->findChild<QFormLayout *>(QStringLiteral("form"));
}

PxeWizardPage *newPage(QWizard *wizard, const QString &title, const QString &subTitle)
{
    auto *page = new PxeWizardPage(wizard);
    page->setTitle(title);
    page->setSubTitle(subTitle);
    return page;
}
} // namespace

PxeWizard::PxeWizard(const Inventory &inventory, QSettings *settings, QWidget *parent)
    : QWizard(parent)
    , m_inventory(inventory)
    , m_settings(settings)
    , m_writer(&PxeWriter::write)
{
    setObjectName(QStringLiteral("pxeWizard"));
    setWindowTitle(tr("PXE Wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    restoreSettings();
    // A remembered enclosure this inventory does not have: start from its first.
    if (!m_plan.enclosure.isEmpty() && !m_inventory.enclosure(m_plan.enclosure))
        m_plan.enclosure.clear();
    setPage(NetworkPage, m_networkPage = createNetworkPage());
    setPage(HostsPage, m_hostsPage = createHostsPage());
    setPage(BootPage, m_bootPage = createBootPage());
    setPage(ReviewPage, createReviewPage());
    setPage(WritePage, createWritePage());
    setPage(SummaryPage, createSummaryPage());

    m_notes = m_plan.allocateHosts(m_inventory);
    fillForm();
    revalidate();
    resize(860, 620);
}

// --- pages ---------------------------------------------------------------------------

QLineEdit *PxeWizard::addLine(PxeWizardPage *page, const QString &field)
{
    auto *edit = new QLineEdit(page);
    edit->setObjectName(field);
    formOf(page)->addRow(fieldLabel(field), edit);
    m_bindings.append({field, edit, page});
    connect(edit, &QLineEdit::textChanged, this, [this, field] {
        if (m_filling)
            return;
        readForm();
        // Names and start addresses change the host list.
        static const QStringList hostFields {QStringLiteral("cmmNamePattern"),
            QStringLiteral("hostNamePattern"), QStringLiteral("cmmStart"),
            QStringLiteral("bmcStart"), QStringLiteral("nicStart")};
        if (hostFields.contains(field))
            reallocate();
        revalidate();
    });
    return edit;
}

QSpinBox *PxeWizard::addSpin(PxeWizardPage *page, const QString &field, int maximum)
{
    auto *spin = new QSpinBox(page);
    spin->setObjectName(field);
    spin->setRange(0, maximum);
    formOf(page)->addRow(fieldLabel(field), spin);
    m_bindings.append({field, spin, page});
    connect(spin, &QSpinBox::valueChanged, this, [this] {
        if (m_filling)
            return;
        readForm();
        revalidate();
    });
    return spin;
}

QCheckBox *PxeWizard::addCheck(PxeWizardPage *page, const QString &field, const QString &text)
{
    auto *check = new QCheckBox(text, page);
    check->setObjectName(field);
    formOf(page)->addRow(QString(), check);
    connect(check, &QCheckBox::toggled, this, [this, field] {
        if (m_filling)
            return;
        readForm();
        if (field.startsWith(QStringLiteral("include")))
            reallocate();
        revalidate();
    });
    return check;
}

PxeWizardPage *PxeWizard::createNetworkPage()
{
    PxeWizardPage *page = newPage(this, tr("Network"),
        tr("The DHCP network the modules boot in: dhcpd.conf's global and subnet statements."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setObjectName(QStringLiteral("form"));
    layout->addLayout(form);
    addLine(page, QStringLiteral("domainName"));
    addLine(page, QStringLiteral("dnsServers"))
        ->setPlaceholderText(tr("comma-separated, e.g. 192.168.1.1, 192.168.1.2"));
    addSpin(page, QStringLiteral("defaultLeaseTime"), 100'000'000);
    addSpin(page, QStringLiteral("maxLeaseTime"), 100'000'000);
    addLine(page, QStringLiteral("subnet"));
    addLine(page, QStringLiteral("netmask"));
    addLine(page, QStringLiteral("rangeStart"));
    addLine(page, QStringLiteral("rangeEnd"));
    addLine(page, QStringLiteral("router"));
    addLine(page, QStringLiteral("broadcast"));
    auto *problems = new QLabel(page);
    problems->setObjectName(QStringLiteral("networkProblems"));
    problems->setWordWrap(true);
    layout->addWidget(problems);
    layout->addStretch();
    m_problemLabels.insert(page, problems);
    page->setCompleteCheck([this, page] { return !pageHasProblems(page); });
    return page;
}

PxeWizardPage *PxeWizard::createHostsPage()
{
    PxeWizardPage *page = newPage(this, tr("Hosts"),
        tr("Fixed addresses for the CMM, the BMCs and the NICs of the enclosure's server "
           "modules. Edit a name, MAC or address in the table; an address you edit stays when "
           "the others are reallocated."));
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->setObjectName(QStringLiteral("form"));
    top->addLayout(form);
    layout->addLayout(top);

    m_enclosureCombo = new QComboBox(page);
    m_enclosureCombo->setObjectName(QStringLiteral("enclosure"));
    for (const Enclosure &e : std::as_const(m_inventory.enclosures))
        m_enclosureCombo->addItem(e.name);
    form->addRow(tr("Enclosure:"), m_enclosureCombo);
    connect(m_enclosureCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        readForm();
        reallocate();
        revalidate();
    });
    addCheck(page, QStringLiteral("includeCmm"), tr("Give the CMM a fixed address"));
    addCheck(page, QStringLiteral("includeBmcs"), tr("Give every BMC a fixed address"));
    m_nicsCombo = new QComboBox(page);
    m_nicsCombo->setObjectName(QStringLiteral("nics"));
    m_nicsCombo->addItem(tr("NIC1"), QVariantList {1});
    m_nicsCombo->addItem(tr("NIC2"), QVariantList {2});
    m_nicsCombo->addItem(tr("NIC1 and NIC2"), QVariantList {1, 2});
    m_nicsCombo->addItem(tr("None"), QVariantList {});
    form->addRow(tr("Data NICs:"), m_nicsCombo);
    connect(m_nicsCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        readForm();
        reallocate();
        revalidate();
    });
    addLine(page, QStringLiteral("cmmNamePattern"));
    addLine(page, QStringLiteral("hostNamePattern"))
        ->setToolTip(tr("{slot}, {kind} (bmc, nic, nic2), {nic} and {enclosure} are replaced."));
    addLine(page, QStringLiteral("cmmStart"));
    addLine(page, QStringLiteral("bmcStart"));
    addLine(page, QStringLiteral("nicStart"));
    auto *reallocateButton = new QPushButton(tr("&Reallocate Addresses"), page);
    reallocateButton->setObjectName(QStringLiteral("reallocate"));
    reallocateButton->setToolTip(
        tr("Count every address up from the start addresses again, including the ones you "
           "edited."));
    connect(reallocateButton, &QPushButton::clicked, this, [this] {
        for (PxeHost &h : m_plan.hosts)
            h.addressPinned = false;
        reallocate();
        revalidate();
    });
    form->addRow(QString(), reallocateButton);

    m_hostTable = new QTableWidget(page);
    m_hostTable->setObjectName(QStringLiteral("hostTable"));
    m_hostTable->setColumnCount(6);
    m_hostTable->setHorizontalHeaderLabels(
        {tr("Use"), tr("Slot"), tr("Kind"), tr("Name"), tr("MAC"), tr("Fixed Address")});
    m_hostTable->verticalHeader()->hide();
    m_hostTable->horizontalHeader()->setStretchLastSection(true);
    m_hostTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_hostTable, 1);
    connect(m_hostTable, &QTableWidget::cellChanged, this, &PxeWizard::hostEdited);

    m_notesLabel = new QLabel(page);
    m_notesLabel->setObjectName(QStringLiteral("hostNotes"));
    m_notesLabel->setWordWrap(true);
    layout->addWidget(m_notesLabel);
    auto *problems = new QLabel(page);
    problems->setObjectName(QStringLiteral("hostProblems"));
    problems->setWordWrap(true);
    layout->addWidget(problems);
    m_problemLabels.insert(page, problems);
    page->setCompleteCheck([this, page] { return !pageHasProblems(page); });
    return page;
}

PxeWizardPage *PxeWizard::createBootPage()
{
    PxeWizardPage *page = newPage(this, tr("Boot"),
        tr("TFTP serves the loader, NFS the root file system; loader.conf and /etc/ttys in "
           "that root put the console on the serial port."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setObjectName(QStringLiteral("form"));
    layout->addLayout(form);
    addLine(page, QStringLiteral("nextServer"));
    addLine(page, QStringLiteral("bootFileName"));
    addLine(page, QStringLiteral("tftpRoot"));
    addLine(page, QStringLiteral("nfsServer"));
    addLine(page, QStringLiteral("rootPath"));
    addCheck(page, QStringLiteral("exportToSubnetOnly"),
        tr("Export the NFS root to the subnet only (the seed exports it to everyone)"));
    addLine(page, QStringLiteral("freebsdRelease"));
    addLine(page, QStringLiteral("installImage"));
    addCheck(page, QStringLiteral("bootSerial"), tr("Boot with the console on the serial port"));
    addLine(page, QStringLiteral("console"));
    addLine(page, QStringLiteral("comconsolePort"))
        ->setToolTip(tr("The UART's I/O port; 1000 (0x3E8) is COM3, FreeBSD's ttyu2."));
    addSpin(page, QStringLiteral("comconsoleSpeed"), 4'000'000);
    addLine(page, QStringLiteral("consoleTty"));
    addLine(page, QStringLiteral("consoleTerminalType"));
    auto *problems = new QLabel(page);
    problems->setObjectName(QStringLiteral("bootProblems"));
    problems->setWordWrap(true);
    layout->addWidget(problems);
    layout->addStretch();
    m_problemLabels.insert(page, problems);
    page->setCompleteCheck([this, page] { return !pageHasProblems(page); });
    return page;
}

PxeWizardPage *PxeWizard::createReviewPage()
{
    PxeWizardPage *page = newPage(this, tr("Review"),
        tr("Check the files to write. Each is shown as it will be written, and as the change "
           "to the file now at its destination."));
    auto *layout = new QHBoxLayout(page);
    m_outputList = new QListWidget(page);
    m_outputList->setObjectName(QStringLiteral("outputList"));
    for (PxeOutput o : PxeOutputs::all()) {
        auto *item = new QListWidgetItem(PxeOutputs::title(o), m_outputList);
        item->setData(Qt::UserRole, int(o));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool byDefault = o != PxeOutput::KeaConf && o != PxeOutput::DnsmasqConf;
        const QStringList checked = m_settings
            ? m_settings->value(SettingsGroup + QStringLiteral("/outputs")).toStringList()
            : QStringList();
        const bool on
            = m_settings && m_settings->contains(SettingsGroup + QStringLiteral("/outputs"))
            ? checked.contains(PxeOutputs::id(o))
            : byDefault;
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_outputList->setMaximumWidth(260);
    layout->addWidget(m_outputList);

    auto *right = new QVBoxLayout;
    m_reviewState = new QLabel(page);
    m_reviewState->setObjectName(QStringLiteral("reviewState"));
    m_reviewState->setWordWrap(true);
    m_reviewState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_reviewState);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_preview = new QPlainTextEdit(splitter);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(mono);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff = new QPlainTextEdit(splitter);
    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setReadOnly(true);
    m_diff->setFont(mono);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    right->addWidget(splitter, 1);
    layout->addLayout(right, 1);

    connect(m_outputList, &QListWidget::currentRowChanged, this, &PxeWizard::updatePreview);
    page->setInitializer([this] {
        if (m_outputList->currentRow() < 0)
            m_outputList->setCurrentRow(0);
        updatePreview();
    });
    page->setCompleteCheck([this] { return !checkedOutputs().isEmpty(); });
    connect(m_outputList, &QListWidget::itemChanged, page, &PxeWizardPage::recheck);
    return page;
}

PxeWizardPage *PxeWizard::createWritePage()
{
    PxeWizardPage *page = newPage(this, tr("Write"),
        tr("Write the files into a folder laid out like the PXE server's root, or each to a "
           "path of its own. A file that is replaced is kept as a timestamped backup."));
    auto *layout = new QVBoxLayout(page);
    m_treeMode = new QRadioButton(tr("Into a &folder tree:"), page);
    m_treeMode->setObjectName(QStringLiteral("treeMode"));
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(page);
    m_folder->setObjectName(QStringLiteral("folder"));
    auto *browse = new QToolButton(page);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the folder"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder for the PXE files"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    folderRow->addWidget(m_treeMode);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    layout->addLayout(folderRow);
    m_perFileMode = new QRadioButton(tr("To the &paths below (edit a path to change it)"), page);
    m_perFileMode->setObjectName(QStringLiteral("perFileMode"));
    layout->addWidget(m_perFileMode);
    m_targetTable = new QTableWidget(page);
    m_targetTable->setObjectName(QStringLiteral("targetTable"));
    m_targetTable->setColumnCount(2);
    m_targetTable->setHorizontalHeaderLabels({tr("File"), tr("Path")});
    m_targetTable->verticalHeader()->hide();
    m_targetTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_targetTable, 1);
    m_writeError = new QLabel(page);
    m_writeError->setObjectName(QStringLiteral("writeError"));
    m_writeError->setWordWrap(true);
    layout->addWidget(m_writeError);

    const bool perFile = m_settings
        && m_settings->value(SettingsGroup + QStringLiteral("/mode")).toString() == u"files";
    (perFile ? m_perFileMode : m_treeMode)->setChecked(true);
    m_folder->setText(m_settings ? m_settings
                                       ->value(SettingsGroup + QStringLiteral("/folder"),
                                           QDir::home().filePath(QStringLiteral("dxchassis-pxe")))
                                       .toString()
                                 : QDir::home().filePath(QStringLiteral("dxchassis-pxe")));
    for (PxeOutput o : PxeOutputs::all()) {
        const QString fallback = u'/' + PxeOutputs::treePath(o, m_plan);
        m_perFilePaths.insert(o,
            m_settings ? m_settings
                             ->value(SettingsGroup + QStringLiteral("/paths/") + PxeOutputs::id(o),
                                 fallback)
                             .toString()
                       : fallback);
    }

    connect(m_treeMode, &QRadioButton::toggled, this, &PxeWizard::fillTargetTable);
    connect(m_folder, &QLineEdit::textChanged, this, &PxeWizard::fillTargetTable);
    connect(m_targetTable, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (m_filling || column != 1 || m_treeMode->isChecked())
            return;
        const auto o = PxeOutput(m_targetTable->item(row, 0)->data(Qt::UserRole).toInt());
        m_perFilePaths.insert(o, m_targetTable->item(row, 1)->text());
    });
    page->setInitializer([this] {
        m_writeError->clear();
        fillTargetTable();
    });
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Write"));
    page->setValidator([this] { return write(); });
    return page;
}

PxeWizardPage *PxeWizard::createSummaryPage()
{
    PxeWizardPage *page = newPage(this, tr("Summary"), tr("What was written where."));
    auto *layout = new QVBoxLayout(page);
    m_summary = new QPlainTextEdit(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_summary);
    page->setInitializer(
        [this] { m_summary->setPlainText(m_report ? m_report->lines().join(u'\n') : QString()); });
    page->setFinalPage(true);
    return page;
}

// --- plan <-> form --------------------------------------------------------------------

void PxeWizard::fillForm()
{
    m_filling = true;
    const PxePlan &p = m_plan;
    const QHash<QString, QString> texts {
        {QStringLiteral("domainName"), p.domainName},
        {QStringLiteral("dnsServers"), p.dnsServers.join(QStringLiteral(", "))},
        {QStringLiteral("subnet"), p.subnet},
        {QStringLiteral("netmask"), p.netmask},
        {QStringLiteral("rangeStart"), p.rangeStart},
        {QStringLiteral("rangeEnd"), p.rangeEnd},
        {QStringLiteral("router"), p.router},
        {QStringLiteral("broadcast"), p.broadcast},
        {QStringLiteral("cmmNamePattern"), p.cmmNamePattern},
        {QStringLiteral("hostNamePattern"), p.hostNamePattern},
        {QStringLiteral("cmmStart"), p.cmmStart},
        {QStringLiteral("bmcStart"), p.bmcStart},
        {QStringLiteral("nicStart"), p.nicStart},
        {QStringLiteral("nextServer"), p.nextServer},
        {QStringLiteral("bootFileName"), p.bootFileName},
        {QStringLiteral("tftpRoot"), p.tftpRoot},
        {QStringLiteral("nfsServer"), p.nfsServer},
        {QStringLiteral("rootPath"), p.rootPath},
        {QStringLiteral("freebsdRelease"), p.freebsdRelease},
        {QStringLiteral("installImage"), p.installImage},
        {QStringLiteral("console"), p.console},
        {QStringLiteral("comconsolePort"), p.comconsolePort},
        {QStringLiteral("consoleTty"), p.consoleTty},
        {QStringLiteral("consoleTerminalType"), p.consoleTerminalType},
    };
    const QHash<QString, int> numbers {{QStringLiteral("defaultLeaseTime"), p.defaultLeaseTime},
        {QStringLiteral("maxLeaseTime"), p.maxLeaseTime},
        {QStringLiteral("comconsoleSpeed"), p.comconsoleSpeed}};
    for (const Binding &b : std::as_const(m_bindings)) {
        if (auto *edit = qobject_cast<QLineEdit *>(b.widget))
            edit->setText(texts.value(b.field));
        else if (auto *spin = qobject_cast<QSpinBox *>(b.widget))
            spin->setValue(numbers.value(b.field));
    }
    findChild<QCheckBox *>(QStringLiteral("includeCmm"))->setChecked(p.includeCmm);
    findChild<QCheckBox *>(QStringLiteral("includeBmcs"))->setChecked(p.includeBmcs);
    findChild<QCheckBox *>(QStringLiteral("exportToSubnetOnly"))->setChecked(p.exportToSubnetOnly);
    findChild<QCheckBox *>(QStringLiteral("bootSerial"))->setChecked(p.bootSerial);
    QVariantList nics;
    for (int n : p.nics)
        nics << n;
    const int nicIndex = m_nicsCombo->findData(nics);
    m_nicsCombo->setCurrentIndex(nicIndex < 0 ? 0 : nicIndex);
    const int enclosureIndex = m_enclosureCombo->findText(p.enclosure);
    m_enclosureCombo->setCurrentIndex(enclosureIndex < 0 ? 0 : enclosureIndex);
    m_filling = false;
    fillHostTable();
}

void PxeWizard::readForm()
{
    PxePlan &p = m_plan;
    auto text = [this](const char *name) {
        return findChild<QLineEdit *>(QString::fromLatin1(name))->text().trimmed();
    };
    auto number = [this](const char *name) {
        return findChild<QSpinBox *>(QString::fromLatin1(name))->value();
    };
    auto checked = [this](const char *name) {
        return findChild<QCheckBox *>(QString::fromLatin1(name))->isChecked();
    };
    p.domainName = text("domainName");
    p.dnsServers.clear();
    for (const QString &dns : text("dnsServers").split(u',', Qt::SkipEmptyParts))
        p.dnsServers << dns.trimmed();
    p.defaultLeaseTime = number("defaultLeaseTime");
    p.maxLeaseTime = number("maxLeaseTime");
    p.subnet = text("subnet");
    p.netmask = text("netmask");
    p.rangeStart = text("rangeStart");
    p.rangeEnd = text("rangeEnd");
    p.router = text("router");
    p.broadcast = text("broadcast");
    p.enclosure = m_enclosureCombo->currentText();
    p.includeCmm = checked("includeCmm");
    p.includeBmcs = checked("includeBmcs");
    p.nics.clear();
    for (const QVariant &n : m_nicsCombo->currentData().toList())
        p.nics << n.toInt();
    p.cmmNamePattern = text("cmmNamePattern");
    p.hostNamePattern = text("hostNamePattern");
    p.cmmStart = text("cmmStart");
    p.bmcStart = text("bmcStart");
    p.nicStart = text("nicStart");
    p.nextServer = text("nextServer");
    p.bootFileName = text("bootFileName");
    p.tftpRoot = text("tftpRoot");
    p.nfsServer = text("nfsServer");
    p.rootPath = text("rootPath");
    p.exportToSubnetOnly = checked("exportToSubnetOnly");
    p.freebsdRelease = text("freebsdRelease");
    p.installImage = text("installImage");
    p.bootSerial = checked("bootSerial");
    p.console = text("console");
    p.comconsolePort = text("comconsolePort");
    p.comconsoleSpeed = number("comconsoleSpeed");
    p.consoleTty = text("consoleTty");
    p.consoleTerminalType = text("consoleTerminalType");
}

void PxeWizard::reallocate()
{
    m_notes = m_plan.allocateHosts(m_inventory);
    fillHostTable();
}

void PxeWizard::fillHostTable()
{
    m_filling = true;
    m_hostTable->setRowCount(int(m_plan.hosts.size()));
    for (int row = 0; row < m_plan.hosts.size(); ++row) {
        const PxeHost &h = m_plan.hosts.at(row);
        auto *use = new QTableWidgetItem;
        use->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        use->setCheckState(h.included ? Qt::Checked : Qt::Unchecked);
        auto readOnly = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            return item;
        };
        m_hostTable->setItem(row, IncludeColumn, use);
        m_hostTable->setItem(row, SlotColumn,
            readOnly(h.kind == PxeHost::Kind::Cmm ? QStringLiteral("-") : QString::number(h.slot)));
        m_hostTable->setItem(row, KindColumn, readOnly(kindTitle(h.kind)));
        m_hostTable->setItem(row, NameColumn, new QTableWidgetItem(h.name));
        auto *mac = new QTableWidgetItem(h.mac);
        if (h.macDerived) {
            QFont italic = mac->font();
            italic.setItalic(true);
            mac->setFont(italic);
            mac->setText(h.mac);
            mac->setData(Qt::UserRole, true);
        }
        m_hostTable->setItem(row, MacColumn, mac);
        auto *address = new QTableWidgetItem(h.address);
        if (h.addressPinned) {
            QFont bold = address->font();
            bold.setBold(true);
            address->setFont(bold);
        }
        m_hostTable->setItem(row, AddressColumn, address);
    }
    m_hostTable->resizeColumnsToContents();
    m_filling = false;
    QStringList notes = m_notes;
    int derived = 0;
    for (const PxeHost &h : std::as_const(m_plan.hosts))
        derived += h.macDerived ? 1 : 0;
    if (derived)
        notes.prepend(tr("%n MAC address(es) in italics are derived, not read from the inventory.",
            "", derived));
    m_notesLabel->setText(notes.join(u'\n'));
}

void PxeWizard::hostEdited(int row, int column)
{
    if (m_filling || row < 0 || row >= m_plan.hosts.size())
        return;
    PxeHost &h = m_plan.hosts[row];
    const QTableWidgetItem *item = m_hostTable->item(row, column);
    switch (column) {
    case IncludeColumn:
        h.included = item->checkState() == Qt::Checked;
        break;
    case NameColumn:
        h.name = item->text().trimmed();
        break;
    case MacColumn:
        if (item->text().trimmed() != h.mac) {
            h.mac = item->text().trimmed();
            h.macDerived = false;
        }
        break;
    case AddressColumn:
        h.address = item->text().trimmed();
        h.addressPinned = true;
        break;
    default:
        return;
    }
    revalidate();
}

// --- validation -------------------------------------------------------------------------

void PxeWizard::revalidate()
{
    m_problems = PxePlanValidator::validate(m_plan);
    QHash<PxeWizardPage *, QStringList> messages;
    for (const Binding &b : std::as_const(m_bindings)) {
        QStringList mine;
        for (const PxeProblem &p : std::as_const(m_problems)) {
            if (belongsTo(p.field, b.field))
                mine << p.message;
        }
        b.widget->setStyleSheet(
            mine.isEmpty() ? QString() : QStringLiteral("background-color: #fdd;"));
        b.widget->setToolTip(mine.join(u'\n'));
        messages[b.page] << mine;
    }
    // Host table cells: the problem's field is "hosts[ROW].name|mac|address".
    m_filling = true;
    for (int row = 0; row < m_hostTable->rowCount(); ++row) {
        for (int column : {NameColumn, MacColumn, AddressColumn}) {
            QTableWidgetItem *item = m_hostTable->item(row, column);
            if (!item)
                continue;
            const QString key = QStringLiteral("hosts[%1].%2")
                                    .arg(row)
                                    .arg(column == NameColumn     ? QStringLiteral("name")
                                            : column == MacColumn ? QStringLiteral("mac")
                                                                  : QStringLiteral("address"));
            QStringList mine;
            for (const PxeProblem &p : std::as_const(m_problems)) {
                if (p.field == key)
                    mine << p.message;
            }
            item->setBackground(mine.isEmpty() ? QBrush() : QBrush(QColor(0xff, 0xdd, 0xdd)));
            QString tip = mine.join(u'\n');
            if (column == MacColumn && item->data(Qt::UserRole).toBool())
                tip = (tip.isEmpty() ? QString() : tip + u'\n')
                    + tr("Derived from the BMC MAC, not read from the inventory.");
            item->setToolTip(tip);
            messages[m_hostsPage] << mine;
        }
    }
    m_filling = false;
    for (auto it = m_problemLabels.constBegin(); it != m_problemLabels.constEnd(); ++it) {
        const QStringList list = messages.value(it.key());
        it.value()->setText(list.isEmpty()
                ? QString()
                : tr("%n problem(s) to fix before going on:", "", int(list.size())) + u'\n'
                    + list.join(u'\n'));
        it.value()->setStyleSheet(QStringLiteral("color: #a00;"));
    }
    for (PxeWizardPage *page : {m_networkPage, m_hostsPage, m_bootPage})
        page->recheck();
}

bool PxeWizard::pageHasProblems(PxeWizardPage *page) const
{
    for (const PxeProblem &p : m_problems) {
        if (page == m_hostsPage && p.field.startsWith(QStringLiteral("hosts[")))
            return true;
        for (const Binding &b : m_bindings) {
            if (b.page == page && belongsTo(p.field, b.field))
                return true;
        }
    }
    return false;
}

// --- review and write -------------------------------------------------------------------

QList<PxeOutput> PxeWizard::checkedOutputs() const
{
    QList<PxeOutput> outputs;
    for (int row = 0; row < m_outputList->count(); ++row) {
        const QListWidgetItem *item = m_outputList->item(row);
        if (item->checkState() == Qt::Checked)
            outputs << PxeOutput(item->data(Qt::UserRole).toInt());
    }
    return outputs;
}

QString PxeWizard::targetPath(PxeOutput output) const
{
    if (m_treeMode->isChecked())
        return QDir(m_folder->text()).filePath(PxeOutputs::treePath(output, m_plan));
    return m_perFilePaths.value(output);
}

QList<PxeTarget> PxeWizard::targets() const
{
    QList<PxeTarget> out;
    for (PxeOutput o : checkedOutputs())
        out.append({o, targetPath(o)});
    return out;
}

void PxeWizard::updatePreview()
{
    const QListWidgetItem *item = m_outputList->currentItem();
    if (!item)
        return;
    const auto output = PxeOutput(item->data(Qt::UserRole).toInt());
    const QString text = PxeGenerator::generate(output, m_plan);
    m_preview->setPlainText(text);
    const QString path = targetPath(output);
    QFile current(path);
    if (!current.exists()) {
        m_reviewState->setText(tr("%1 will be created.").arg(QDir::toNativeSeparators(path)));
        m_diff->setPlainText(QString());
        return;
    }
    if (!current.open(QIODevice::ReadOnly)) {
        m_reviewState->setText(tr("%1 exists but cannot be read: %2")
                                   .arg(QDir::toNativeSeparators(path), current.errorString()));
        m_diff->setPlainText(QString());
        return;
    }
    const QString diff = TextDiff::unified(QString::fromUtf8(current.readAll()), text);
    m_reviewState->setText(diff.isEmpty()
            ? tr("%1 already has this content; it will be left alone.")
                  .arg(QDir::toNativeSeparators(path))
            : tr("%1 will be replaced (the current file is kept as a backup). Changes:")
                  .arg(QDir::toNativeSeparators(path)));
    m_diff->setPlainText(diff);
}

void PxeWizard::fillTargetTable()
{
    m_filling = true;
    const QList<PxeOutput> outputs = checkedOutputs();
    m_targetTable->setRowCount(int(outputs.size()));
    const bool tree = m_treeMode->isChecked();
    for (int row = 0; row < outputs.size(); ++row) {
        auto *title = new QTableWidgetItem(PxeOutputs::title(outputs.at(row)));
        title->setFlags(Qt::ItemIsEnabled);
        title->setData(Qt::UserRole, int(outputs.at(row)));
        m_targetTable->setItem(row, 0, title);
        auto *path = new QTableWidgetItem(targetPath(outputs.at(row)));
        path->setFlags(tree ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsEditable);
        m_targetTable->setItem(row, 1, path);
    }
    m_targetTable->resizeColumnToContents(0);
    m_folder->setEnabled(tree);
    m_filling = false;
}

bool PxeWizard::write()
{
    m_report = m_writer(m_plan, targets());
    saveSettings();
    if (m_report->ok())
        return true;
    m_writeError->setStyleSheet(QStringLiteral("color: #a00;"));
    m_writeError->setText(m_report->lines().join(u'\n'));
    return false;
}

void PxeWizard::accept()
{
    // Nothing is written here: the Write page did that through the writer.
    saveSettings();
    QWizard::accept();
}

void PxeWizard::restoreSettings()
{
    if (!m_settings)
        return;
    const QByteArray json
        = m_settings->value(SettingsGroup + QStringLiteral("/plan")).toByteArray();
    if (json.isEmpty())
        return;
    const PxePlanLoadResult loaded = PxePlanIo::parse(json);
    if (loaded.ok())
        m_plan = *loaded.plan;
}

void PxeWizard::saveSettings() const
{
    if (!m_settings)
        return;
    m_settings->setValue(SettingsGroup + QStringLiteral("/plan"), PxePlanIo::serialize(m_plan));
    QStringList outputs;
    for (PxeOutput o : checkedOutputs())
        outputs << PxeOutputs::id(o);
    m_settings->setValue(SettingsGroup + QStringLiteral("/outputs"), outputs);
    m_settings->setValue(SettingsGroup + QStringLiteral("/mode"),
        m_treeMode->isChecked() ? QStringLiteral("tree") : QStringLiteral("files"));
    m_settings->setValue(SettingsGroup + QStringLiteral("/folder"), m_folder->text());
    for (auto it = m_perFilePaths.constBegin(); it != m_perFilePaths.constEnd(); ++it)
        m_settings->setValue(
            SettingsGroup + QStringLiteral("/paths/") + PxeOutputs::id(it.key()), it.value());
    m_settings->sync();
}

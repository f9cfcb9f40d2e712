// SPDX-License-Identifier: GPL-3.0-or-later
#include "macdiscoverydialog.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "chassis/chassisprofile.h"

MacDiscoveryDialog::MacDiscoveryDialog(
    const Enclosure &enclosure, const QList<Read> &reads, QWidget *parent)
    : QDialog(parent)
    , m_rows(review(enclosure, reads))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("macDiscoveryDialog"));
    setWindowTitle(tr("Discovered MACs of %1").arg(enclosure.name));
    resize(900, 520);

    m_table->setObjectName(QStringLiteral("macReviewTable"));
    m_table->setColumnCount(NUM_COLUMNS);
    m_table->setHorizontalHeaderLabels({tr("Slot"), tr("BMC MAC in the inventory"),
        tr("BMC MAC read"), tr("NIC1"), tr("NIC2"), tr("Status")});
    m_table->setRowCount(int(m_rows.size()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    int conflicts = 0;
    int writable = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        auto *slot = new QTableWidgetItem(QString::number(row.slot));
        if (row.readMac) {
            slot->setFlags(slot->flags() | Qt::ItemIsUserCheckable);
            slot->setCheckState(row.writable ? Qt::Checked : Qt::Unchecked);
        } else {
            slot->setFlags(slot->flags() & ~Qt::ItemIsEnabled);
        }
        m_table->setItem(r, SlotColumn, slot);
        m_table->setItem(r, InventoryMacColumn,
            new QTableWidgetItem(
                row.inventoryMac.isNull() ? tr("—") : row.inventoryMac.toString()));
        m_table->setItem(r, ReadMacColumn,
            new QTableWidgetItem(row.readMac ? row.readMac->toString() : tr("—")));
        const QString derived = row.nicMacsDerived ? tr(" (derived)") : QString();
        for (int n = 0; n < 2; ++n)
            m_table->setItem(r, Nic1Column + n,
                new QTableWidgetItem(
                    n < row.nicMacs.size() ? row.nicMacs.at(n).toString() + derived : tr("—")));
        auto *status = new QTableWidgetItem((row.conflict ? tr("⚠ ") : QString()) + row.status);
        if (row.conflict || !row.readMac)
            status->setForeground(QColor(0xc0, 0x1c, 0x28));
        m_table->setItem(r, StatusColumn, status);
        conflicts += row.conflict ? 1 : 0;
        writable += row.writable ? 1 : 0;
    }
    m_table->resizeColumnsToContents();

    m_summary->setObjectName(QStringLiteral("macReviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("%1 %2 Checked rows are written to the inventory file (with a backup "
           "of the old one); NIC MACs follow the profile's rule (NIC1 = BMC − 2, "
           "NIC2 = BMC − 1) unless read ones are on file.")
            .arg(tr("%n module(s) read.", "", int(m_rows.size())),
                conflicts > 0 ? tr("%n need(s) a look (⚠).", "", conflicts) : QString()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *write
        = buttons->addButton(tr("&Write to Inventory"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("macReviewWrite"));
    write->setEnabled(writable > 0);
    connect(m_table, &QTableWidget::itemChanged, this,
        [this, write] { write->setEnabled(!acceptedEntries().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

QList<MacDiscoveryDialog::Row> MacDiscoveryDialog::review(
    const Enclosure &enclosure, const QList<Read> &reads)
{
    const ChassisProfile *known = ChassisProfile::byId(enclosure.profileId);
    const ChassisProfile fallback {};
    const ChassisProfile &profile = known ? *known : fallback;

    // Which slots claim which MAC: the reads, and the inventory's other slots.
    QHash<QString, QList<int>> owners;
    for (const Read &read : reads) {
        if (read.mac)
            owners[read.mac->toString()] << read.slot;
    }
    for (const SlotInfo &slot : enclosure.moduleSlots) {
        const bool reread = std::any_of(
            reads.cbegin(), reads.cend(), [&](const Read &r) { return r.slot == slot.slot; });
        if (!reread && !slot.bmcMac.isNull())
            owners[slot.bmcMac.toString()] << slot.slot;
    }

    QList<Row> rows;
    for (const Read &read : reads) {
        Row row;
        row.slot = read.slot;
        const SlotInfo *slot = enclosure.slot(read.slot);
        if (slot)
            row.inventoryMac = slot->bmcMac;
        row.readMac = read.mac;
        if (!read.mac) {
            row.status = read.error.isEmpty() ? tr("no MAC read") : read.error;
            if (slot)
                row.nicMacs = slot->nicMacs;
            row.nicMacsDerived = slot && slot->nicMacsDerived;
            rows << row;
            continue;
        }
        // What the slot will be after the merge that writing does.
        Enclosure after = enclosure;
        NiclistEntry entry;
        entry.slot = read.slot;
        entry.bmcMac = *read.mac;
        NiclistImporter::merge(after, {entry}, profile);
        if (const SlotInfo *merged = after.slot(read.slot)) {
            row.nicMacs = merged->nicMacs;
            row.nicMacsDerived = merged->nicMacsDerived;
        }

        QStringList notes;
        row.writable = true;
        QList<int> others = owners.value(read.mac->toString());
        others.removeAll(read.slot);
        if (!others.isEmpty()) {
            QStringList names;
            for (int other : std::as_const(others))
                names << QString::number(other);
            notes << tr("the same MAC as slot %1: not written unless checked")
                         .arg(names.join(QStringLiteral(", ")));
            row.conflict = true;
            row.writable = false;
        }
        if (row.inventoryMac.isNull())
            notes << tr("new");
        else if (row.inventoryMac == *read.mac)
            notes << tr("unchanged");
        else {
            notes << tr("changed (was %1)").arg(row.inventoryMac.toString());
            row.conflict = true;
        }
        const QList<MacAddress> byRule = profile.macRule.nicMacs(*read.mac);
        if (!row.nicMacsDerived && !row.nicMacs.isEmpty() && row.nicMacs != byRule) {
            notes << tr("the NIC MACs on file were read and contradict the rule (%1, %2); kept")
                         .arg(byRule.value(0).toString(), byRule.value(1).toString());
            row.conflict = true;
        }
        row.status = notes.join(QStringLiteral("; "));
        rows << row;
    }
    return rows;
}

QList<NiclistEntry> MacDiscoveryDialog::acceptedEntries() const
{
    QList<NiclistEntry> entries;
    for (int r = 0; r < m_rows.size(); ++r) {
        const QTableWidgetItem *item = m_table->item(r, SlotColumn);
        if (!m_rows.at(r).readMac || !item || item->checkState() != Qt::Checked)
            continue;
        NiclistEntry entry;
        entry.slot = m_rows.at(r).slot;
        entry.bmcMac = *m_rows.at(r).readMac;
        entries << entry;
    }
    return entries;
}

void MacDiscoveryDialog::setChecked(int slot, bool checked)
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).slot == slot && m_rows.at(r).readMac)
            m_table->item(r, SlotColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

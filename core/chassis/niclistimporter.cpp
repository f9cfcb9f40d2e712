// SPDX-License-Identifier: GPL-3.0-or-later
#include "niclistimporter.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "bmcendpoint.h"
#include "chassisprofile.h"
#include "inventory.h"

namespace {

bool isNoAddress(const QString &ip)
{
    return ip.isEmpty() || ip == u"-" || ip == u"0.0.0.0";
}

QString unquoted(QString field)
{
    field = field.trimmed();
    if (field.size() >= 2 && field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')))
        field = field.mid(1, field.size() - 2).trimmed();
    return field;
}

} // namespace

NiclistImport NiclistImporter::parse(const QString &text, const QString &fileName, int slotCount)
{
    static const QRegularExpression board(
        QStringLiteral("^CPU\\s*Board\\s*(?=\\d)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    static const QRegularExpression headerWords(
        QStringLiteral("\\b(CPU Board|slot|MAC)\\b"), QRegularExpression::CaseInsensitiveOption);

    NiclistImport result;
    const QString prefix = fileName.isEmpty() ? QString() : QDir::toNativeSeparators(fileName);
    auto error = [&](int line, const QString &message) {
        result.errors << (prefix.isEmpty()
                ? tr("line %1: %2").arg(QString::number(line), message)
                : tr("%1:%2: %3").arg(prefix, QString::number(line), message));
    };

    QList<int> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('$')) || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1String("```")))
            continue;

        const bool csv = line.contains(QLatin1Char(','));
        line.remove(board);
        QStringList fields;
        if (csv) {
            for (const QString &field : line.split(QLatin1Char(',')))
                fields << unquoted(field);
        } else {
            fields = line.split(blanks, Qt::SkipEmptyParts);
        }

        bool isNumber = false;
        const int slot = fields.value(0).toInt(&isNumber);
        if (!isNumber) {
            // The header, wherever it is (tables get concatenated): skip it quietly.
            if (headerWords.match(lines.at(i)).hasMatch())
                continue;
            error(lineNumber,
                tr("expected a slot (\"CPU BoardNN\" or a number) first, found \"%1\"")
                    .arg(fields.value(0)));
            continue;
        }
        if (slot < 1 || slot > slotCount) {
            error(lineNumber, tr("slot %1 is outside 1-%2").arg(slot).arg(slotCount));
            continue;
        }
        // Whitespace tables always have five columns; CSV may leave the last empty.
        if (fields.size() < (csv ? 2 : 5) || fields.size() > 5) {
            error(lineNumber,
                tr("expected 5 columns (slot, management LAN MAC, IP, data LAN-1 MAC, data "
                   "LAN-2 MAC), found %1")
                    .arg(fields.size()));
            continue;
        }
        if (seen.contains(slot)) {
            error(lineNumber, tr("slot %1 is listed twice; this line is ignored").arg(slot));
            continue;
        }

        NiclistEntry entry;
        entry.line = lineNumber;
        entry.slot = slot;
        bool good = true;
        auto readMac = [&](int column, const QString &what, bool required) -> MacAddress {
            const QString field = fields.value(column);
            if (field.isEmpty() || field == u"-") {
                if (required) {
                    error(lineNumber,
                        tr("slot %1: the %2 is missing").arg(QString::number(slot), what));
                    good = false;
                }
                return {};
            }
            QString why;
            const std::optional<MacAddress> mac = MacAddress::parse(field, &why);
            if (!mac) {
                error(lineNumber,
                    tr("slot %1: %2 \"%3\": %4").arg(QString::number(slot), what, field, why));
                good = false;
                return {};
            }
            return *mac;
        };
        entry.bmcMac = readMac(1, tr("management LAN MAC"), true);
        const QString ip = fields.value(2);
        if (!isNoAddress(ip)) {
            QString why;
            if (!BmcEndpoint::parse(ip, &why)) {
                error(lineNumber, tr("slot %1: IP \"%2\": %3").arg(QString::number(slot), ip, why));
                good = false;
            } else {
                entry.ipAddress = ip;
            }
        }
        entry.nic1Mac = readMac(3, tr("data LAN-1 MAC"), false);
        entry.nic2Mac = readMac(4, tr("data LAN-2 MAC"), false);
        if (!good)
            continue;
        seen << slot;
        result.entries << entry;
    }
    return result;
}

NiclistImport NiclistImporter::load(const QString &path, int slotCount)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        NiclistImport result;
        result.errors
            << tr("%1: cannot read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    return parse(QString::fromUtf8(file.readAll()), path, slotCount);
}

QStringList NiclistImporter::merge(
    Enclosure &enclosure, const QList<NiclistEntry> &entries, const ChassisProfile &profile)
{
    QStringList notes;
    for (const NiclistEntry &entry : entries) {
        auto it = std::find_if(enclosure.moduleSlots.begin(), enclosure.moduleSlots.end(),
            [&entry](const SlotInfo &s) { return s.slot == entry.slot; });
        if (it == enclosure.moduleSlots.end()) {
            SlotInfo fresh;
            fresh.slot = entry.slot;
            const auto at
                = std::lower_bound(enclosure.moduleSlots.begin(), enclosure.moduleSlots.end(),
                    entry.slot, [](const SlotInfo &s, int slot) { return s.slot < slot; });
            it = enclosure.moduleSlots.insert(at, fresh);
        }
        SlotInfo &slot = *it;
        if (slot.module != ModuleType::Server) {
            if (slot.module != ModuleType::Empty)
                notes << tr(
                    "slot %1: was recorded as %2, now a server module (mng_niclist lists it)")
                             .arg(QString::number(slot.slot), moduleTypeId(slot.module));
            slot.module = ModuleType::Server;
        }
        if (!slot.bmcMac.isNull() && slot.bmcMac != entry.bmcMac)
            notes << tr("slot %1: BMC MAC %2 replaced by %3")
                         .arg(QString::number(slot.slot), slot.bmcMac.toString(),
                             entry.bmcMac.toString());
        slot.bmcMac = entry.bmcMac;
        if (!entry.ipAddress.isEmpty())
            slot.bmc = BmcEndpoint::parse(entry.ipAddress);

        if (!entry.nic1Mac.isNull() && !entry.nic2Mac.isNull()) {
            const QList<MacAddress> read {entry.nic1Mac, entry.nic2Mac};
            if (!slot.nicMacs.isEmpty() && !slot.nicMacsDerived && slot.nicMacs != read)
                notes << tr("slot %1: NIC MACs replaced by those read (%2, %3)")
                             .arg(QString::number(slot.slot), entry.nic1Mac.toString(),
                                 entry.nic2Mac.toString());
            slot.nicMacs = read;
            slot.nicMacsDerived = false;
        } else if (slot.nicMacs.isEmpty() || slot.nicMacsDerived) {
            slot.nicMacs = profile.macRule.nicMacs(slot.bmcMac);
            slot.nicMacsDerived = true;
        }
    }
    return notes;
}

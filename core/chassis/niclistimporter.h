// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "macaddress.h"

struct ChassisProfile;
struct Enclosure;

/// One module as `mng_niclist -C all` (or a CSV export of it) lists it.
struct NiclistEntry
{
    int line = 0; ///< 1-based line of the input
    int slot = 0;
    MacAddress bmcMac; ///< "Management LAN MAC"
    QString ipAddress; ///< the BMC's IP; empty for `0.0.0.0` ("no IP yet")
    MacAddress nic1Mac; ///< "Data LAN-1 MAC"; null when the CSV leaves it out
    MacAddress nic2Mac; ///< "Data LAN-2 MAC"

    friend bool operator==(const NiclistEntry &, const NiclistEntry &) = default;
};

/// What an import read: the good lines, and one message per bad line
/// (`FILE:LINE: …`). Bad lines never stop the good ones.
struct NiclistImport
{
    QList<NiclistEntry> entries;
    QStringList errors;
};

/// Reads the CMM's `mng_niclist -C all` table as the seed prints it:
///
///     CPU Board	Management LAN MAC	IP	Data LAN-1 MAC	Data LAN-2 MAC
///     CPU Board23	74:D4:35:83:78:16	0.0.0.0	74:D4:35:83:78:14	74:D4:35:83:78:15
///
/// Columns separated by tabs or spaces, the header optional, `CPU BoardNN` or a
/// bare slot number; and the same five columns as CSV (`23,74:D4:…,,…`), where
/// the IP and NIC columns may be empty. Shell prompts (`$ …`) and `#` comments
/// are skipped.
class NiclistImporter
{
    Q_DECLARE_TR_FUNCTIONS(NiclistImporter)

public:
    /// @p fileName prefixes the error messages; @p slotCount bounds slot numbers.
    static NiclistImport parse(
        const QString &text, const QString &fileName = {}, int slotCount = 46);
    /// Reads @p path; a file that cannot be read gives one error and no entries.
    static NiclistImport load(const QString &path, int slotCount = 46);

    /// Merges @p entries into @p enclosure: a listed slot becomes a server module
    /// (unless it already is one), takes the BMC MAC, the IP as its BMC address
    /// (when there is one) and the NIC MACs as read; NIC MACs the list leaves out
    /// are derived with the profile's MacRule and marked derived. Returns one
    /// line per change worth telling the operator (replaced MACs).
    static QStringList merge(
        Enclosure &enclosure, const QList<NiclistEntry> &entries, const ChassisProfile &profile);
};

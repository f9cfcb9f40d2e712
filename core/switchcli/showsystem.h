// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chassis/macaddress.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/// What a DX1000 switch module's `show system` prints (ONS CLI), parsed.
///
/// The output is a list of `Name ..... value` lines; a value may wrap onto
/// the next line (the seed's `API Version ..... FocalPoint 3.3.5_00268148 +`
/// continues with `mercury-20131213`). Fields are kept in the order printed
/// so nothing the switch says is lost, with typed accessors for the ones
/// dxchassis uses.
struct ShowSystem
{
    QList<QPair<QString, QString>> fields;

    /// The value of @p name as printed (wrapped lines joined by a space), or
    /// an empty string if the field is absent.
    QString value(const QString &name) const;
    bool has(const QString &name) const;

    QString systemName() const { return value(QStringLiteral("System Name")); }
    QString softwareVersion() const { return value(QStringLiteral("Software Version")); }
    QString ipAddress() const { return value(QStringLiteral("IP Address")); }
    /// The switch's system MAC; null if absent or malformed.
    MacAddress systemMac() const;
    /// -1 if absent or not a number.
    int defaultVlan() const;

    /// Every field name the seed's `show system` prints, in its order.
    static const QStringList &knownFieldNames();
};

struct ShowSystemParseResult
{
    ShowSystem info;
    /// Problems an operator should see: missing fields, a malformed MAC,
    /// lines that could not be read (with their line number in the output).
    QStringList problems;
    /// True when the output had the MAC Address field with a valid MAC:
    /// the one field the ONS and CMM MACs are derived from.
    bool ok = false;
};

namespace ShowSystemParser {
ShowSystemParseResult parse(const QString &output);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

struct PxePlan;

/// One thing wrong with a plan, tied to the field that holds it. `field` uses the
/// plan file's key names ("rangeStart", "dnsServers[1]", "hosts[4].address"), so the
/// wizard can mark the right input and dxctl can point at the right option.
struct PxeProblem
{
    QString field;
    QString message;

    /// "hosts[4].address: dx1000s24bmc: 192.168.1.30 is inside the dynamic range ..."
    QString toString() const { return field + QStringLiteral(": ") + message; }
    friend bool operator==(const PxeProblem &, const PxeProblem &) = default;
};

/// Checks a plan before anything is generated or written: every MAC and address
/// well-formed, every address inside the subnet (router and next-server too),
/// fixed addresses outside the dynamic range, no duplicate MAC, address or host
/// name, RFC 1123 host names, range start <= end, positive leases, absolute paths.
/// Excluded hosts are not checked.
namespace PxePlanValidator {
/// Every problem, in field order; empty when the plan can be written.
QList<PxeProblem> validate(const PxePlan &plan);
/// RFC 1123: labels of letters, digits and '-', not starting or ending with '-',
/// at most 63 characters each, 253 in all.
bool isValidHostName(const QString &name);
} // namespace PxePlanValidator

// SPDX-License-Identifier: GPL-3.0-or-later
#include "macaddress.h"

#include <QCoreApplication>
#include <QHashFunctions>

namespace {
constexpr std::uint64_t Mask48 = 0xFFFF'FFFF'FFFFull;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MacAddress)
};

// The accepted layouts: group sizes in hex digits and the separator between groups.
struct Layout
{
    int groupDigits;
    int groups;
    QChar separator;
};

constexpr Layout Layouts[] = {
    {2, 6, u':'}, // 74:D4:35:83:78:16
    {2, 6, u'-'}, // 74-D4-35-83-78-16
    {4, 3, u'.'}, // 74d4.3583.7816 (Cisco-style)
    {12, 1, QChar()}, // 74D435837816
};
} // namespace

MacAddress::MacAddress(std::uint64_t value)
    : m_value(value & Mask48)
    , m_valid(true)
{ }

std::optional<MacAddress> MacAddress::parse(const QString &input, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<MacAddress> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    // Leading and trailing blanks are common in pasted text; positions still
    // count from the first character as given.
    qsizetype offset = 0;
    while (offset < input.size() && input.at(offset).isSpace())
        ++offset;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(Tr::tr("empty MAC address"));

    // The first non-hex character decides the layout.
    const Layout *layout = &Layouts[3];
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (hexValue(c) >= 0)
            continue;
        layout = nullptr;
        for (const Layout &l : Layouts) {
            if (!l.separator.isNull() && l.separator == c)
                layout = &l;
        }
        if (!layout)
            return fail(
                Tr::tr("unexpected character '%1' at position %2").arg(c).arg(offset + i + 1));
        break;
    }

    std::uint64_t value = 0;
    int digitsInGroup = 0;
    int groups = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype position = offset + i + 1;
        if (c == layout->separator && !layout->separator.isNull()) {
            if (digitsInGroup != layout->groupDigits)
                return fail(Tr::tr(
                    "group %1 has %n hex digit(s) at position %2, expected %3", "", digitsInGroup)
                                .arg(groups + 1)
                                .arg(position)
                                .arg(layout->groupDigits));
            digitsInGroup = 0;
            ++groups;
            continue;
        }
        const int v = hexValue(c);
        if (v < 0)
            return fail(Tr::tr("unexpected character '%1' at position %2").arg(c).arg(position));
        if (digitsInGroup == layout->groupDigits)
            return fail(Tr::tr("too many hex digits at position %1").arg(position));
        value = (value << 4) | std::uint64_t(v);
        ++digitsInGroup;
    }
    if (digitsInGroup != layout->groupDigits || groups + 1 != layout->groups)
        return fail(Tr::tr("incomplete MAC address: expected 12 hex digits, got \"%1\"").arg(text));
    return MacAddress(value);
}

std::array<std::uint8_t, 6> MacAddress::octets() const
{
    std::array<std::uint8_t, 6> out {};
    for (int i = 0; i < 6; ++i)
        out[size_t(i)] = std::uint8_t((m_value >> (8 * (5 - i))) & 0xFF);
    return out;
}

static QString joined(const MacAddress &mac, QChar separator)
{
    if (mac.isNull())
        return {};
    QString s;
    s.reserve(17);
    const auto o = mac.octets();
    for (size_t i = 0; i < o.size(); ++i) {
        if (i)
            s += separator;
        s += QString::number(o[i], 16).rightJustified(2, u'0').toUpper();
    }
    return s;
}

QString MacAddress::toString() const
{
    return joined(*this, u':');
}

QString MacAddress::toSpacedString() const
{
    return joined(*this, u' ');
}

bool MacAddress::isLocallyAdministered() const
{
    return m_valid && (octets()[0] & 0x02);
}

bool MacAddress::isMulticast() const
{
    return m_valid && (octets()[0] & 0x01);
}

MacAddress MacAddress::operator+(std::int64_t delta) const
{
    if (!m_valid)
        return {};
    return MacAddress((m_value + std::uint64_t(delta)) & Mask48);
}

size_t qHash(const MacAddress &mac, size_t seed) noexcept
{
    return qHashMulti(seed, mac.toUInt64(), mac.isNull());
}

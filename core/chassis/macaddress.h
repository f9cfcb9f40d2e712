// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

/// A 48-bit Ethernet MAC address as a value.
///
/// Parses the forms operators paste from switches, BMCs and spreadsheets:
/// `74:D4:35:83:78:16`, `74-d4-35-83-78-16`, `74d4.3583.7816` and `74d435837816`,
/// in any case. Prints the canonical upper-case colon form used by the seed's
/// `mng_niclist` output and dhcpd.conf.
class MacAddress
{
public:
    MacAddress() = default;
    explicit MacAddress(std::uint64_t value);

    /// Parses @p text; on failure returns nullopt and, if given, sets @p error to a
    /// message naming the position (1-based character) of the fault.
    static std::optional<MacAddress> parse(const QString &text, QString *error = nullptr);

    bool isNull() const { return !m_valid; }
    std::uint64_t toUInt64() const { return m_value; }
    std::array<std::uint8_t, 6> octets() const;

    /// `74:D4:35:83:78:16`
    QString toString() const;
    /// `74 D4 35 83 78 14`, as the Intel Boot Agent prints it.
    QString toSpacedString() const;

    bool isLocallyAdministered() const;
    bool isMulticast() const;

    /// Adds @p delta with carry across octets, wrapping within 48 bits.
    MacAddress operator+(std::int64_t delta) const;
    MacAddress operator-(std::int64_t delta) const { return *this + (-delta); }

    friend bool operator==(const MacAddress &a, const MacAddress &b) = default;
    friend auto operator<=>(const MacAddress &a, const MacAddress &b) = default;

private:
    std::uint64_t m_value = 0;
    bool m_valid = false;
};

size_t qHash(const MacAddress &mac, size_t seed = 0) noexcept;

Q_DECLARE_METATYPE(MacAddress)

// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostrange.h"

namespace {
/// Splits at commas outside brackets.
QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (QChar c : text) {
        if (c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(']'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

/// The numbers of one bracket's contents ("1-3,7", "01-10"), or an error.
std::optional<QStringList> expandBracket(const QString &spec, QString *error)
{
    QStringList values;
    for (const QString &item : spec.split(QLatin1Char(','))) {
        const QStringList bounds = item.split(QLatin1Char('-'));
        bool okLow = false;
        bool okHigh = false;
        const QString lowText = bounds.value(0).trimmed();
        const QString highText = bounds.value(bounds.size() - 1).trimmed();
        const qlonglong low = lowText.toLongLong(&okLow);
        const qlonglong high = highText.toLongLong(&okHigh);
        if (bounds.size() > 2 || !okLow || !okHigh || low < 0 || high < low) {
            *error = HostRange::tr("\"[%1]\": expected numbers or ranges like [1-46] or [1,3,5-7]")
                         .arg(spec);
            return std::nullopt;
        }
        if (high - low > 65536) {
            *error = HostRange::tr("\"[%1]\": range too large").arg(spec);
            return std::nullopt;
        }
        const int width = lowText.startsWith(QLatin1Char('0')) ? int(lowText.size()) : 0;
        for (qlonglong n = low; n <= high; ++n)
            values << QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
    }
    return values;
}

/// Expands every bracket of one host pattern.
bool expandHost(const QString &pattern, QStringList *out, QString *error, int limit)
{
    const qsizetype open = pattern.indexOf(QLatin1Char('['));
    if (open < 0) {
        if (pattern.contains(QLatin1Char(']'))) {
            *error = HostRange::tr("\"%1\": ']' without '['").arg(pattern);
            return false;
        }
        out->append(pattern);
        return true;
    }
    const qsizetype close = pattern.indexOf(QLatin1Char(']'), open);
    if (close < 0) {
        *error = HostRange::tr("\"%1\": '[' without ']'").arg(pattern);
        return false;
    }
    const std::optional<QStringList> values
        = expandBracket(pattern.mid(open + 1, close - open - 1), error);
    if (!values)
        return false;
    const QString prefix = pattern.left(open);
    const QString rest = pattern.mid(close + 1);
    for (const QString &value : *values) {
        if (!expandHost(prefix + value + rest, out, error, limit))
            return false;
        if (out->size() > limit) {
            *error = HostRange::tr("more than %1 hosts").arg(limit);
            return false;
        }
    }
    return true;
}
} // namespace

std::optional<QStringList> HostRange::expand(const QString &text, QString *error, int limit)
{
    QString scratch;
    QString *err = error ? error : &scratch;
    QStringList hosts;
    for (const QString &raw : splitTopLevel(text)) {
        const QString part = raw.trimmed();
        if (part.isEmpty()) {
            *err = tr("\"%1\": empty host name").arg(text);
            return std::nullopt;
        }
        if (!expandHost(part, &hosts, err, limit))
            return std::nullopt;
    }
    hosts.removeDuplicates();
    return hosts;
}

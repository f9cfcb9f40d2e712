// SPDX-License-Identifier: GPL-3.0-or-later
#include "showsystem.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShowSystem)
};

const QString MacField = QStringLiteral("MAC Address");

// A CLI prompt, possibly followed by the echoed command: not part of the output.
bool isPromptLine(const QString &line)
{
    static const QRegularExpression prompt(QStringLiteral("^Switch(?: \\([\\w-]+\\))? ?[>#]"));
    return prompt.match(line).hasMatch();
}
} // namespace

QString ShowSystem::value(const QString &name) const
{
    for (const auto &field : fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

bool ShowSystem::has(const QString &name) const
{
    for (const auto &field : fields) {
        if (field.first == name)
            return true;
    }
    return false;
}

MacAddress ShowSystem::systemMac() const
{
    return MacAddress::parse(value(MacField)).value_or(MacAddress());
}

int ShowSystem::defaultVlan() const
{
    bool ok = false;
    const int vlan = value(QStringLiteral("Default VLAN")).toInt(&ok);
    return ok ? vlan : -1;
}

const QStringList &ShowSystem::knownFieldNames()
{
    static const QStringList names = {
        QStringLiteral("System Name"),
        QStringLiteral("System Description"),
        QStringLiteral("Ethernet Switch Type"),
        QStringLiteral("Name"),
        QStringLiteral("Model"),
        QStringLiteral("Platform"),
        QStringLiteral("Chip Version"),
        QStringLiteral("Chip Subtype"),
        QStringLiteral("API Version"),
        QStringLiteral("Software Version"),
        QStringLiteral("CPU"),
        QStringLiteral("CPU Architecture"),
        QStringLiteral("OS"),
        QStringLiteral("OS Version"),
        QStringLiteral("Serial Number"),
        QStringLiteral("IP Address"),
        QStringLiteral("Mask"),
        QStringLiteral("Gateway"),
        QStringLiteral("MAC Address"),
        QStringLiteral("Default VLAN"),
        QStringLiteral("Current Partition"),
    };
    return names;
}

ShowSystemParseResult ShowSystemParser::parse(const QString &output)
{
    static const QRegularExpression fieldLine(
        QStringLiteral("^\\s*(\\S.*?)\\s+\\.{2,}\\s*(.*?)\\s*$"));
    // Terminal control sequences some consoles add (colour, erase line).
    static const QRegularExpression ansi(QStringLiteral("\\x1b\\[[0-9;?]*[A-Za-z]"));

    ShowSystemParseResult result;
    QString text = output;
    text.remove(ansi);
    text.remove(u'\r');
    const QStringList lines = text.split(u'\n');

    bool lastWasField = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty() || isPromptLine(line)) {
            lastWasField = false;
            continue;
        }
        const auto match = fieldLine.match(line);
        if (match.hasMatch()) {
            result.info.fields.append({match.captured(1), match.captured(2)});
            lastWasField = true;
        } else if (lastWasField && !result.info.fields.isEmpty()) {
            // A wrapped value continues on its own line.
            QString &value = result.info.fields.last().second;
            value = value.isEmpty() ? line.trimmed() : value + u' ' + line.trimmed();
        } else {
            result.problems.append(Tr::tr("line %1: not a \"Name ..... value\" line: %2")
                                       .arg(i + 1)
                                       .arg(line.trimmed()));
        }
    }

    for (const QString &name : ShowSystem::knownFieldNames()) {
        if (!result.info.has(name))
            result.problems.append(Tr::tr("the field \"%1\" is missing").arg(name));
    }
    if (result.info.has(MacField)) {
        QString error;
        if (MacAddress::parse(result.info.value(MacField), &error))
            result.ok = true;
        else
            result.problems.append(Tr::tr("MAC Address \"%1\" is not a MAC address: %2")
                                       .arg(result.info.value(MacField), error));
    }
    return result;
}

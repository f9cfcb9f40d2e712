// SPDX-License-Identifier: GPL-3.0-or-later
#include "dxctlexport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include "chassis/inventoryio.h"
#include "dxctloptions.h"
#include "provisioning/ipv4.h"
#include "provisioning/pxegenerator.h"
#include "provisioning/pxeplan.h"
#include "provisioning/pxeplanio.h"
#include "provisioning/pxeplanvalidator.h"
#include "provisioning/pxewriter.h"

namespace {
const QString &InventoryEnv = DxctlOptions::InventoryEnv;

QStringList outputIds()
{
    QStringList ids;
    for (PxeOutput o : PxeOutputs::all())
        ids << PxeOutputs::id(o);
    return ids;
}
} // namespace

DxctlExport::DxctlExport(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

bool DxctlExport::handles(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("export");
}

QString DxctlExport::help()
{
    return tr("  export %1 [--inventory FILE] [--plan FILE] [plan options] [-o FILE]\n"
              "                                     Generate a PXE provisioning file "
              "(see 'dxctl export --help').\n")
        .arg(outputIds().join(u'|'));
}

int DxctlExport::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Generate a PXE provisioning file from an inventory and a plan. The plan starts "
           "from the seed's defaults, then --plan FILE, then the options below. The plan is "
           "validated first: on any problem every one is printed and nothing is written."));
    auto option
        = [&](const QStringList &names, const QString &description, const QString &valueName = {}) {
              QCommandLineOption o(names, description, valueName);
              parser.addOption(o);
              return o;
          };
    const QCommandLineOption helpOption = DxctlOptions::help();
    const QCommandLineOption inventoryOption = DxctlOptions::inventory();
    parser.addOptions({helpOption, inventoryOption});
    const auto planOption = option({QStringLiteral("plan")},
        tr("A saved PXE plan (docs/pxe-plan.md); options given here override it."), tr("FILE"));
    const auto outputOption = option({QStringLiteral("o"), QStringLiteral("output")},
        tr("Write to FILE (atomically, keeping a backup of a replaced file) instead of "
           "printing."),
        tr("FILE"));
    const auto enclosureOption = option({QStringLiteral("enclosure")},
        tr("The enclosure whose modules get addresses (default: the first)."), tr("NAME"));
    const auto domainOption
        = option({QStringLiteral("domain")}, tr("The DHCP domain name."), tr("NAME"));
    const auto dnsOption = option({QStringLiteral("dns")},
        tr("DNS servers, comma-separated (repeatable)."), tr("ADDR[,ADDR...]"));
    const auto subnetOption = option({QStringLiteral("subnet")},
        tr("The subnet; also sets the broadcast address."), tr("A.B.C.D/N"));
    const auto rangeOption
        = option({QStringLiteral("range")}, tr("The dynamic range."), tr("FIRST-LAST"));
    const auto routerOption = option({QStringLiteral("router")}, tr("The router."), tr("ADDR"));
    const auto nextServerOption
        = option({QStringLiteral("next-server")}, tr("The TFTP server (next-server)."), tr("ADDR"));
    const auto filenameOption
        = option({QStringLiteral("filename")}, tr("The boot file name."), tr("NAME"));
    const auto rootPathOption = option({QStringLiteral("root-path")},
        tr("The NFS root, e.g. 192.168.1.10:/home/pxefreebsd."), tr("SERVER:/PATH"));
    const auto tftpRootOption
        = option({QStringLiteral("tftp-root")}, tr("The TFTP server's root folder."), tr("PATH"));
    const auto cmmStartOption
        = option({QStringLiteral("cmm-start")}, tr("The CMM's fixed address."), tr("ADDR"));
    const auto bmcStartOption
        = option({QStringLiteral("bmc-start")}, tr("The first BMC's fixed address."), tr("ADDR"));
    const auto nicStartOption
        = option({QStringLiteral("nic-start")}, tr("The first NIC's fixed address."), tr("ADDR"));
    const auto namePatternOption = option({QStringLiteral("name-pattern")},
        tr("Host names of BMCs and NICs; {slot}, {kind} (bmc, nic, nic2), {nic}, "
           "{enclosure} (default: dx1000s{slot}{kind})."),
        tr("PATTERN"));
    const auto nicsOption = option({QStringLiteral("nics")},
        tr("Which data NICs get a fixed address: 1, 2 or 1,2 (default: 1)."), tr("LIST"));
    parser.addPositionalArgument(QStringLiteral("file"),
        tr("What to generate: %1.").arg(outputIds().join(QStringLiteral(", "))), tr("<file>"));

    // arguments: program, "export", the rest
    const QStringList rest = QStringList {arguments.value(0)} + arguments.mid(2);
    if (!parser.parse(rest)) {
        m_err << QStringLiteral("dxctl: %1\n").arg(parser.errorText());
        return 2;
    }
    if (parser.isSet(helpOption)) {
        QString text = parser.helpText();
        const QString program = arguments.value(0);
        if (!program.isEmpty())
            text.replace(text.indexOf(program), program.size(), QStringLiteral("dxctl export"));
        m_out << text;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        m_err << tr("dxctl: export takes one file kind: %1").arg(outputIds().join(u'|')) << '\n';
        return 2;
    }
    const auto output = PxeOutputs::fromId(positional.constFirst());
    if (!output) {
        m_err << tr("dxctl: unknown file kind '%1' (known: %2)")
                     .arg(positional.constFirst(), outputIds().join(QStringLiteral(", ")))
              << '\n';
        return 2;
    }

    PxePlan plan;
    if (parser.isSet(planOption)) {
        const PxePlanLoadResult loaded = PxePlanIo::load(parser.value(planOption));
        if (!loaded.ok()) {
            m_err << loaded.error << '\n';
            return 1;
        }
        for (const QString &w : loaded.warnings)
            m_err << tr("%1: warning: %2").arg(parser.value(planOption), w) << '\n';
        plan = *loaded.plan;
    }

    auto set = [&](const QCommandLineOption &o, QString *field) {
        if (parser.isSet(o))
            *field = parser.value(o);
    };
    set(enclosureOption, &plan.enclosure);
    set(domainOption, &plan.domainName);
    set(routerOption, &plan.router);
    set(nextServerOption, &plan.nextServer);
    set(filenameOption, &plan.bootFileName);
    set(tftpRootOption, &plan.tftpRoot);
    set(cmmStartOption, &plan.cmmStart);
    set(bmcStartOption, &plan.bmcStart);
    set(nicStartOption, &plan.nicStart);
    set(namePatternOption, &plan.hostNamePattern);
    if (parser.isSet(dnsOption)) {
        plan.dnsServers.clear();
        for (const QString &value : parser.values(dnsOption))
            plan.dnsServers << value.split(u',', Qt::SkipEmptyParts);
    }
    if (parser.isSet(subnetOption)) {
        const QString value = parser.value(subnetOption);
        const qsizetype slash = value.indexOf(u'/');
        bool ok = false;
        const int prefix = slash < 0 ? -1 : value.mid(slash + 1).toInt(&ok);
        if (!ok || prefix < 0 || prefix > 32) {
            m_err << tr("dxctl: --subnet: expected A.B.C.D/N (e.g. 192.168.1.0/24), got '%1'")
                         .arg(value)
                  << '\n';
            return 2;
        }
        plan.subnet = value.left(slash);
        const std::uint32_t mask = Ipv4::maskFromPrefix(prefix);
        plan.netmask = Ipv4::toString(mask);
        if (const auto net = Ipv4::parse(plan.subnet))
            plan.broadcast = Ipv4::toString(*net | ~mask);
    }
    if (parser.isSet(rangeOption)) {
        const QStringList parts = parser.value(rangeOption).split(u'-');
        if (parts.size() != 2) {
            m_err << tr("dxctl: --range: expected FIRST-LAST (e.g. 192.168.1.20-192.168.1.60), "
                        "got '%1'")
                         .arg(parser.value(rangeOption))
                  << '\n';
            return 2;
        }
        plan.rangeStart = parts.at(0).trimmed();
        plan.rangeEnd = parts.at(1).trimmed();
    }
    if (parser.isSet(rootPathOption)) {
        const QString value = parser.value(rootPathOption);
        const qsizetype colon = value.indexOf(u':');
        if (colon <= 0) {
            m_err << tr("dxctl: --root-path: expected SERVER:/PATH (e.g. "
                        "192.168.1.10:/home/pxefreebsd), got '%1'")
                         .arg(value)
                  << '\n';
            return 2;
        }
        plan.nfsServer = value.left(colon);
        plan.rootPath = value.mid(colon + 1);
    }
    if (parser.isSet(nicsOption)) {
        plan.nics.clear();
        for (const QString &n : parser.value(nicsOption).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            plan.nics << n.trimmed().toInt(&ok);
            if (!ok) {
                m_err << tr("dxctl: --nics: expected 1, 2 or 1,2, got '%1'")
                             .arg(parser.value(nicsOption))
                      << '\n';
                return 2;
            }
        }
    }

    const QString inventoryPath = parser.isSet(inventoryOption)
        ? parser.value(inventoryOption)
        : qEnvironmentVariable("DXCHASSIS_INVENTORY");
    if (!inventoryPath.isEmpty()) {
        const InventoryLoadResult loaded = InventoryIo::load(inventoryPath);
        if (!loaded.ok()) {
            m_err << loaded.error.toString() << '\n';
            return 1;
        }
        for (const QString &note : plan.allocateHosts(*loaded.inventory))
            m_err << tr("note: %1").arg(note) << '\n';
    } else if (plan.hosts.isEmpty()) {
        m_err << tr("dxctl: no hosts: give --inventory FILE, set %1, or a --plan with host "
                    "entries")
                     .arg(InventoryEnv)
              << '\n';
        return 2;
    }

    if (parser.isSet(outputOption)) {
        const PxeWriteReport report
            = PxeWriter::write(plan, {{*output, parser.value(outputOption)}});
        for (const QString &line : report.lines())
            (report.ok() ? m_out : m_err) << line << '\n';
        if (!report.problems.isEmpty())
            m_err << tr("dxctl: the plan has %n problem(s); nothing was written", "",
                int(report.problems.size()))
                  << '\n';
        return report.ok() ? 0 : 1;
    }

    const QList<PxeProblem> problems = PxePlanValidator::validate(plan);
    if (!problems.isEmpty()) {
        for (const PxeProblem &p : problems)
            m_err << p.toString() << '\n';
        m_err << tr("dxctl: the plan has %n problem(s)", "", int(problems.size())) << '\n';
        return 1;
    }
    m_out << PxeGenerator::generate(*output, plan);
    return 0;
}

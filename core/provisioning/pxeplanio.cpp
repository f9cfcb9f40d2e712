// SPDX-License-Identifier: GPL-3.0-or-later
#include "pxeplanio.h"

#include "chassis/jsonlocator.h"
#include "common/safewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PxePlanIo)
};

using Path = JsonLocator::Path;

struct Failure
{
    Path path;
    QString message;
};

[[noreturn]] void fail(const Path &path, const QString &message)
{
    throw Failure {path, message};
}

Path child(Path path, const JsonLocator::Segment &segment)
{
    path.append(segment);
    return path;
}

// Reads one JSON object's known keys into plan fields; remembers unknown keys.
class Section
{
public:
    Section(const QJsonObject &object, const Path &path, QStringList *warnings)
        : m_object(object)
        , m_path(path)
        , m_warnings(warnings)
    { }

    ~Section()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key()))
                m_warnings->append(Tr::tr("%1: unknown key, ignored")
                                       .arg(JsonLocator::pathToString(child(m_path, it.key()))));
        }
    }
    Section(const Section &) = delete;
    Section &operator=(const Section &) = delete;

    void read(const QString &key, QString *out)
    {
        if (const QJsonValue v = take(key); !v.isUndefined()) {
            if (!v.isString())
                fail(child(m_path, key), Tr::tr("expected a string"));
            *out = v.toString();
        }
    }
    void read(const QString &key, int *out)
    {
        if (const QJsonValue v = take(key); !v.isUndefined()) {
            const double d = v.toDouble();
            if (!v.isDouble() || d != double(qint64(d)) || d < -2147483648.0 || d > 2147483647.0)
                fail(child(m_path, key), Tr::tr("expected a whole number"));
            *out = int(d);
        }
    }
    void read(const QString &key, bool *out)
    {
        if (const QJsonValue v = take(key); !v.isUndefined()) {
            if (!v.isBool())
                fail(child(m_path, key), Tr::tr("expected true or false"));
            *out = v.toBool();
        }
    }
    void read(const QString &key, QStringList *out)
    {
        if (const QJsonValue v = take(key); !v.isUndefined()) {
            if (!v.isArray())
                fail(child(m_path, key), Tr::tr("expected a list of strings"));
            out->clear();
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i) {
                if (!a.at(i).isString())
                    fail(child(child(m_path, key), i), Tr::tr("expected a string"));
                out->append(a.at(i).toString());
            }
        }
    }
    void read(const QString &key, QList<int> *out)
    {
        if (const QJsonValue v = take(key); !v.isUndefined()) {
            if (!v.isArray())
                fail(child(m_path, key), Tr::tr("expected a list of numbers"));
            out->clear();
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i) {
                if (!a.at(i).isDouble())
                    fail(child(child(m_path, key), i), Tr::tr("expected a number"));
                out->append(a.at(i).toInt());
            }
        }
    }
    /// The sub-object at @p key, or an empty one.
    QJsonObject object(const QString &key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            fail(child(m_path, key), Tr::tr("expected an object"));
        return v.toObject();
    }
    QJsonArray array(const QString &key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(child(m_path, key), Tr::tr("expected a list"));
        return v.toArray();
    }
    QJsonValue take(const QString &key)
    {
        m_known.append(key);
        return m_object.value(key);
    }

private:
    QJsonObject m_object;
    Path m_path;
    QStringList *m_warnings;
    QStringList m_known;
};

PxePlan readPlan(const QJsonObject &root, QStringList *warnings)
{
    PxePlan p;
    Section top(root, {}, warnings);
    const QJsonValue format = top.take(QStringLiteral("format"));
    if (format.toString() != PxePlan::FormatId)
        fail({},
            Tr::tr("not a dxchassis PXE plan: \"format\" must be \"%1\"").arg(PxePlan::FormatId));
    const QJsonValue version = top.take(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1)
        fail({QStringLiteral("version")}, Tr::tr("expected a version number (1)"));
    if (version.toInt() > PxePlan::CurrentVersion)
        fail({QStringLiteral("version")},
            Tr::tr("the plan is version %1, written by a newer dxchassis; this version reads up "
                   "to version %2")
                .arg(version.toInt())
                .arg(PxePlan::CurrentVersion));

    {
        const Path path {QStringLiteral("network")};
        Section s(top.object(QStringLiteral("network")), path, warnings);
        s.read(QStringLiteral("domainName"), &p.domainName);
        s.read(QStringLiteral("dnsServers"), &p.dnsServers);
        s.read(QStringLiteral("defaultLeaseTime"), &p.defaultLeaseTime);
        s.read(QStringLiteral("maxLeaseTime"), &p.maxLeaseTime);
        s.read(QStringLiteral("subnet"), &p.subnet);
        s.read(QStringLiteral("netmask"), &p.netmask);
        s.read(QStringLiteral("rangeStart"), &p.rangeStart);
        s.read(QStringLiteral("rangeEnd"), &p.rangeEnd);
        s.read(QStringLiteral("router"), &p.router);
        s.read(QStringLiteral("broadcast"), &p.broadcast);
    }
    {
        const Path path {QStringLiteral("boot")};
        Section s(top.object(QStringLiteral("boot")), path, warnings);
        s.read(QStringLiteral("nextServer"), &p.nextServer);
        s.read(QStringLiteral("bootFileName"), &p.bootFileName);
        s.read(QStringLiteral("tftpRoot"), &p.tftpRoot);
        s.read(QStringLiteral("nfsServer"), &p.nfsServer);
        s.read(QStringLiteral("rootPath"), &p.rootPath);
        s.read(QStringLiteral("exportToSubnetOnly"), &p.exportToSubnetOnly);
        s.read(QStringLiteral("freebsdRelease"), &p.freebsdRelease);
        s.read(QStringLiteral("installImage"), &p.installImage);
    }
    {
        const Path path {QStringLiteral("console")};
        Section s(top.object(QStringLiteral("console")), path, warnings);
        s.read(QStringLiteral("bootSerial"), &p.bootSerial);
        s.read(QStringLiteral("console"), &p.console);
        s.read(QStringLiteral("comconsolePort"), &p.comconsolePort);
        s.read(QStringLiteral("comconsoleSpeed"), &p.comconsoleSpeed);
        s.read(QStringLiteral("consoleTty"), &p.consoleTty);
        s.read(QStringLiteral("consoleTerminalType"), &p.consoleTerminalType);
    }
    {
        const Path path {QStringLiteral("hosts")};
        Section s(top.object(QStringLiteral("hosts")), path, warnings);
        s.read(QStringLiteral("enclosure"), &p.enclosure);
        s.read(QStringLiteral("includeCmm"), &p.includeCmm);
        s.read(QStringLiteral("includeBmcs"), &p.includeBmcs);
        s.read(QStringLiteral("nics"), &p.nics);
        s.read(QStringLiteral("cmmNamePattern"), &p.cmmNamePattern);
        s.read(QStringLiteral("hostNamePattern"), &p.hostNamePattern);
        s.read(QStringLiteral("cmmStart"), &p.cmmStart);
        s.read(QStringLiteral("bmcStart"), &p.bmcStart);
        s.read(QStringLiteral("nicStart"), &p.nicStart);
        const QJsonArray entries = s.array(QStringLiteral("entries"));
        for (int i = 0; i < entries.size(); ++i) {
            const Path ep = child(child(path, QStringLiteral("entries")), i);
            if (!entries.at(i).isObject())
                fail(ep, Tr::tr("expected an object"));
            Section e(entries.at(i).toObject(), ep, warnings);
            PxeHost h;
            QString kind;
            e.read(QStringLiteral("kind"), &kind);
            const auto k = pxeHostKindFromId(kind);
            if (!k)
                fail(child(ep, QStringLiteral("kind")),
                    Tr::tr("unknown host kind \"%1\" (known: cmm, bmc, nic)").arg(kind));
            h.kind = *k;
            e.read(QStringLiteral("slot"), &h.slot);
            e.read(QStringLiteral("name"), &h.name);
            e.read(QStringLiteral("mac"), &h.mac);
            e.read(QStringLiteral("macDerived"), &h.macDerived);
            e.read(QStringLiteral("address"), &h.address);
            e.read(QStringLiteral("addressPinned"), &h.addressPinned);
            e.read(QStringLiteral("included"), &h.included);
            p.hosts.append(h);
        }
    }
    return p;
}
} // namespace

PxePlanLoadResult PxePlanIo::parse(const QByteArray &json, const QString &fileName)
{
    PxePlanLoadResult result;
    const QString prefix = fileName.isEmpty() ? QString() : fileName + u':';
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const JsonLocator locator(json);
    if (parseError.error != QJsonParseError::NoError) {
        const auto pos = locator.positionOf(parseError.offset);
        result.error = QStringLiteral("%1%2:%3: %4")
                           .arg(prefix)
                           .arg(pos.line)
                           .arg(pos.column)
                           .arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = prefix + Tr::tr("a PXE plan is a JSON object");
        return result;
    }
    try {
        result.plan = readPlan(doc.object(), &result.warnings);
    } catch (const Failure &f) {
        const auto pos = locator.locate(f.path);
        const QString where = JsonLocator::pathToString(f.path);
        result.error = QStringLiteral("%1%2:%3: %4%5")
                           .arg(prefix)
                           .arg(pos.line)
                           .arg(pos.column)
                           .arg(where.isEmpty() ? QString() : where + QStringLiteral(": "))
                           .arg(f.message);
    }
    return result;
}

PxePlanLoadResult PxePlanIo::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PxePlanLoadResult result;
        result.error = Tr::tr("%1: cannot read: %2").arg(path, file.errorString());
        return result;
    }
    return parse(file.readAll(), path);
}

QByteArray PxePlanIo::serialize(const PxePlan &p)
{
    QJsonArray nics;
    for (int n : p.nics)
        nics.append(n);
    QJsonArray entries;
    for (const PxeHost &h : p.hosts) {
        QJsonObject e {{QStringLiteral("kind"), pxeHostKindId(h.kind)},
            {QStringLiteral("slot"), h.slot}, {QStringLiteral("name"), h.name},
            {QStringLiteral("mac"), h.mac}, {QStringLiteral("address"), h.address}};
        if (h.macDerived)
            e.insert(QStringLiteral("macDerived"), true);
        if (h.addressPinned)
            e.insert(QStringLiteral("addressPinned"), true);
        if (!h.included)
            e.insert(QStringLiteral("included"), false);
        entries.append(e);
    }
    const QJsonObject root {
        {QStringLiteral("format"), PxePlan::FormatId},
        {QStringLiteral("version"), PxePlan::CurrentVersion},
        {QStringLiteral("network"),
            QJsonObject {{QStringLiteral("domainName"), p.domainName},
                {QStringLiteral("dnsServers"), QJsonArray::fromStringList(p.dnsServers)},
                {QStringLiteral("defaultLeaseTime"), p.defaultLeaseTime},
                {QStringLiteral("maxLeaseTime"), p.maxLeaseTime},
                {QStringLiteral("subnet"), p.subnet}, {QStringLiteral("netmask"), p.netmask},
                {QStringLiteral("rangeStart"), p.rangeStart},
                {QStringLiteral("rangeEnd"), p.rangeEnd}, {QStringLiteral("router"), p.router},
                {QStringLiteral("broadcast"), p.broadcast}}},
        {QStringLiteral("boot"),
            QJsonObject {{QStringLiteral("nextServer"), p.nextServer},
                {QStringLiteral("bootFileName"), p.bootFileName},
                {QStringLiteral("tftpRoot"), p.tftpRoot},
                {QStringLiteral("nfsServer"), p.nfsServer},
                {QStringLiteral("rootPath"), p.rootPath},
                {QStringLiteral("exportToSubnetOnly"), p.exportToSubnetOnly},
                {QStringLiteral("freebsdRelease"), p.freebsdRelease},
                {QStringLiteral("installImage"), p.installImage}}},
        {QStringLiteral("console"),
            QJsonObject {{QStringLiteral("bootSerial"), p.bootSerial},
                {QStringLiteral("console"), p.console},
                {QStringLiteral("comconsolePort"), p.comconsolePort},
                {QStringLiteral("comconsoleSpeed"), p.comconsoleSpeed},
                {QStringLiteral("consoleTty"), p.consoleTty},
                {QStringLiteral("consoleTerminalType"), p.consoleTerminalType}}},
        {QStringLiteral("hosts"),
            QJsonObject {{QStringLiteral("enclosure"), p.enclosure},
                {QStringLiteral("includeCmm"), p.includeCmm},
                {QStringLiteral("includeBmcs"), p.includeBmcs}, {QStringLiteral("nics"), nics},
                {QStringLiteral("cmmNamePattern"), p.cmmNamePattern},
                {QStringLiteral("hostNamePattern"), p.hostNamePattern},
                {QStringLiteral("cmmStart"), p.cmmStart}, {QStringLiteral("bmcStart"), p.bmcStart},
                {QStringLiteral("nicStart"), p.nicStart}, {QStringLiteral("entries"), entries}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString PxePlanIo::save(const PxePlan &plan, const QString &path)
{
    const SafeWriteResult r = SafeWriter::write(path, serialize(plan));
    return r.ok ? QString() : r.error;
}

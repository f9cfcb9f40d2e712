// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryio.h"

#include "chassisprofile.h"
#include "jsonlocator.h"
#include "common/safewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InventoryIo)
};

using Path = JsonLocator::Path;

Path operator/(Path path, const QString &key)
{
    path.append(key);
    return path;
}

Path operator/(Path path, int index)
{
    path.append(index);
    return path;
}

// Thrown inside the reader only; parse() turns it into an InventoryError.
struct Failure
{
    Path path;
    QString message;
};

[[noreturn]] void fail(const Path &path, const QString &message)
{
    throw Failure {path, message};
}

bool isValidHostName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*$"));
    return re.match(name).hasMatch();
}

class Reader
{
public:
    explicit Reader(QList<Path> *unknownKeys)
        : m_unknown(unknownKeys)
    { }

    Inventory readRoot(const QJsonObject &root)
    {
        const Path here;
        checkKeys(root, here,
            {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("enclosures")});
        rejectPasswords(root, here);

        if (!root.contains(QStringLiteral("format")))
            fail(here, Tr::tr("not a dxchassis inventory: the \"format\" key is missing"));
        const QString format = string(root, here, QStringLiteral("format"));
        if (format != Inventory::FormatId)
            fail(here / QStringLiteral("format"),
                Tr::tr("not a dxchassis inventory: format is \"%1\", expected \"%2\"")
                    .arg(format, Inventory::FormatId));

        if (!root.contains(QStringLiteral("version")))
            fail(here, Tr::tr("the \"version\" key is missing"));
        const int version = integer(root, here, QStringLiteral("version"), 1, 1000000);
        if (version > Inventory::CurrentVersion)
            fail(here / QStringLiteral("version"),
                Tr::tr("the file is inventory version %1, written by a newer dxchassis; this "
                       "version reads up to version %2. Upgrade dxchassis to open it.")
                    .arg(version)
                    .arg(Inventory::CurrentVersion));

        Inventory inventory;
        const QJsonArray enclosures = array(root, here, QStringLiteral("enclosures"), true);
        QSet<QString> names;
        for (int i = 0; i < enclosures.size(); ++i) {
            const Path p = here / QStringLiteral("enclosures") / i;
            Enclosure e = readEnclosure(object(enclosures.at(i), p), p);
            if (names.contains(e.name))
                fail(p / QStringLiteral("name"),
                    Tr::tr("enclosure name \"%1\" is used twice").arg(e.name));
            names.insert(e.name);
            inventory.enclosures.append(e);
        }
        return inventory;
    }

private:
    Enclosure readEnclosure(const QJsonObject &o, const Path &here)
    {
        checkKeys(o, here,
            {QStringLiteral("name"), QStringLiteral("profile"), QStringLiteral("location"),
                QStringLiteral("cmm"), QStringLiteral("switches"), QStringLiteral("ipmi"),
                QStringLiteral("powerOnStagger"), QStringLiteral("slots")});
        Enclosure e;
        e.name = string(o, here, QStringLiteral("name"), true).trimmed();
        if (e.name.isEmpty())
            fail(here / QStringLiteral("name"), Tr::tr("an enclosure needs a name"));
        e.profileId = string(o, here, QStringLiteral("profile"), true);
        const ChassisProfile *profile = ChassisProfile::byId(e.profileId);
        if (!profile)
            fail(here / QStringLiteral("profile"),
                Tr::tr("unknown chassis profile \"%1\" (known: %2)")
                    .arg(e.profileId, ChassisProfile::knownIds().join(QStringLiteral(", "))));
        e.profileId = profile->id;
        e.location = string(o, here, QStringLiteral("location"));

        if (o.contains(QStringLiteral("cmm"))) {
            const Path p = here / QStringLiteral("cmm");
            const QJsonObject cmm = object(o.value(QStringLiteral("cmm")), p);
            checkKeys(cmm, p, {QStringLiteral("address"), QStringLiteral("mac")});
            e.cmmAddress = string(cmm, p, QStringLiteral("address"));
            e.cmmMac = mac(cmm, p, QStringLiteral("mac"));
        }

        const QJsonArray switches = array(o, here, QStringLiteral("switches"));
        for (int i = 0; i < switches.size(); ++i) {
            const Path p = here / QStringLiteral("switches") / i;
            const QJsonObject s = object(switches.at(i), p);
            checkKeys(s, p,
                {QStringLiteral("position"), QStringLiteral("serialPort"),
                    QStringLiteral("systemMac")});
            SwitchInfo info;
            info.position
                = integer(s, p, QStringLiteral("position"), 1, profile->switchModules, i + 1);
            info.serialPort = string(s, p, QStringLiteral("serialPort"));
            info.systemMac = mac(s, p, QStringLiteral("systemMac"));
            e.switches.append(info);
        }

        if (o.contains(QStringLiteral("ipmi")))
            e.ipmi
                = readIpmi(object(o.value(QStringLiteral("ipmi")), here / QStringLiteral("ipmi")),
                    here / QStringLiteral("ipmi"), IpmiSettings());

        if (o.contains(QStringLiteral("powerOnStagger"))) {
            // Optional (added in version 1 without a version change): older files lack it.
            const Path p = here / QStringLiteral("powerOnStagger");
            const QJsonObject stagger = object(o.value(QStringLiteral("powerOnStagger")), p);
            checkKeys(stagger, p, {QStringLiteral("modules"), QStringLiteral("intervalMs")});
            e.powerOnStaggerModules
                = integer(stagger, p, QStringLiteral("modules"), 0, profile->slotCount, 0);
            e.powerOnStaggerIntervalMs
                = integer(stagger, p, QStringLiteral("intervalMs"), 100, 600000, 1000);
        }

        const QJsonArray slotArray = array(o, here, QStringLiteral("slots"));
        QSet<int> seen;
        for (int i = 0; i < slotArray.size(); ++i) {
            const Path p = here / QStringLiteral("slots") / i;
            SlotInfo s = readSlot(object(slotArray.at(i), p), p, *profile, e.ipmi);
            if (seen.contains(s.slot))
                fail(p / QStringLiteral("slot"), Tr::tr("slot %1 is listed twice").arg(s.slot));
            seen.insert(s.slot);
            e.moduleSlots.append(s);
        }
        std::sort(e.moduleSlots.begin(), e.moduleSlots.end(),
            [](const SlotInfo &a, const SlotInfo &b) { return a.slot < b.slot; });
        return e;
    }

    SlotInfo readSlot(const QJsonObject &o, const Path &here, const ChassisProfile &profile,
        const IpmiSettings &enclosureIpmi)
    {
        checkKeys(o, here,
            {QStringLiteral("slot"), QStringLiteral("module"), QStringLiteral("cpu"),
                QStringLiteral("hostName"), QStringLiteral("bmcAddress"), QStringLiteral("bmcMac"),
                QStringLiteral("nicMacs"), QStringLiteral("nicMacsDerived"),
                QStringLiteral("ipmi")});
        SlotInfo s;
        if (!o.contains(QStringLiteral("slot")))
            fail(here, Tr::tr("the \"slot\" number is missing"));
        s.slot = integer(o, here, QStringLiteral("slot"), 1, profile.slotCount);

        const QString module = string(o, here, QStringLiteral("module"), true);
        const auto type = moduleTypeFromId(module);
        if (!type)
            fail(here / QStringLiteral("module"),
                Tr::tr("unknown module type \"%1\" (known: empty, server, hdd, pcie)").arg(module));
        s.module = *type;

        s.cpu = string(o, here, QStringLiteral("cpu"));
        if (!s.cpu.isEmpty() && s.cpu != u"C2750" && s.cpu != u"C2730")
            fail(here / QStringLiteral("cpu"),
                Tr::tr("unknown processor \"%1\" (known: C2750, C2730)").arg(s.cpu));

        s.hostName = string(o, here, QStringLiteral("hostName"));
        if (!s.hostName.isEmpty() && !isValidHostName(s.hostName))
            fail(here / QStringLiteral("hostName"),
                Tr::tr("\"%1\" is not a valid host name (letters, digits and '-', labels of at "
                       "most 63 characters, RFC 1123)")
                    .arg(s.hostName));

        const QString bmc = string(o, here, QStringLiteral("bmcAddress"));
        if (!bmc.isEmpty()) {
            QString error;
            s.bmc = BmcEndpoint::parse(bmc, &error);
            if (!s.bmc)
                fail(here / QStringLiteral("bmcAddress"), error);
        }
        s.bmcMac = mac(o, here, QStringLiteral("bmcMac"));

        const QJsonArray nics = array(o, here, QStringLiteral("nicMacs"));
        if (nics.size() > 2)
            fail(here / QStringLiteral("nicMacs"),
                Tr::tr("a server module has two NICs, %n are listed", "", int(nics.size())));
        for (int i = 0; i < nics.size(); ++i) {
            const Path p = here / QStringLiteral("nicMacs") / i;
            if (!nics.at(i).isString())
                fail(p, Tr::tr("expected a MAC address as a string"));
            s.nicMacs.append(parseMac(nics.at(i).toString(), p));
        }
        if (o.contains(QStringLiteral("nicMacsDerived"))) {
            const QJsonValue derived = o.value(QStringLiteral("nicMacsDerived"));
            if (!derived.isBool())
                fail(here / QStringLiteral("nicMacsDerived"), Tr::tr("expected true or false"));
            s.nicMacsDerived = derived.toBool();
        }

        if (o.contains(QStringLiteral("ipmi")))
            s.ipmi
                = readIpmi(object(o.value(QStringLiteral("ipmi")), here / QStringLiteral("ipmi")),
                    here / QStringLiteral("ipmi"), enclosureIpmi);
        return s;
    }

    // Keys not given keep the values of @p base, so a slot can override one field.
    IpmiSettings readIpmi(const QJsonObject &o, const Path &here, IpmiSettings base)
    {
        checkKeys(o, here,
            {QStringLiteral("user"), QStringLiteral("privilege"), QStringLiteral("cipherSuite"),
                QStringLiteral("workaroundFlags"), QStringLiteral("solWorkaroundFlags"),
                QStringLiteral("timeoutMs"), QStringLiteral("retransmissionMs")});
        IpmiSettings s = base;
        if (o.contains(QStringLiteral("user")))
            s.user = string(o, here, QStringLiteral("user"));
        if (o.contains(QStringLiteral("privilege"))) {
            const QString name = string(o, here, QStringLiteral("privilege"));
            const auto p = IpmiSettings::privilegeFromName(name);
            if (!p)
                fail(here / QStringLiteral("privilege"),
                    Tr::tr("unknown privilege level \"%1\" (known: user, operator, admin)")
                        .arg(name));
            s.privilege = *p;
        }
        if (o.contains(QStringLiteral("cipherSuite"))) {
            s.cipherSuite = integer(o, here, QStringLiteral("cipherSuite"), 0, 255);
            if (!IpmiSettings::isKnownCipherSuite(s.cipherSuite))
                fail(here / QStringLiteral("cipherSuite"),
                    Tr::tr("cipher suite %1 is not one FreeIPMI supports (0-3, 6-8, 11, 12, 15-17)")
                        .arg(s.cipherSuite));
        }
        if (o.contains(QStringLiteral("workaroundFlags")))
            s.workaroundFlags = flags(
                o, here, QStringLiteral("workaroundFlags"), IpmiSettings::knownWorkaroundFlags());
        if (o.contains(QStringLiteral("solWorkaroundFlags")))
            s.solWorkaroundFlags = flags(o, here, QStringLiteral("solWorkaroundFlags"),
                IpmiSettings::knownSolWorkaroundFlags());
        if (o.contains(QStringLiteral("timeoutMs")))
            s.timeoutMs = integer(o, here, QStringLiteral("timeoutMs"), 100, 600000);
        if (o.contains(QStringLiteral("retransmissionMs")))
            s.retransmissionMs = integer(o, here, QStringLiteral("retransmissionMs"), 10, 600000);
        return s;
    }

    QStringList flags(
        const QJsonObject &o, const Path &here, const QString &key, const QStringList &known)
    {
        QStringList out;
        const QJsonArray a = array(o, here, key);
        for (int i = 0; i < a.size(); ++i) {
            const Path p = here / key / i;
            const QString flag = a.at(i).toString();
            if (!a.at(i).isString() || !known.contains(flag))
                fail(p,
                    Tr::tr("unknown FreeIPMI workaround flag \"%1\" (known: %2)")
                        .arg(a.at(i).toVariant().toString(), known.join(QStringLiteral(", "))));
            if (!out.contains(flag))
                out.append(flag);
        }
        return out;
    }

    // --- typed accessors; each fails with the path of the offending value --------------

    static QJsonObject object(const QJsonValue &v, const Path &p)
    {
        if (!v.isObject())
            fail(p, Tr::tr("expected an object"));
        return v.toObject();
    }

    static QString string(
        const QJsonObject &o, const Path &here, const QString &key, bool required = false)
    {
        if (!o.contains(key)) {
            if (required)
                fail(here, Tr::tr("the \"%1\" key is missing").arg(key));
            return {};
        }
        const QJsonValue v = o.value(key);
        if (!v.isString())
            fail(here / key, Tr::tr("expected a string"));
        return v.toString();
    }

    static int integer(const QJsonObject &o, const Path &here, const QString &key, int min, int max,
        int fallback = 0)
    {
        if (!o.contains(key))
            return fallback;
        const QJsonValue v = o.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)))
            fail(here / key, Tr::tr("expected a whole number"));
        if (d < min || d > max)
            fail(here / key,
                Tr::tr("%1 is out of range (%2 to %3)").arg(qint64(d)).arg(min).arg(max));
        return int(d);
    }

    static QJsonArray array(
        const QJsonObject &o, const Path &here, const QString &key, bool required = false)
    {
        if (!o.contains(key)) {
            if (required)
                fail(here, Tr::tr("the \"%1\" key is missing").arg(key));
            return {};
        }
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            fail(here / key, Tr::tr("expected an array"));
        return v.toArray();
    }

    static MacAddress parseMac(const QString &text, const Path &p)
    {
        QString error;
        const auto m = MacAddress::parse(text, &error);
        if (!m)
            fail(p, Tr::tr("\"%1\" is not a MAC address: %2").arg(text, error));
        return *m;
    }

    static MacAddress mac(const QJsonObject &o, const Path &here, const QString &key)
    {
        const QString text = string(o, here, key);
        return text.isEmpty() ? MacAddress() : parseMac(text, here / key);
    }

    void checkKeys(const QJsonObject &o, const Path &here, const QStringList &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                m_unknown->append(here / it.key());
        }
    }

    // A password in the file is refused outright: it must not sit there unnoticed.
    static void rejectPasswords(const QJsonValue &v, const Path &here)
    {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key().contains(QStringLiteral("password"), Qt::CaseInsensitive))
                    fail(here / it.key(),
                        Tr::tr(
                            "passwords are never stored in the inventory; remove this key "
                            "(dxchassis keeps passwords in the system keychain or asks for them)"));
                rejectPasswords(it.value(), here / it.key());
            }
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i)
                rejectPasswords(a.at(i), here / i);
        }
    }

    QList<Path> *m_unknown;
};

QJsonObject ipmiToJson(const IpmiSettings &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("user"), s.user);
    o.insert(QStringLiteral("privilege"), IpmiSettings::privilegeName(s.privilege));
    o.insert(QStringLiteral("cipherSuite"), s.cipherSuite);
    o.insert(QStringLiteral("workaroundFlags"), QJsonArray::fromStringList(s.workaroundFlags));
    o.insert(
        QStringLiteral("solWorkaroundFlags"), QJsonArray::fromStringList(s.solWorkaroundFlags));
    o.insert(QStringLiteral("timeoutMs"), s.timeoutMs);
    o.insert(QStringLiteral("retransmissionMs"), s.retransmissionMs);
    return o;
}

} // namespace

QString InventoryError::toString() const
{
    QString where = file.isEmpty() ? QString() : file;
    if (line > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    QString out;
    if (!where.isEmpty())
        out = where + QStringLiteral(": ");
    if (!jsonPath.isEmpty())
        out += jsonPath + QStringLiteral(": ");
    return out + message;
}

InventoryLoadResult InventoryIo::parse(const QByteArray &json, const QString &fileName)
{
    InventoryLoadResult result;
    result.error.file = fileName;
    const JsonLocator locator(json);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto pos = locator.positionOf(parseError.offset);
        result.error.line = pos.line;
        result.error.column = pos.column;
        result.error.message = Tr::tr("malformed JSON: %1").arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error.line = 1;
        result.error.message = Tr::tr("expected a JSON object at the top level");
        return result;
    }

    QList<Path> unknown;
    try {
        Reader reader(&unknown);
        result.inventory = reader.readRoot(doc.object());
    } catch (const Failure &f) {
        const auto pos = locator.locate(f.path);
        result.error.line = pos.line;
        result.error.column = pos.column;
        result.error.jsonPath = JsonLocator::pathToString(f.path);
        result.error.message = f.message;
        return result;
    }
    for (const Path &path : std::as_const(unknown)) {
        const auto pos = locator.locate(path);
        const InventoryError w {fileName, pos.line, pos.column, JsonLocator::pathToString(path),
            Tr::tr("unknown key, ignored")};
        result.warnings.append(w.toString());
    }
    return result;
}

InventoryLoadResult InventoryIo::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        InventoryLoadResult result;
        result.error.file = path;
        result.error.message = Tr::tr("cannot read the inventory: %1").arg(file.errorString());
        return result;
    }
    return parse(file.readAll(), path);
}

QByteArray InventoryIo::serialize(const Inventory &inventory)
{
    QJsonArray enclosures;
    for (const Enclosure &e : inventory.enclosures) {
        QJsonObject eo;
        eo.insert(QStringLiteral("name"), e.name);
        eo.insert(QStringLiteral("profile"), e.profileId);
        if (!e.location.isEmpty())
            eo.insert(QStringLiteral("location"), e.location);
        if (!e.cmmAddress.isEmpty() || !e.cmmMac.isNull()) {
            QJsonObject cmm;
            cmm.insert(QStringLiteral("address"), e.cmmAddress);
            if (!e.cmmMac.isNull())
                cmm.insert(QStringLiteral("mac"), e.cmmMac.toString());
            eo.insert(QStringLiteral("cmm"), cmm);
        }
        QJsonArray switches;
        for (const SwitchInfo &s : e.switches) {
            QJsonObject so;
            so.insert(QStringLiteral("position"), s.position);
            so.insert(QStringLiteral("serialPort"), s.serialPort);
            if (!s.systemMac.isNull())
                so.insert(QStringLiteral("systemMac"), s.systemMac.toString());
            switches.append(so);
        }
        eo.insert(QStringLiteral("switches"), switches);
        eo.insert(QStringLiteral("ipmi"), ipmiToJson(e.ipmi));
        if (e.powerOnStaggerModules > 0) {
            QJsonObject stagger;
            stagger.insert(QStringLiteral("modules"), e.powerOnStaggerModules);
            stagger.insert(QStringLiteral("intervalMs"), e.powerOnStaggerIntervalMs);
            eo.insert(QStringLiteral("powerOnStagger"), stagger);
        }
        QJsonArray slotArray;
        for (const SlotInfo &s : e.moduleSlots) {
            QJsonObject so;
            so.insert(QStringLiteral("slot"), s.slot);
            so.insert(QStringLiteral("module"), moduleTypeId(s.module));
            if (!s.cpu.isEmpty())
                so.insert(QStringLiteral("cpu"), s.cpu);
            if (!s.hostName.isEmpty())
                so.insert(QStringLiteral("hostName"), s.hostName);
            if (s.bmc)
                so.insert(QStringLiteral("bmcAddress"), s.bmc->toString());
            if (!s.bmcMac.isNull())
                so.insert(QStringLiteral("bmcMac"), s.bmcMac.toString());
            if (!s.nicMacs.isEmpty()) {
                QJsonArray nics;
                for (const MacAddress &m : s.nicMacs)
                    nics.append(m.toString());
                so.insert(QStringLiteral("nicMacs"), nics);
                if (s.nicMacsDerived)
                    so.insert(QStringLiteral("nicMacsDerived"), true);
            }
            if (s.ipmi)
                so.insert(QStringLiteral("ipmi"), ipmiToJson(*s.ipmi));
            slotArray.append(so);
        }
        eo.insert(QStringLiteral("slots"), slotArray);
        enclosures.append(eo);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), Inventory::FormatId);
    root.insert(QStringLiteral("version"), Inventory::CurrentVersion);
    root.insert(QStringLiteral("enclosures"), enclosures);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString InventoryIo::save(const Inventory &inventory, const QString &path)
{
    const SafeWriteResult r = SafeWriter::write(path, serialize(inventory));
    return r.ok ? QString() : r.error;
}

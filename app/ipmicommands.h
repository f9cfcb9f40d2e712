// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class CredentialStore;
class IpmiBackend;
class QCommandLineParser;
class QTextStream;
struct BulkResult;
struct IpmiTarget;

/// dxctl's IPMI commands, run over many BMCs at once by a BulkRunner:
///
///     dxctl [--inventory FILE] [--password-file F | -E] power status|on|off|cycle|reset|soft
///     TARGETS dxctl boot pxe|disk|bios|none [--persistent] TARGETS dxctl identify [--seconds N |
///     --on | --off] TARGETS dxctl mac discover TARGETS dxctl raw TARGET NETFN CMD [DATA...]
///
/// TARGETS: `ENCLOSURE:s[1-46]`, `ENCLOSURE:s23,s25`, `ENCLOSURE`, `all`, or
/// `--host HOSTRANGE` (FreeIPMI host ranges) with `-u/-l/-I/-W`. One line per target,
/// `lab:s23: on`, sorted; exit 0 when all succeeded, 1 when any failed, 2 on usage errors.
/// The password comes from --password-file (a file only its owner can read), from
/// $IPMI_PASSWORD with -E, from the system keychain (`dxctl password set`; inventory
/// targets: the BMC's entry, else its enclosure's), or from a prompt on the
/// terminal; never from the command line.
class IpmiCommands
{
    Q_DECLARE_TR_FUNCTIONS(IpmiCommands)

public:
    using BackendFactory = std::function<std::shared_ptr<IpmiBackend>()>;
    using StoreFactory = std::function<std::unique_ptr<CredentialStore>()>;

    IpmiCommands(QTextStream &out, QTextStream &err);

    /// True when @p arguments (program name first) name one of these commands.
    static bool handles(const QStringList &arguments);
    /// Runs it; returns the exit status.
    int run(const QStringList &arguments);
    /// Lines for `dxctl --help`.
    static QString help();

    /// Tests replace FreeIPMI with a fake.
    void setBackendFactory(BackendFactory factory) { m_backendFactory = std::move(factory); }
    /// Tests give the password the prompt would have read.
    void setPromptAnswer(std::optional<QByteArray> answer) { m_promptAnswer = std::move(answer); }
    /// The system keychain by default; tests may give another store (or none).
    void setStoreFactory(StoreFactory factory) { m_storeFactory = std::move(factory); }

private:
    std::optional<QByteArray> readPassword(const QCommandLineParser &parser, bool environment,
        const QString &passwordFile, int *status, const QString &keychainNote);
    /// Fills in the passwords the keychain holds for inventory targets; true per
    /// target that got one. @p note gets why the keychain could not be asked.
    QList<bool> passwordsFromKeychain(
        QList<IpmiTarget> &targets, const QStringList &enclosures, QString *note);
    QString resultLine(const BulkResult &result, const IpmiTarget &target) const;

    QTextStream &m_out;
    QTextStream &m_err;
    BackendFactory m_backendFactory;
    StoreFactory m_storeFactory;
    std::optional<QByteArray> m_promptAnswer;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

/// Whose password: all BMCs of an enclosure, or one BMC of it (which wins).
struct CredentialKey
{
    QString enclosure;
    QString bmc; ///< "host:port" (or "host"); empty for the enclosure's password

    /// The key in the store: "ipmi/<enclosure>" or "ipmi/<enclosure>/<bmc>".
    QString id() const;
    /// For messages: "enclosure lab" or "BMC 127.0.1.5:1623 of enclosure lab".
    QString describe() const;
    /// The enclosure's key (without the BMC).
    CredentialKey enclosureKey() const { return {enclosure, {}}; }
};

/// The outcome of one read, write or remove.
struct CredentialResult
{
    enum class Status {
        Ok,
        NotFound, ///< nothing stored under the key
        Unavailable, ///< no keychain service (no D-Bus session, no Secret Service)
        Failed, ///< the keychain refused (access denied, locked, ...)
    };

    Status status = Status::Failed;
    QByteArray password; ///< set by a successful read only
    QString message; ///< why it is not Ok, in words an operator can act on

    bool ok() const { return status == Status::Ok; }
};

/// Where IPMI passwords are kept between runs of dxchassis and dxctl.
///
/// Every call returns at once; @p done runs later in @p context's thread (never
/// before the call returned), and not at all once @p context is gone. Nothing
/// here ever writes a password to a file, a log or a command line.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    /// "system keychain" or "memory", for messages.
    virtual QString name() const = 0;
    /// True when what is written outlives this process.
    virtual bool isPersistent() const = 0;

    virtual void read(const CredentialKey &key, QObject *context, Callback done) = 0;
    virtual void write(
        const CredentialKey &key, const QByteArray &password, QObject *context, Callback done)
        = 0;
    /// NotFound when there was nothing to remove.
    virtual void remove(const CredentialKey &key, QObject *context, Callback done) = 0;

    /// Reads the BMC's own entry first and, when there is none, the enclosure's.
    void lookup(const CredentialKey &key, QObject *context, Callback done);
};

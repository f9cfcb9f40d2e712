// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// Reading a file that holds a secret (a password file, FreeIPMI's config with
/// its `password` line): it must exist and be readable and writable by its owner
/// only, as ssh insists for a private key. Callers word the failure for their
/// context (an option name, a file beside the inventory).
struct SecretFileRead
{
    enum class Status { Ok, Missing, OthersCanAccess, Unreadable };
    Status status = Status::Missing;
    QByteArray content; ///< the whole file when status is Ok
    QString error; ///< the system's reason when Unreadable
};

namespace SecretFile {
SecretFileRead read(const QString &path);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretfile.h"

#include <QFile>
#include <QFileInfo>

SecretFileRead SecretFile::read(const QString &path)
{
    SecretFileRead result;
    const QFileInfo info(path);
    if (!info.exists())
        return result;
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (info.permissions() & others) {
        result.status = SecretFileRead::Status::OthersCanAccess;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = SecretFileRead::Status::Unreadable;
        result.error = file.errorString();
        return result;
    }
    result.status = SecretFileRead::Status::Ok;
    result.content = file.readAll();
    return result;
}

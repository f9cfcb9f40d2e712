// SPDX-License-Identifier: GPL-3.0-or-later
#include "safewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {
// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SafeWriter)
};

QString backupName(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = path + u'.' + stamp + QStringLiteral(".bak");
    // Two writes within one second must not overwrite the first backup.
    for (int n = 1; QFileInfo::exists(candidate); ++n)
        candidate = path + u'.' + stamp + u'-' + QString::number(n) + QStringLiteral(".bak");
    return candidate;
}
} // namespace

SafeWriteResult SafeWriter::write(const QString &path, const QByteArray &content, bool keepBackup)
{
    SafeWriteResult result;
    result.path = path;

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.error = Tr::tr("%1: cannot create the folder %2").arg(path, info.absolutePath());
        return result;
    }

    if (info.exists()) {
        QFile current(path);
        if (current.open(QIODevice::ReadOnly) && current.readAll() == content) {
            result.ok = true;
            result.unchanged = true;
            return result;
        }
        if (keepBackup) {
            const QString backup = backupName(path);
            // A copy, not a rename: the original stays in place until the new
            // content has been committed.
            if (!QFile::copy(path, backup)) {
                result.error
                    = Tr::tr("%1: cannot back up the current file to %2; nothing was written")
                          .arg(path, backup);
                return result;
            }
            result.backupPath = backup;
        }
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
        return result;
    }
    // QSaveFile buffers: the write can fail only at flush, and commit() (Qt 6.4) would
    // then still rename the truncated file into place. Flush and check first.
    if (file.write(content) != content.size() || !file.flush()) {
        result.error = Tr::tr("%1: write failed: %2").arg(path, file.errorString());
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.error = Tr::tr("%1: could not replace the file: %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// The one way dxchassis writes a file: atomically (QSaveFile), with a
/// timestamped backup (`NAME.YYYYMMDD-HHMMSS.bak`) of any file it replaces.
/// A crash or a full disk leaves the old file in place, never half a new one.
struct SafeWriteResult
{
    bool ok = false;
    QString path;
    QString backupPath; ///< empty when nothing was replaced, or content was unchanged
    bool unchanged = false; ///< the file already had exactly this content; nothing written
    QString error;
};

namespace SafeWriter {
SafeWriteResult write(const QString &path, const QByteArray &content, bool keepBackup = true);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

/// Help ▸ About dxchassis: what it is, its version and the versions of the
/// libraries it runs on (Qt, FreeIPMI, libvterm), which an operator copies
/// into a bug report with one button.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// (component, version) for Qt, FreeIPMI and libvterm, as shown.
    static QList<QPair<QString, QString>> componentVersions();
    /// The version lines as plain text, as "Copy" puts them on the clipboard.
    static QString versionText();
};

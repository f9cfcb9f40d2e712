// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

#include "ipmi/freeipmibackend.h"
#include "vtermscreen.h"

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About dxchassis"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/dxchassis.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *title = new QLabel(QStringLiteral("dxchassis"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(DXCHASSIS_VERSION)), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *description = new QLabel(
        tr("Operates NEC DX1000 micro-module server chassis over IPMI: slot map, power "
           "control, serial consoles and PXE installation."),
        this);
    description->setWordWrap(true);

    auto *versions = new QFormLayout;
    versions->setLabelAlignment(Qt::AlignLeft);
    for (const auto &[component, componentVersion] : componentVersions()) {
        auto *value = new QLabel(componentVersion, this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        versions->addRow(tr("%1:").arg(component), value);
    }

    auto *license = new QLabel(
        tr("Free software under the GNU General Public License, version 3 or later."), this);
    license->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy
        = buttons->addButton(tr("&Copy Version Information"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
        [] { QApplication::clipboard()->setText(versionText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(8);
    text->addWidget(description);
    text->addSpacing(8);
    text->addLayout(versions);
    text->addSpacing(8);
    text->addWidget(license);
    text->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);

    setMinimumWidth(460);
}

AboutDialog::~AboutDialog() = default;

QList<QPair<QString, QString>> AboutDialog::componentVersions()
{
    const QString runtimeQt = QString::fromLatin1(qVersion());
    const QString builtQt = QStringLiteral(QT_VERSION_STR);
    return {
        {QStringLiteral("Qt"), tr("%1 (built with %2)").arg(runtimeQt, builtQt)},
        {QStringLiteral("FreeIPMI"), freeIpmiLibraryVersion()},
        {QStringLiteral("libvterm"), VtermScreen::libraryVersion()},
    };
}

QString AboutDialog::versionText()
{
    QStringList lines {QStringLiteral("dxchassis %1").arg(QStringLiteral(DXCHASSIS_VERSION))};
    for (const auto &[component, componentVersion] : componentVersions())
        lines << QStringLiteral("%1 %2").arg(component, componentVersion);
    return lines.join(QLatin1Char('\n'));
}

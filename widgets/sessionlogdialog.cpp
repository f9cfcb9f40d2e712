// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlogdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SessionLogDialog::SessionLogDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Log Console to File"));

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("logPath"));
    m_path->setMinimumWidth(320);
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &SessionLogDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("logFormat"));
    m_format->addItem(
        tr("Plain text (escape sequences removed)"), int(SessionLog::Format::PlainText));
    m_format->addItem(tr("Raw bytes (for replaying)"), int(SessionLog::Format::Raw));
    connect(m_format, &QComboBox::currentIndexChanged, this, &SessionLogDialog::updateTimestamps);
    m_timestamps = new QCheckBox(tr("&Timestamp every line"));
    m_timestamps->setObjectName(QStringLiteral("logTimestamps"));

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(QString(), m_timestamps);
    auto *note = new QLabel(tr("New lines are appended. A file over %1 MB is renamed to .1 and a "
                               "new one started; %2 older files are kept.")
                                .arg(m_settings.maxBytes / (1024 * 1024))
                                .arg(m_settings.keepFiles));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start &Logging"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionLogDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionLogDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setSettings(m_settings);
}

void SessionLogDialog::setSettings(const SessionLog::Settings &settings)
{
    m_settings = settings;
    m_path->setText(settings.path);
    m_format->setCurrentIndex(m_format->findData(int(settings.format)));
    m_timestamps->setChecked(settings.timestamps);
    updateTimestamps();
}

SessionLog::Settings SessionLogDialog::settings() const
{
    SessionLog::Settings s = m_settings;
    s.path = m_path->text().trimmed();
    s.format = SessionLog::Format(m_format->currentData().toInt());
    s.timestamps = s.format == SessionLog::Format::PlainText && m_timestamps->isChecked();
    return s;
}

void SessionLogDialog::accept()
{
    const SessionLog::Settings s = settings();
    QString problem;
    if (s.path.isEmpty())
        problem = tr("Choose the file to log to.");
    else if (QFileInfo(s.path).isDir())
        problem = tr("%1 is a folder; choose a file.").arg(s.path);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

void SessionLogDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Log Console to File"), m_path->text(),
        tr("Log files (*.log *.txt);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite); // logs are appended to
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this](const QString &path) { m_path->setText(path); });
    dialog->open();
}

// Raw logs keep the bytes as received; a timestamp would corrupt them.
void SessionLogDialog::updateTimestamps()
{
    m_timestamps->setEnabled(
        SessionLog::Format(m_format->currentData().toInt()) == SessionLog::Format::PlainText);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawcommanddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFuture>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QPushButton>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ipmi/bulkoperation.h"
#include "ipmi/ipmibackend.h"
#include "ipmi/rawbytes.h"

namespace {
enum TableColumns { NumberColumn, BytesColumn, ReplyColumn };
} // namespace

RawCommandDialog::RawCommandDialog(std::shared_ptr<IpmiBackend> backend,
    const QList<TargetChoice> &targets, TargetResolver resolver, QWidget *parent)
    : QDialog(parent)
    , m_backend(std::move(backend))
    , m_targets(targets)
    , m_resolver(std::move(resolver))
    , m_targetCombo(new QComboBox(this))
    , m_presetCombo(new QComboBox(this))
    , m_netFn(new QLineEdit(this))
    , m_command(new QLineEdit(this))
    , m_data(new QLineEdit(this))
    , m_description(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_sendButton(new QPushButton(tr("&Send"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("rawCommandDialog"));
    setWindowTitle(tr("Raw IPMI Command"));
    resize(760, 460);

    m_targetCombo->setObjectName(QStringLiteral("rawTarget"));
    for (const TargetChoice &choice : std::as_const(m_targets))
        m_targetCombo->addItem(choice.text);
    m_presetCombo->setObjectName(QStringLiteral("rawPreset"));
    m_presetCombo->addItem(tr("Custom"), QString());
    const QList<RawPreset> presets = RawPreset::all();
    for (const RawPreset &preset : presets)
        m_presetCombo->addItem(preset.name, preset.id);

    m_netFn->setObjectName(QStringLiteral("rawNetFn"));
    m_netFn->setPlaceholderText(QStringLiteral("0x06"));
    m_command->setObjectName(QStringLiteral("rawCommandByte"));
    m_command->setPlaceholderText(QStringLiteral("0x01"));
    m_data->setObjectName(QStringLiteral("rawData"));
    m_data->setPlaceholderText(tr("hex bytes, e.g. 0x40 0x17 0x00"));
    for (QLineEdit *edit : {m_netFn, m_command, m_data}) {
        QFont fixed = edit->font();
        fixed.setFamily(QStringLiteral("monospace"));
        fixed.setStyleHint(QFont::Monospace);
        edit->setFont(fixed);
        connect(edit, &QLineEdit::textEdited, this, &RawCommandDialog::fieldsEdited);
    }
    m_description->setObjectName(QStringLiteral("rawDescription"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("rawError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);

    m_table->setObjectName(QStringLiteral("rawRequests"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("#"), tr("Bytes to send (netfn, command, data)"), tr("Reply")});
    m_table->header()->setStretchLastSection(true);
    m_table->setColumnWidth(NumberColumn, 40);
    m_table->setColumnWidth(BytesColumn, 420);
    QFont fixed = m_table->font();
    fixed.setFamily(QStringLiteral("monospace"));
    fixed.setStyleHint(QFont::Monospace);
    m_table->setFont(fixed);
    m_status->setObjectName(QStringLiteral("rawStatus"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Target:"), m_targetCombo);
    form->addRow(tr("&Preset:"), m_presetCombo);
    form->addRow(QString(), m_description);
    form->addRow(tr("&NetFn:"), m_netFn);
    form->addRow(tr("C&ommand:"), m_command);
    form->addRow(tr("&Data:"), m_data);

    m_sendButton->setObjectName(QStringLiteral("rawSend"));
    m_sendButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("rawCancel"));
    m_cancelButton->setToolTip(tr("Send no further requests"));
    m_closeButton->setObjectName(QStringLiteral("rawClose"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_sendButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_sendButton, &QPushButton::clicked, this, &RawCommandDialog::send);
    connect(m_cancelButton, &QPushButton::clicked, this, &RawCommandDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &RawCommandDialog::presetChosen);
    connect(m_targetCombo, &QComboBox::currentIndexChanged, this, &RawCommandDialog::updateButtons);
    selectPreset(QStringLiteral("device-id"));
    presetChosen();
}

RawCommandDialog::~RawCommandDialog() = default;

bool RawCommandDialog::selectPreset(const QString &id)
{
    const int index = m_presetCombo->findData(id);
    if (index < 0)
        return false;
    m_presetCombo->setCurrentIndex(index);
    return true;
}

QString RawCommandDialog::presetId() const
{
    return m_presetCombo->currentData().toString();
}

void RawCommandDialog::selectTarget(int index)
{
    m_targetCombo->setCurrentIndex(index);
}

int RawCommandDialog::targetIndex() const
{
    return m_targetCombo->currentIndex();
}

QString RawCommandDialog::errorText() const
{
    return m_errorText;
}

void RawCommandDialog::presetChosen()
{
    const RawPreset preset = RawPreset::byId(presetId());
    m_description->setText(preset.description);
    m_description->setVisible(!preset.description.isEmpty());
    if (preset.requests.isEmpty()) {
        // Custom: whatever the fields say.
        for (QLineEdit *edit : {m_netFn, m_command, m_data})
            edit->setReadOnly(false);
        fieldsEdited();
        return;
    }
    const bool single = preset.requests.size() == 1;
    const RawRequest &first = preset.requests.constFirst();
    m_netFn->setText(RawBytes::format(QByteArray(1, char(first.netFn))));
    m_command->setText(RawBytes::format(QByteArray(1, char(first.command))));
    m_data->setText(single ? RawBytes::format(first.data)
                           : tr("(%n request(s), listed below)", "", int(preset.requests.size())));
    // A sequence is sent as the seed gives it; a single request may be edited (Custom then).
    for (QLineEdit *edit : {m_netFn, m_command, m_data})
        edit->setReadOnly(!single);
    m_requests = preset.requests;
    m_errorText.clear();
    // The CMM's sequences go to the CMM when the inventory knows it.
    if (preset.target == RawPreset::Target::Cmm) {
        for (int i = 0; i < m_targets.size(); ++i) {
            if (m_targets.at(i).kind == RawPreset::Target::Cmm) {
                m_targetCombo->setCurrentIndex(i);
                break;
            }
        }
    }
    rebuildTable();
}

void RawCommandDialog::fieldsEdited()
{
    if (m_netFn->isReadOnly())
        return;
    const RawBytes::Request parsed
        = RawBytes::parseRequest(m_netFn->text(), m_command->text(), m_data->text());
    m_requests.clear();
    m_errorText = parsed.error;
    if (parsed.ok())
        m_requests << *parsed.request;
    // Edited away from the preset's bytes: it is a custom request now.
    const RawPreset preset = RawPreset::byId(presetId());
    if (!preset.requests.isEmpty() && preset.requests != m_requests) {
        const QSignalBlocker blocker(m_presetCombo);
        m_presetCombo->setCurrentIndex(0);
        m_description->hide();
    }
    rebuildTable();
}

void RawCommandDialog::rebuildTable()
{
    m_error->setText(m_errorText);
    m_error->setVisible(!m_errorText.isEmpty());
    m_table->clear();
    for (int i = 0; i < m_requests.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(NumberColumn, QString::number(i + 1));
        item->setText(BytesColumn, RawBytes::format(m_requests.at(i)));
    }
    m_status->setText(m_requests.isEmpty()
            ? QString()
            : tr("%n request(s) ready; nothing is sent before you press Send.", "",
                int(m_requests.size())));
    updateButtons();
}

void RawCommandDialog::updateButtons()
{
    m_sendButton->setEnabled(
        !m_running && !m_requests.isEmpty() && m_targetCombo->currentIndex() >= 0);
    m_cancelButton->setEnabled(m_running);
    for (QWidget *w : {static_cast<QWidget *>(m_targetCombo), static_cast<QWidget *>(m_presetCombo),
             static_cast<QWidget *>(m_netFn), static_cast<QWidget *>(m_command),
             static_cast<QWidget *>(m_data)})
        w->setEnabled(!m_running);
}

QStringList RawCommandDialog::previewLines() const
{
    QStringList lines;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        lines << m_table->topLevelItem(i)->text(BytesColumn);
    return lines;
}

QStringList RawCommandDialog::replyLines() const
{
    QStringList lines;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        lines << m_table->topLevelItem(i)->text(ReplyColumn);
    return lines;
}

QString RawCommandDialog::replyText(const RawResponse &response)
{
    const QString code
        = QStringLiteral("0x%1").arg(response.completionCode, 2, 16, QLatin1Char('0'));
    const QString words = response.completionText.isEmpty() ? tr("unknown completion code")
                                                            : response.completionText;
    const QString data
        = response.data.isEmpty() ? tr("no data") : BulkOperation::hexBytes(response.data);
    //: %1 the completion code (0x00), %2 its meaning, %3 the data bytes in hex or "no data"
    return tr("%1 %2; data: %3").arg(code, words, data);
}

bool RawCommandDialog::send()
{
    const int index = m_targetCombo->currentIndex();
    if (m_running || m_requests.isEmpty() || index < 0 || index >= m_targets.size())
        return false;
    QString error;
    const std::optional<IpmiTarget> target = m_resolver(m_targets.at(index), &error);
    if (!target) {
        m_status->setText(tr("Not sent: %1").arg(error));
        return false;
    }
    m_target = *target;
    m_running = true;
    m_cancelled = false;
    m_next = 0;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        m_table->topLevelItem(i)->setText(ReplyColumn, QString());
    updateButtons();
    sendNext();
    return true;
}

void RawCommandDialog::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void RawCommandDialog::sendNext()
{
    if (m_cancelled) {
        for (int i = m_next; i < m_table->topLevelItemCount(); ++i)
            m_table->topLevelItem(i)->setText(ReplyColumn, tr("not sent (cancelled)"));
        finish(tr("Cancelled after %n request(s).", "", m_next));
        return;
    }
    if (m_next >= m_requests.size()) {
        finish(
            tr("%n request(s) sent to %1.", "", int(m_requests.size())).arg(m_target.describe()));
        return;
    }
    m_status->setText(tr("Sending request %1 of %2 to %3…")
                          .arg(m_next + 1)
                          .arg(m_requests.size())
                          .arg(m_target.describe()));
    // The request blocks until the BMC answers or times out: on a pool thread, with
    // copies only; the answer comes back through the future on the GUI thread.
    auto promise = std::make_shared<QPromise<Outcome>>();
    QFuture<Outcome> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, backend = m_backend, target = m_target, request = m_requests.at(m_next)] {
            const IpmiResult<RawResponse> result = backend->raw(target, request);
            Outcome outcome;
            outcome.ok = result.ok();
            if (result.ok())
                outcome.response = *result;
            else
                outcome.error = result.error();
            promise->addResult(outcome);
            promise->finish();
        });
    future.then(this, [this](const Outcome &outcome) { onOutcome(outcome); });
}

void RawCommandDialog::onOutcome(const Outcome &outcome)
{
    const QString reply = outcome.ok ? replyText(outcome.response) : outcome.error.message;
    const QString bytes = RawBytes::format(m_requests.at(m_next));
    if (QTreeWidgetItem *item = m_table->topLevelItem(m_next))
        item->setText(ReplyColumn, reply);
    emit replied(m_target.label, bytes, outcome.ok && outcome.response.completedNormally(), reply);
    ++m_next;
    // A BMC that does not answer will not answer the rest either.
    if (!outcome.ok) {
        for (int i = m_next; i < m_table->topLevelItemCount(); ++i)
            m_table->topLevelItem(i)->setText(
                ReplyColumn, tr("not sent (the previous one failed)"));
        finish(tr("Stopped: %1").arg(outcome.error.message));
        return;
    }
    sendNext();
}

void RawCommandDialog::finish(const QString &message)
{
    m_running = false;
    m_target.password.fill('\0');
    m_target = {};
    m_status->setText(message);
    updateButtons();
    emit finished();
}

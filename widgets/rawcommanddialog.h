// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

#include "ipmi/ipmierror.h"
#include "ipmi/ipmitarget.h"
#include "ipmi/rawpreset.h"
#include "ipmi/rawrequest.h"
#include "ipmi/rawresponse.h"

class IpmiBackend;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

/// Sends raw IPMI requests to one BMC or the enclosure's CMM: netfn, command and
/// data typed as hex (the error names the bad byte) or taken from a named preset
/// (RawPreset: Get Device ID, Get Chassis Status, the seed's QSFP-to-RJ45 sequence).
/// The exact bytes of every request are listed before anything is sent; each reply
/// is shown decoded (completion code in words, then the data). Requests go one after
/// the other on a worker thread; Cancel stops before the next one.
class RawCommandDialog : public QDialog
{
    Q_OBJECT

public:
    /// One entry of the target list: a slot's BMC or the CMM.
    struct TargetChoice
    {
        QString text;
        RawPreset::Target kind = RawPreset::Target::Bmc;
        int slot = 0; ///< for a BMC
    };
    /// Turns a choice into an IPMI target (asking for the password if needed);
    /// nullopt with @p error filled when it cannot.
    using TargetResolver
        = std::function<std::optional<IpmiTarget>(const TargetChoice &choice, QString *error)>;

    RawCommandDialog(std::shared_ptr<IpmiBackend> backend, const QList<TargetChoice> &targets,
        TargetResolver resolver, QWidget *parent = nullptr);
    ~RawCommandDialog() override;

    /// Chooses a preset by RawPreset::id ("" for Custom); false if unknown.
    bool selectPreset(const QString &id);
    QString presetId() const;
    /// Chooses the target at @p index of the list given to the constructor.
    void selectTarget(int index);
    int targetIndex() const;
    /// The requests to send; empty when the fields are invalid (see errorText()).
    QList<RawRequest> requests() const { return m_requests; }
    QString errorText() const;
    /// The bytes each request will send, one line per request ("0x06 0x01").
    QStringList previewLines() const;
    /// The decoded reply of each request sent so far (empty for those not sent).
    QStringList replyLines() const;

    bool isRunning() const { return m_running; }

    /// "0x00 Command Completed Normally; data: 20 01 …" — the reply in words.
    static QString replyText(const RawResponse &response);

public Q_SLOTS:
    /// Sends the requests to the chosen target; false when nothing was sent.
    bool send();
    /// Stops before the next request; the one on the wire ends within its timeout.
    void cancel();

Q_SIGNALS:
    /// One request was answered (or failed): for the operations log.
    void replied(const QString &target, const QString &request, bool ok, const QString &reply);
    /// Every request was sent, or the run was cancelled or failed.
    void finished();

private:
    struct Outcome
    {
        bool ok = false;
        RawResponse response;
        IpmiError error;
    };

    void presetChosen();
    void fieldsEdited();
    void rebuildTable();
    void updateButtons();
    void sendNext();
    void onOutcome(const Outcome &outcome);
    void finish(const QString &message);

    std::shared_ptr<IpmiBackend> m_backend;
    QList<TargetChoice> m_targets;
    TargetResolver m_resolver;

    QComboBox *m_targetCombo;
    QComboBox *m_presetCombo;
    QLineEdit *m_netFn;
    QLineEdit *m_command;
    QLineEdit *m_data;
    QLabel *m_description;
    QLabel *m_error;
    QTreeWidget *m_table;
    QLabel *m_status;
    QPushButton *m_sendButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;

    QList<RawRequest> m_requests;
    QString m_errorText;
    bool m_running = false;
    bool m_cancelled = false;
    int m_next = 0;
    IpmiTarget m_target;
};

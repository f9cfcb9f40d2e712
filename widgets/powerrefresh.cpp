// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerrefresh.h"

#include <QDir>
#include <QFileInfo>

#include "chassismodel.h"
#include "common/secretfile.h"
#include "ipmi/bulkrunner.h"
#include "ipmi/ipmibackend.h"

PowerRefresh::PowerRefresh(
    ChassisModel *model, std::shared_ptr<IpmiBackend> backend, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_runner(new BulkRunner(std::move(backend), this))
{
    connect(m_runner, &BulkRunner::resultReady, this, &PowerRefresh::onResult);
    connect(
        m_runner, &BulkRunner::finished, this, [this] { Q_EMIT finished(m_answered, m_failed); });
}

PowerRefresh::~PowerRefresh() = default;

QString PowerRefresh::configBesideInventory(const QString &inventoryPath)
{
    return QFileInfo(inventoryPath).dir().filePath(QStringLiteral("freeipmi.conf"));
}

std::optional<QByteArray> PowerRefresh::passwordFromFreeIpmiConfig(
    const QString &configFile, const QString &user, QString *why)
{
    auto fail = [why](const QString &message) -> std::optional<QByteArray> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    const QString name = QDir::toNativeSeparators(configFile);
    // A password others can read is no secret (as dxctl --password-file).
    const SecretFileRead secret = SecretFile::read(configFile);
    switch (secret.status) {
    case SecretFileRead::Status::Missing:
        return fail(tr("%1: no such file").arg(name));
    case SecretFileRead::Status::OthersCanAccess:
        return fail(tr("%1: other users can read or change it; allow only its owner (chmod 600)")
                        .arg(name));
    case SecretFileRead::Status::Unreadable:
        return fail(tr("%1: %2").arg(name, secret.error));
    case SecretFileRead::Status::Ok:
        break;
    }
    QString fileUser;
    std::optional<QByteArray> password;
    for (QByteArray line : secret.content.split('\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        qsizetype space = line.indexOf(' ');
        const qsizetype tab = line.indexOf('\t');
        if (tab >= 0 && (space < 0 || tab < space))
            space = tab;
        const QByteArray key = (space < 0 ? line : line.left(space)).toLower();
        const QByteArray value = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
        if (key == "username")
            fileUser = QString::fromUtf8(value);
        else if (key == "password")
            password = value;
    }
    if (!password)
        return fail(tr("%1: no password line").arg(name));
    if (!fileUser.isEmpty() && fileUser != user)
        return fail(tr("%1: the password is for user \"%2\", the inventory uses \"%3\"")
                        .arg(name, fileUser, user));
    return password;
}

bool PowerRefresh::isRunning() const
{
    return m_runner->isRunning();
}

bool PowerRefresh::start(const QByteArray &password)
{
    if (m_runner->isRunning() || !m_model->hasEnclosure())
        return false;
    const Enclosure &enclosure = m_model->enclosure();
    QList<IpmiTarget> targets;
    m_slots.clear();
    for (const SlotInfo &slot : enclosure.moduleSlots) {
        if (!slot.bmc)
            continue;
        targets << IpmiTarget {QStringLiteral("%1:s%2").arg(enclosure.name).arg(slot.slot),
            *slot.bmc, enclosure.ipmiFor(slot), password};
        m_slots << slot.slot;
    }
    if (targets.isEmpty())
        return false;
    m_answered = 0;
    m_failed = 0;
    for (int slot : std::as_const(m_slots))
        m_model->setBusy(slot, true);
    return m_runner->start(targets, BulkOperation::powerStatus());
}

void PowerRefresh::onResult(const BulkResult &result)
{
    if (result.index < 0 || result.index >= m_slots.size())
        return;
    const int slot = m_slots.at(result.index);
    const bool known = result.ok && result.power != PowerState::Unknown;
    m_model->setBusy(slot, false);
    m_model->setPowerState(slot, known ? result.power : PowerState::Unknown);
    // A slot that did not answer shows its error, not an unknown state.
    m_model->setLastResult(slot,
        known ? QString()
              : (result.ok ? tr("the BMC did not report a power state") : result.error.message));
    ++(known ? m_answered : m_failed);
}

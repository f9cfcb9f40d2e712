// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class BulkRunner;
class ChassisModel;
class IpmiBackend;
struct BulkResult;

/// One refresh of the power state of every slot of the enclosure a ChassisModel
/// shows, through FreeIPMI (a BulkRunner, off the GUI thread), without asking
/// anyone: for `dxchassis --screenshot`, which must not prompt. Every slot with a
/// BMC is busy until its answer; then it shows on, off, or, when its BMC did not
/// answer, an error (never a stale "unknown").
///
/// The password comes only from where it already is without a prompt: a FreeIPMI
/// configuration file (`username` / `password` lines, as `--config-file` takes)
/// named freeipmi.conf next to the inventory, readable by its owner only (the
/// lab writes one). Never from the command line.
class PowerRefresh : public QObject
{
    Q_OBJECT

public:
    PowerRefresh(
        ChassisModel *model, std::shared_ptr<IpmiBackend> backend, QObject *parent = nullptr);
    ~PowerRefresh() override;

    /// The password of @p user from @p configFile (FreeIPMI format). nullopt with
    /// @p why set when the file is missing, readable by others, or names another user.
    static std::optional<QByteArray> passwordFromFreeIpmiConfig(
        const QString &configFile, const QString &user, QString *why);
    /// freeipmi.conf in the folder of @p inventoryPath.
    static QString configBesideInventory(const QString &inventoryPath);

    /// Starts the refresh; false (nothing started) when no slot has a BMC or one is running.
    bool start(const QByteArray &password);
    bool isRunning() const;

Q_SIGNALS:
    /// Every slot answered or failed: @p answered knew their state, @p failed did not.
    void finished(int answered, int failed);

private:
    void onResult(const BulkResult &result);

    ChassisModel *m_model;
    BulkRunner *m_runner;
    QList<int> m_slots; ///< target index → slot
    int m_answered = 0;
    int m_failed = 0;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

#include "chassis/inventory.h"

/// Sorts and filters slots of a ChassisModel or RackModel: free text (host name,
/// addresses, MACs, module; any column), a module type, and "only slots with
/// warnings". Slot numbers sort as numbers. On a RackModel an enclosure stays
/// while any of its slots passes.
class SlotFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SlotFilterProxyModel(QObject *parent = nullptr);

    void setModuleFilter(std::optional<ModuleType> type);
    std::optional<ModuleType> moduleFilter() const { return m_module; }
    void setWarningsOnly(bool only);
    bool warningsOnly() const { return m_warningsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<ModuleType> m_module;
    bool m_warningsOnly = false;
};

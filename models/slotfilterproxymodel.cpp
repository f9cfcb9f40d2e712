// SPDX-License-Identifier: GPL-3.0-or-later
#include "slotfilterproxymodel.h"

#include "chassismodel.h"

SlotFilterProxyModel::SlotFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true);
}

void SlotFilterProxyModel::setModuleFilter(std::optional<ModuleType> type)
{
    if (m_module == type)
        return;
    m_module = type;
    invalidateRowsFilter();
}

void SlotFilterProxyModel::setWarningsOnly(bool only)
{
    if (m_warningsOnly == only)
        return;
    m_warningsOnly = only;
    invalidateRowsFilter();
}

bool SlotFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QVariant slot = index.data(ChassisModel::SlotRole);
    if (!slot.isValid()) // an enclosure row: kept when a child passes (recursive filtering)
        return filterRegularExpression().pattern().isEmpty() && !m_module && !m_warningsOnly;
    if (m_module && index.data(ChassisModel::ModuleTypeRole).value<ModuleType>() != *m_module)
        return false;
    if (m_warningsOnly && index.data(ChassisModel::WarningsRole).toStringList().isEmpty())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool SlotFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == 0) {
        const QVariant a = left.data(ChassisModel::SlotRole);
        const QVariant b = right.data(ChassisModel::SlotRole);
        if (a.isValid() && b.isValid())
            return a.toInt() < b.toInt();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

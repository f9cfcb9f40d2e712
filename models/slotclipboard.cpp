// SPDX-License-Identifier: GPL-3.0-or-later
#include "slotclipboard.h"

#include <QAbstractItemModel>
#include <QStringList>

#include "chassis/macaddress.h"
#include "chassismodel.h"
#include "logmodel.h"

namespace SlotClipboard {

QString csv(const QAbstractItemModel &model, const QList<int> &rows, const QModelIndex &parent)
{
    const QString lineEnd = QStringLiteral("\r\n");
    const int columns = model.columnCount(parent);
    QStringList fields;
    for (int column = 0; column < columns; ++column)
        fields << LogModel::csvField(model.headerData(column, Qt::Horizontal).toString());
    QString text = fields.join(QLatin1Char(',')) + lineEnd;
    for (int row : rows) {
        if (row < 0 || row >= model.rowCount(parent))
            continue;
        fields.clear();
        for (int column = 0; column < columns; ++column)
            fields << LogModel::csvField(model.index(row, column, parent).data().toString());
        text += fields.join(QLatin1Char(',')) + lineEnd;
    }
    return text;
}

QString macs(const QAbstractItemModel &model, const QList<int> &rows, const QModelIndex &parent)
{
    QStringList lines;
    for (int row : rows) {
        if (row < 0 || row >= model.rowCount(parent))
            continue;
        const QModelIndex index = model.index(row, 0, parent);
        QStringList macsOfRow;
        bool any = false;
        for (int role :
            {ChassisModel::BmcMacRole, ChassisModel::Nic1MacRole, ChassisModel::Nic2MacRole}) {
            const QVariant value = index.data(role);
            if (value.canConvert<MacAddress>() && !value.value<MacAddress>().isNull()) {
                macsOfRow << value.value<MacAddress>().toString();
                any = true;
            } else {
                macsOfRow << QStringLiteral("-");
            }
        }
        if (any)
            lines << macsOfRow.join(QLatin1Char(' '));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace SlotClipboard

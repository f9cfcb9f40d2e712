// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QModelIndex>
#include <QString>

class QAbstractItemModel;

/// What the slot views put on the clipboard. Plain text from a slot model
/// (ChassisModel or a proxy of it), in the rows' order as given.
namespace SlotClipboard {

/// The rows as CSV (RFC 4180): a header row from the model's horizontal headers,
/// then one record per row with every column's display text; fields holding a
/// comma, quote, CR or LF are quoted (quotes doubled); records end in CRLF.
QString csv(const QAbstractItemModel &model, const QList<int> &rows,
    const QModelIndex &parent = QModelIndex());

/// One line per row: its BMC, NIC1 and NIC2 MACs (ChassisModel's MAC roles),
/// space-separated, "-" for one that is unknown; rows without any MAC are left out.
QString macs(const QAbstractItemModel &model, const QList<int> &rows,
    const QModelIndex &parent = QModelIndex());

} // namespace SlotClipboard

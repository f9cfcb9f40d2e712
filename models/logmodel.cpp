// SPDX-License-Identifier: GPL-3.0-or-later
#include "logmodel.h"

#include <algorithm>
#include <numeric>

#include <QColor>
#include <QLocale>
#include <QStringList>

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

LogModel::~LogModel() = default;

void LogModel::append(const Entry &entry)
{
    // Drop first, so the model never holds more than the cap, even transiently.
    if (m_entries.size() >= m_maxEntries)
        dropOldest(int(m_entries.size()) - m_maxEntries + 1);

    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    if (!m_entries.last().time.isValid())
        m_entries.last().time = QDateTime::currentDateTime();
    endInsertRows();
}

void LogModel::append(
    const QString &target, const QString &action, Result result, const QString &message)
{
    append(Entry {QDateTime::currentDateTime(), target, action, result, message});
}

void LogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void LogModel::setMaxEntries(int maxEntries)
{
    m_maxEntries = std::max(1, maxEntries);
    if (m_entries.size() > m_maxEntries)
        dropOldest(int(m_entries.size()) - m_maxEntries);
}

QByteArray LogModel::toCsv() const
{
    QList<int> rows(m_entries.size());
    std::iota(rows.begin(), rows.end(), 0);
    return toCsv(rows);
}

QByteArray LogModel::toCsv(const QList<int> &rows) const
{
    QString text = QStringLiteral("\uFEFFtime,target,action,result,message\r\n");
    for (int row : rows) {
        if (row >= 0 && row < m_entries.size())
            text += csvLine(m_entries.at(row));
    }
    return text.toUtf8();
}

QString LogModel::csvField(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString LogModel::resultText(Result result)
{
    switch (result) {
    case Result::Ok:
        return tr("OK");
    case Result::Failed:
        return tr("Failed");
    case Result::Info:
        break;
    }
    return tr("Info");
}

QString LogModel::resultId(Result result)
{
    switch (result) {
    case Result::Ok:
        return QStringLiteral("ok");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::Info:
        break;
    }
    return QStringLiteral("info");
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this
        || !hasIndex(index.row(), index.column(), index.parent()))
        return {};

    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Columns>(index.column())) {
        case TimeColumn:
            return QLocale().toString(entry.time.time(), QStringLiteral("HH:mm:ss"));
        case TargetColumn:
            return entry.target;
        case ActionColumn:
            return entry.action;
        case ResultColumn:
            return resultText(entry.result);
        case MessageColumn:
            return entry.message;
        case NUM_COLUMNS:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(entry.time, QLocale::LongFormat);
        if (index.column() == MessageColumn)
            return entry.message;
        return {};
    case Qt::ForegroundRole:
        if (entry.result == Result::Failed)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case TimeRole:
        return entry.time;
    case TargetRole:
        return entry.target;
    case ActionRole:
        return entry.action;
    case ResultRole:
        return QVariant::fromValue(entry.result);
    case MessageRole:
        return entry.message;
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole || section < 0 || section >= NUM_COLUMNS)
        return {};

    switch (static_cast<Columns>(section)) {
    case TimeColumn:
        return tr("Time");
    case TargetColumn:
        return tr("Target");
    case ActionColumn:
        return tr("Action");
    case ResultColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Message");
    case NUM_COLUMNS:
        break;
    }
    return {};
}

void LogModel::dropOldest(int count)
{
    count = std::min(count, int(m_entries.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_entries.remove(0, count);
    endRemoveRows();
}

QString LogModel::csvLine(const Entry &entry)
{
    const QStringList fields {
        // With the UTC offset, so logs from operators in different zones line up.
        entry.time.toOffsetFromUtc(entry.time.offsetFromUtc()).toString(Qt::ISODateWithMs),
        csvField(entry.target),
        csvField(entry.action),
        resultId(entry.result),
        csvField(entry.message),
    };
    return fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

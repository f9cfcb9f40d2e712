// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

/// The operations log: what was done to which target, when, and how it ended.
///
/// Append-only with a cap: past maxEntries() the oldest entries are dropped, so a
/// long session with bulk operations on hundreds of slots stays bounded.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        TimeColumn,
        TargetColumn,
        ActionColumn,
        ResultColumn,
        MessageColumn,
        NUM_COLUMNS
    };
    Q_ENUM(Columns)

    enum Roles {
        TimeRole = Qt::UserRole, ///< QDateTime
        TargetRole, ///< QString, e.g. "dx1000s23" or "slot 23"
        ActionRole, ///< QString, e.g. "Power on"
        ResultRole, ///< LogModel::Result
        MessageRole ///< QString
    };
    Q_ENUM(Roles)

    enum class Result { Ok, Failed, Info };
    Q_ENUM(Result)

    struct Entry
    {
        QDateTime time;
        QString target;
        QString action;
        Result result = Result::Info;
        QString message;
    };

    static constexpr int DefaultMaxEntries = 50000;

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    /// Appends @p entry (its time set to now if null), dropping the oldest
    /// entries beyond the cap.
    void append(const Entry &entry);
    void append(
        const QString &target, const QString &action, Result result, const QString &message);
    void clear();

    int maxEntries() const { return m_maxEntries; }
    /// Sets the cap (at least 1), dropping the oldest entries beyond it at once.
    void setMaxEntries(int maxEntries);

    int count() const { return int(m_entries.size()); }
    const Entry &entry(int row) const { return m_entries.at(row); }

    /// All entries as CSV: UTF-8 with a byte order mark (so spreadsheet programs
    /// detect the encoding), CRLF line ends, fields quoted as RFC 4180 says, a
    /// fixed English header, ISO 8601 times and the result as ok/failed/info.
    QByteArray toCsv() const;
    /// The entries at @p rows only, in that order (e.g. what a filter shows).
    QByteArray toCsv(const QList<int> &rows) const;
    /// One CSV field, quoted when it holds a comma, a quote, a line break, or
    /// leading or trailing blanks.
    static QString csvField(const QString &text);

    static QString resultText(Result result);
    static QString resultId(Result result); ///< "ok", "failed", "info"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void dropOldest(int count);
    static QString csvLine(const Entry &entry);

    QList<Entry> m_entries;
    int m_maxEntries = DefaultMaxEntries;
};

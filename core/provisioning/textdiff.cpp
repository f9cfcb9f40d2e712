// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiff.h"

#include <QList>
#include <QStringList>

#include <vector>

QString TextDiff::unified(const QString &oldText, const QString &newText, int context)
{
    if (oldText == newText)
        return {};
    // Lines without the empty element after a final newline.
    auto linesOf = [](const QString &text) {
        QStringList lines = text.isEmpty() ? QStringList() : text.split(u'\n');
        if (text.endsWith(u'\n'))
            lines.removeLast();
        return lines;
    };
    const QStringList a = linesOf(oldText);
    const QStringList b = linesOf(newText);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Longest common subsequence table; configuration files are small.
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a.at(i) == b.at(j)
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    }
    struct Line
    {
        QChar tag;
        QString text;
    };
    QList<Line> lines;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            lines.append({u' ', a.at(i)});
            ++i;
            ++j;
        } else if (i < n
            && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            // Removals before additions, as diff(1) shows them.
            lines.append({u'-', a.at(i++)});
        } else {
            lines.append({u'+', b.at(j++)});
        }
    }
    // Keep changes and their context only.
    QList<bool> keep(lines.size(), false);
    for (qsizetype k = 0; k < lines.size(); ++k) {
        if (lines.at(k).tag == u' ')
            continue;
        for (qsizetype c = std::max<qsizetype>(0, k - context);
             c <= std::min<qsizetype>(lines.size() - 1, k + context); ++c)
            keep[c] = true;
    }
    QString out;
    bool skipped = false;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        if (!keep.at(k)) {
            skipped = true;
            continue;
        }
        if (skipped || (k > 0 && out.isEmpty()))
            out += QStringLiteral("@@ ... @@\n");
        skipped = false;
        out += lines.at(k).tag + lines.at(k).text + u'\n';
    }
    return out;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "pxewriter.h"

#include "pxegenerator.h"
#include "pxeplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace {
// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PxeWriter)
};
} // namespace

QStringList PxeWriteReport::lines() const
{
    QStringList out;
    for (const PxeProblem &p : problems)
        out << p.toString();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const SafeWriteResult &r = results.at(i);
        const QString title = PxeOutputs::title(written.at(i).output);
        const QString path = QDir::toNativeSeparators(r.path);
        if (!r.ok)
            out << Tr::tr("%1: FAILED: %2").arg(title, r.error);
        else if (r.unchanged)
            out << Tr::tr("%1: %2 (unchanged)").arg(title, path);
        else if (!r.backupPath.isEmpty())
            out << Tr::tr("%1: %2 (previous file kept as %3)")
                       .arg(title, path, QDir::toNativeSeparators(r.backupPath));
        else
            out << Tr::tr("%1: %2 (new)").arg(title, path);
    }
    return out;
}

QList<PxeTarget> PxeWriter::treeTargets(
    const PxePlan &plan, const QList<PxeOutput> &outputs, const QString &folder)
{
    QList<PxeTarget> targets;
    const QDir dir(folder);
    for (PxeOutput o : outputs)
        targets.append({o, dir.filePath(PxeOutputs::treePath(o, plan))});
    return targets;
}

PxeWriteReport PxeWriter::write(const PxePlan &plan, const QList<PxeTarget> &targets)
{
    PxeWriteReport report;
    report.problems = PxePlanValidator::validate(plan);
    QSet<QString> paths;
    for (const PxeTarget &t : targets) {
        const QString absolute = QFileInfo(t.path).absoluteFilePath();
        if (t.path.isEmpty())
            report.problems.append({PxeOutputs::id(t.output), Tr::tr("no file name given")});
        else if (paths.contains(absolute))
            report.problems.append({PxeOutputs::id(t.output),
                Tr::tr("%1 is also the target of another file").arg(t.path)});
        paths.insert(absolute);
    }
    if (!report.problems.isEmpty())
        return report;

    // Everything is generated before the first byte is written.
    QList<QByteArray> contents;
    for (const PxeTarget &t : targets)
        contents.append(PxeGenerator::generate(t.output, plan).toUtf8());

    for (qsizetype i = 0; i < targets.size(); ++i) {
        const SafeWriteResult r = SafeWriter::write(targets.at(i).path, contents.at(i));
        report.written.append(targets.at(i));
        report.results.append(r);
        if (!r.ok) {
            report.error = r.error;
            break;
        }
    }
    return report;
}

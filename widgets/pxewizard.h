// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QWizard>

#include <functional>
#include <optional>

#include "chassis/inventory.h"
#include "provisioning/pxeplan.h"
#include "provisioning/pxewriter.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSettings;
class QSpinBox;
class QTableWidget;
class PxeWizardPage;

/// The PXE wizard: Network → Hosts → Boot → Review → Write → Summary.
///
/// It edits a PxePlan built from the inventory (hosts allocated from the start
/// addresses; derived MACs marked; every edit validated inline by
/// PxePlanValidator, so Next stays disabled while the page's fields have
/// problems), previews every output with a diff against the file on disk, and on
/// the Write page hands the plan and the chosen targets to the writer
/// (PxeWriter::write unless replaced). accept() writes nothing; it only remembers
/// the answers in the QSettings given.
class PxeWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { NetworkPage, HostsPage, BootPage, ReviewPage, WritePage, SummaryPage };
    using Writer = std::function<PxeWriteReport(const PxePlan &, const QList<PxeTarget> &)>;

    /// @p settings keeps the previous answers (nullptr: nothing is remembered).
    PxeWizard(const Inventory &inventory, QSettings *settings, QWidget *parent = nullptr);

    PxePlan plan() const { return m_plan; }
    /// Where the checked outputs go, as chosen on the Write page.
    QList<PxeTarget> targets() const;
    /// What the writer did; empty until the Write page has run.
    std::optional<PxeWriteReport> report() const { return m_report; }
    void setWriter(Writer writer) { m_writer = std::move(writer); }

    void accept() override;

private:
    struct Binding
    {
        QString field;
        QWidget *widget;
        PxeWizardPage *page;
    };

    PxeWizardPage *createNetworkPage();
    PxeWizardPage *createHostsPage();
    PxeWizardPage *createBootPage();
    PxeWizardPage *createReviewPage();
    PxeWizardPage *createWritePage();
    PxeWizardPage *createSummaryPage();

    QLineEdit *addLine(PxeWizardPage *page, const QString &field);
    QSpinBox *addSpin(PxeWizardPage *page, const QString &field, int maximum);
    QCheckBox *addCheck(PxeWizardPage *page, const QString &field, const QString &text);

    void fillForm();
    void readForm();
    void reallocate();
    void fillHostTable();
    void hostEdited(int row, int column);
    void revalidate();
    bool pageHasProblems(PxeWizardPage *page) const;
    void updatePreview();
    void fillTargetTable();
    QString targetPath(PxeOutput output) const;
    QList<PxeOutput> checkedOutputs() const;
    bool write();
    void restoreSettings();
    void saveSettings() const;

    Inventory m_inventory;
    PxePlan m_plan;
    QSettings *m_settings;
    Writer m_writer;
    std::optional<PxeWriteReport> m_report;
    QList<PxeProblem> m_problems;
    QStringList m_notes;
    bool m_filling = false;

    QList<Binding> m_bindings;
    QHash<PxeWizardPage *, QLabel *> m_problemLabels;
    PxeWizardPage *m_networkPage = nullptr;
    PxeWizardPage *m_hostsPage = nullptr;
    PxeWizardPage *m_bootPage = nullptr;

    QComboBox *m_nicsCombo = nullptr;
    QComboBox *m_enclosureCombo = nullptr;
    QTableWidget *m_hostTable = nullptr;
    QLabel *m_notesLabel = nullptr;
    QListWidget *m_outputList = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QLabel *m_reviewState = nullptr;
    QRadioButton *m_treeMode = nullptr;
    QRadioButton *m_perFileMode = nullptr;
    QLineEdit *m_folder = nullptr;
    QTableWidget *m_targetTable = nullptr;
    QMap<PxeOutput, QString> m_perFilePaths;
    QLabel *m_writeError = nullptr;
    QPlainTextEdit *m_summary = nullptr;
};

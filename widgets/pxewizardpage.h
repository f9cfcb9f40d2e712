// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <functional>

/// A QWizardPage whose completeness, validation and initialisation are given
/// as functions, so PxeWizard keeps its pages' logic next to its plan.
class PxeWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PxeWizardPage(QWidget *parent = nullptr);

    void setCompleteCheck(std::function<bool()> check) { m_complete = std::move(check); }
    void setValidator(std::function<bool()> validate) { m_validate = std::move(validate); }
    void setInitializer(std::function<void()> initialize) { m_initialize = std::move(initialize); }
    /// Re-evaluates completeness (the Next button) after an edit.
    void recheck() { Q_EMIT completeChanged(); }

    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;

private:
    std::function<bool()> m_complete;
    std::function<bool()> m_validate;
    std::function<void()> m_initialize;
};

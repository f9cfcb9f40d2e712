// SPDX-License-Identifier: GPL-3.0-or-later
#include "pxewizardpage.h"

PxeWizardPage::PxeWizardPage(QWidget *parent)
    : QWizardPage(parent)
{ }

bool PxeWizardPage::isComplete() const
{
    return m_complete ? m_complete() : QWizardPage::isComplete();
}

bool PxeWizardPage::validatePage()
{
    return m_validate ? m_validate() : true;
}

void PxeWizardPage::initializePage()
{
    if (m_initialize)
        m_initialize();
}

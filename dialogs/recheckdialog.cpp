#include "dialogs/recheckdialog.h"

#include "models/repositories/nonconformityrepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

RecheckDialog::RecheckDialog(NonConformityRepository &repository, const Session &actor, const NonConformity &finding,
                             QWidget *parent)
    : FormDialog(parent), m_repository(repository), m_actor(actor), m_finding(finding),
      m_passed(new QRadioButton(tr("Rectified: &close it"), this)),
      m_sendBack(new QRadioButton(tr("Not rectified: &send it back"), this)), m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Recheck"));
    m_passed->setObjectName(QStringLiteral("recheckPassed"));
    m_sendBack->setObjectName(QStringLiteral("recheckSendBack"));
    m_note->setObjectName(QStringLiteral("recheckNote"));
    m_note->setTabChangesFocus(true);
    m_passed->setChecked(true);
    auto *form = new QFormLayout;
    auto *problem = new QLabel(tr("#%1 %2").arg(finding.id).arg(finding.description.toHtmlEscaped()), this);
    problem->setWordWrap(true);
    form->addRow(tr("Problem:"), problem);
    form->addRow(tr("Target standard:"), new QLabel(finding.plan.targetStandard.toHtmlEscaped(), this));
    form->addRow(tr("Responsible:"), new QLabel(finding.plan.responsibleName.toHtmlEscaped(), this));
    form->addRow(tr("Verdict:"), m_passed);
    form->addRow(QString(), m_sendBack);
    form->addRow(tr("&Evaluation:"), m_note);
    formLayout()->addLayout(form);
    registerField(m_note, {QStringLiteral("Verdict"), tr("Verdict")});
    finishLayout();
}

void RecheckDialog::accept()
{
    if (Status s = m_repository.recheck(m_actor, m_finding.id, m_finding.rowVersion, m_passed->isChecked(),
                                        m_note->toPlainText());
        !s) {
        showFieldError(s.error());
        return;
    }
    FormDialog::accept();
}

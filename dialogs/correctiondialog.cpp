#include "dialogs/correctiondialog.h"

#include "models/repositories/inspectionrunrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

CorrectionDialog::CorrectionDialog(InspectionRunRepository &runs, const Session &actor, qint64 runId,
                                   const RunResult &item, QWidget *parent)
    : FormDialog(parent), m_runs(runs), m_actor(actor), m_runId(runId), m_item(item), m_verdict(new QComboBox(this)),
      m_note(new QLineEdit(this)), m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Correct item %1").arg(item.position));
    m_verdict->setObjectName(QStringLiteral("correctionVerdict"));
    m_note->setObjectName(QStringLiteral("correctionNote"));
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setTabChangesFocus(true);
    for (Verdict v : {Verdict::Pass, Verdict::Fail, Verdict::NotApplicable})
        m_verdict->addItem(InspectionCodes::displayName(v), int(v));
    m_verdict->setCurrentIndex(qMax(0, m_verdict->findData(int(item.verdict))));
    m_note->setText(item.note);
    auto *text = new QLabel(item.itemText.toHtmlEscaped(), this);
    text->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Item:"), text);
    form->addRow(tr("Recorded:"), new QLabel(InspectionCodes::displayName(item.verdict), this));
    form->addRow(tr("&Correct result:"), m_verdict);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Reason:"), m_reason);
    formLayout()->addLayout(form);
    registerField(m_reason, {QStringLiteral("Reason"), tr("Reason")});
    registerField(m_verdict, {QStringLiteral("Verdict"), tr("Verdict")});
    finishLayout();
}

void CorrectionDialog::accept()
{
    const auto verdict = static_cast<Verdict>(m_verdict->currentData().toInt());
    if (Status s = m_runs.correct(m_actor, m_runId, m_item.itemId, verdict, m_note->text(), m_reason->toPlainText()); !s) {
        showFieldError(s.error());
        return;
    }
    FormDialog::accept();
}

#include "dialogs/extensiondialog.h"

#include "dialogs/instantedit.h"
#include "models/database/clock.h"
#include "models/repositories/requestrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

ExtensionDialog::ExtensionDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                                 const QTimeZone &zone, const Clock &clock, QWidget *parent)
    : RequestStepDialog(requests, actor, request, zone, clock, parent), m_deadline(new QComboBox(this)),
      m_newDeadline(new InstantEdit(zone, this)), m_reason(new QPlainTextEdit(this)), m_approver(new QLineEdit(this))
{
    setWindowTitle(tr("Extend a deadline: %1").arg(request.number));
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_newDeadline->setObjectName(QStringLiteral("newDeadline"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_approver->setObjectName(QStringLiteral("approver"));
    if (request.arrivalDeadline.isValid() && !request.arrivedAt.isValid())
        m_deadline->addItem(RequestCodes::displayName(DeadlineKind::Arrival), int(DeadlineKind::Arrival));
    if (request.completionDeadline.isValid())
        m_deadline->addItem(RequestCodes::displayName(DeadlineKind::Completion), int(DeadlineKind::Completion));
    m_reason->setMaximumHeight(80);
    m_approver->setText(actor.displayName.isEmpty() ? actor.username : actor.displayName);

    form()->addRow(tr("&Deadline:"), m_deadline);
    form()->addRow(tr("&New deadline:"), m_newDeadline);
    form()->addRow(tr("&Reason:"), m_reason);
    form()->addRow(tr("&Approved by:"), m_approver);
    finishLayout();
    registerField(m_reason, {tr("Reason")});
    registerField(m_newDeadline, {tr("New deadline")});
    registerField(m_deadline, {tr("Deadline")});
    connect(m_deadline, &QComboBox::currentIndexChanged, this, &ExtensionDialog::deadlineChosen);
    deadlineChosen();
    m_reason->setFocus(Qt::OtherFocusReason);
}

void ExtensionDialog::deadlineChosen()
{
    const auto kind = DeadlineKind(m_deadline->currentData().toInt());
    const QDateTime present = kind == DeadlineKind::Arrival ? m_request.arrivalDeadline : m_request.completionDeadline;
    const QDateTime base = present.isValid() && present > m_clock.now() ? present : m_clock.now();
    m_newDeadline->setInstant(base.addSecs(24 * 3600));
}

void ExtensionDialog::accept()
{
    if (m_deadline->count() == 0) {
        showError(tr("Deadline: this request has no deadline left to extend."), m_deadline);
        return;
    }
    ExtensionInput in;
    in.deadline = DeadlineKind(m_deadline->currentData().toInt());
    in.newDeadline = m_newDeadline->instant();
    in.reason = m_reason->toPlainText().trimmed();
    in.approverName = m_approver->text().trimmed();
    if (!run(m_requests.extend(m_actor, m_request.id, m_request.rowVersion, in)))
        return;
    FormDialog::accept();
}

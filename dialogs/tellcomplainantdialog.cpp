#include "dialogs/tellcomplainantdialog.h"

#include "dialogs/instantedit.h"
#include "models/database/clock.h"
#include "models/repositories/requestrepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

TellComplainantDialog::TellComplainantDialog(RequestRepository &requests, const Session &actor,
                                             const ServiceRequest &request, const QTimeZone &zone, const Clock &clock,
                                             QWidget *parent)
    : RequestStepDialog(requests, actor, request, zone, clock, parent), m_settleBy(new InstantEdit(zone, this)),
      m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Tell the complainant: %1").arg(request.number));
    m_settleBy->setObjectName(QStringLiteral("settleBy"));
    m_note->setObjectName(QStringLiteral("tellNote"));
    m_note->setMaximumHeight(80);
    m_note->setPlaceholderText(tr("How they were told and what was said (by phone, in person ...)"));
    // The promise starts at the one already made, else at the complaint's own deadline, when
    // that is still ahead.
    const QDateTime now = clock.now();
    const QDateTime due = request.settlePromisedAt.isValid()    ? request.settlePromisedAt
                          : request.completionDeadline.isValid() ? request.completionDeadline
                                                                 : request.arrivalDeadline;
    m_settleBy->setInstant(due.isValid() && due > now ? due : now.addSecs(24 * 3600));
    auto *rule = new QLabel(tr("A complaint not settled the same day: tell the complainant, that day, when it will be "
                               "settled."),
                            this);
    rule->setWordWrap(true);
    form()->addRow(rule);
    form()->addRow(tr("&Settled by:"), m_settleBy);
    form()->addRow(tr("&What was said:"), m_note);
    finishLayout();
    registerField(m_settleBy, {tr("Settled by")});
    m_settleBy->setFocus(Qt::OtherFocusReason);
}

void TellComplainantDialog::accept()
{
    if (!run(m_requests.tellComplainant(m_actor, m_request.id, m_request.rowVersion, m_settleBy->instant(),
                                        m_note->toPlainText())))
        return;
    FormDialog::accept();
}

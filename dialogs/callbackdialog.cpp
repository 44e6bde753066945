#include "dialogs/callbackdialog.h"

#include "dialogs/instantedit.h"
#include "models/domain/requestworkflow.h"
#include "models/repositories/requestrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

CallbackDialog::CallbackDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                               const QTimeZone &zone, const Clock &clock, QWidget *parent)
    : RequestStepDialog(requests, actor, request, zone, clock, parent), m_solved(new QComboBox(this)),
      m_attitude(new QComboBox(this)), m_charged(new QComboBox(this)), m_score(new QSpinBox(this)),
      m_suggestions(new QPlainTextEdit(this)), m_close(new QCheckBox(tr("Close the request when it is solved"), this))
{
    setWindowTitle(tr("Callback: %1").arg(request.number));
    m_solved->setObjectName(QStringLiteral("solved"));
    m_attitude->setObjectName(QStringLiteral("attitude"));
    m_charged->setObjectName(QStringLiteral("charged"));
    m_score->setObjectName(QStringLiteral("score"));
    m_suggestions->setObjectName(QStringLiteral("suggestions"));
    m_close->setObjectName(QStringLiteral("closeWhenSolved"));

    m_solved->addItem(tr("Yes (是)"), true);
    m_solved->addItem(tr("No (否): the request goes back to work"), false);
    for (Attitude a : {Attitude::Satisfied, Attitude::Basic, Attitude::Unsatisfied})
        m_attitude->addItem(RequestCodes::displayName(a), int(a));
    m_charged->addItem(tr("(not asked)"), QVariant());
    m_charged->addItem(tr("Yes (是)"), true);
    m_charged->addItem(tr("No (否)"), false);
    m_score->setRange(0, 10);
    m_score->setSpecialValueText(tr("(no score)"));
    m_score->setValue(0);
    m_suggestions->setMaximumHeight(70);
    m_close->setChecked(true);
    // Closing after the callback is refused for what the callback cannot change (a signature
    // still pending): say so here instead of failing after the callback is on file.
    ServiceRequest calledBack = m_request;
    calledBack.state = RequestState::CalledBack;
    if (const StepVerdict closing = RequestWorkflow::checkRequest(RequestStep::Close, calledBack, actor);
        !closing && !m_request.signatureConfirmed && m_request.deskRules) {
        m_close->setChecked(false);
        m_close->setEnabled(false);
        m_closable = false;
        m_close->setText(tr("Not closed now: %1").arg(closing.reason));
    }

    addTimeRow(tr("&Called at:"));
    form()->addRow(tr("Problem &solved?"), m_solved);
    form()->addRow(request.kind == RequestKind::Repair ? tr("Technician's &attitude:") : tr("Staff's &attitude:"),
                   m_attitude);
    form()->addRow(tr("Were you c&harged?"), m_charged);
    form()->addRow(tr("Sc&ore (1–10):"), m_score);
    form()->addRow(tr("S&uggestions:"), m_suggestions);
    form()->addRow(QString(), m_close);
    finishLayout();
    registerField(m_score, {tr("Score")});
    registerField(m_suggestions, {tr("Suggestions")});
    connect(m_solved, &QComboBox::currentIndexChanged, this,
            [this] { m_close->setEnabled(m_solved->currentData().toBool() && m_closable); });
}

void CallbackDialog::accept()
{
    CallbackInput in;
    in.at = timeEdit()->instant();
    in.solved = m_solved->currentData().toBool();
    in.attitude = Attitude(m_attitude->currentData().toInt());
    if (m_charged->currentData().isValid())
        in.charged = m_charged->currentData().toBool();
    if (m_score->value() > 0)
        in.score = m_score->value();
    in.suggestions = m_suggestions->toPlainText();
    if (!run(m_requests.recordCallback(m_actor, m_request.id, m_request.rowVersion, in)))
        return;
    if (in.solved && m_close->isChecked()) {
        const auto now = m_requests.request(m_actor, m_request.id);
        if (now) {
            const Status closedNow = m_requests.close(m_actor, m_request.id, now->rowVersion);
            m_closed = closedNow.ok();
            if (!closedNow) {
                // The callback is on file; only the closing failed. Say so and let the clerk close later.
                showError(tr("The callback is recorded, but the request was not closed: %1").arg(closedNow.error()));
                FormDialog::accept();
                return;
            }
        }
    }
    FormDialog::accept();
}

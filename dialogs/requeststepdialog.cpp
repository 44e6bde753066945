#include "dialogs/requeststepdialog.h"

#include "dialogs/instantedit.h"
#include "models/database/clock.h"
#include "models/repositories/requestrepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

RequestStepDialog::RequestStepDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                                     const QTimeZone &zone, const Clock &clock, QWidget *parent)
    : FormDialog(parent), m_requests(requests), m_actor(actor), m_request(request), m_zone(zone), m_clock(clock),
      m_form(new QFormLayout)
{
    m_heading = new QLabel(headingText(request), this);
    m_heading->setObjectName(QStringLiteral("requestHeading"));
    m_heading->setWordWrap(true);
    formLayout()->addWidget(m_heading);
    formLayout()->addLayout(m_form);
    setMinimumWidth(460);
}

InstantEdit *RequestStepDialog::addTimeRow(const QString &label)
{
    m_at = new InstantEdit(m_zone, this);
    m_at->setObjectName(QStringLiteral("at"));
    m_at->setInstant(m_clock.now());
    // The time stays "now" while the dialog is open, until the user sets it.
    m_at->setProperty("followsClock", true);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_movingWithClock)
            m_at->setProperty("followsClock", false);
    });
    followTheClock([this] { catchUpWithClock(); });
    m_form->addRow(label, m_at);
    registerField(m_at, {tr("Time"), tr("Dispatch time"), tr("Arrival time"), tr("Completion time"),
                         tr("Callback time"), tr("Slip return time")});
    return m_at;
}

void RequestStepDialog::catchUpWithClock()
{
    if (!m_at || !m_at->property("followsClock").toBool())
        return;
    m_movingWithClock = true;
    m_at->setInstant(m_clock.now());
    m_movingWithClock = false;
}

bool RequestStepDialog::run(const Status &status)
{
    if (status)
        return true;
    showFieldError(status.error());
    offerReload(status.error());
    return false;
}

void RequestStepDialog::offerReload(const QString &reason)
{
    // Another seat moved the request on after this dialog opened: what was typed here stays,
    // and the step can be tried again on the request as it is now.
    const auto current = m_requests.request(m_actor, m_request.id);
    if (!current || current->rowVersion == m_request.rowVersion)
        return;
    if (!askToReload(reason, tr("Reload the request as it is now? What you typed here stays."), tr("&Cancel")))
        return;
    m_request = *current;
    m_heading->setText(headingText(m_request));
    catchUpWithClock(); // the other seat's step came after the time shown
    showError(tr("Reloaded: the request is now %1. Check what you typed and press OK again.")
                  .arg(RequestCodes::displayName(m_request.state)));
}

QString RequestStepDialog::headingText(const ServiceRequest &request)
{
    return tr("<b>%1</b> · %2 · %3")
        .arg(request.number.toHtmlEscaped(), request.location().toHtmlEscaped(),
             request.description.left(60).toHtmlEscaped());
}

#include "dialogs/requeststepdialog.h"

#include "dialogs/instantedit.h"
#include "models/database/clock.h"
#include "models/repositories/requestrepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

RequestStepDialog::RequestStepDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                                     const QTimeZone &zone, const Clock &clock, QWidget *parent)
    : FormDialog(parent), m_requests(requests), m_actor(actor), m_request(request), m_zone(zone), m_clock(clock),
      m_form(new QFormLayout)
{
    auto *heading = new QLabel(tr("<b>%1</b> · %2 · %3")
                                   .arg(request.number.toHtmlEscaped(), request.location().toHtmlEscaped(),
                                        request.description.left(60).toHtmlEscaped()),
                               this);
    heading->setObjectName(QStringLiteral("requestHeading"));
    heading->setWordWrap(true);
    formLayout()->addWidget(heading);
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
    followTheClock([this] {
        if (!m_at->property("followsClock").toBool())
            return;
        m_movingWithClock = true;
        m_at->setInstant(m_clock.now());
        m_movingWithClock = false;
    });
    m_form->addRow(label, m_at);
    registerField(m_at, {tr("Time"), tr("Dispatch time"), tr("Arrival time"), tr("Completion time"),
                         tr("Callback time"), tr("Slip return time")});
    return m_at;
}

bool RequestStepDialog::run(const Status &status)
{
    if (status)
        return true;
    showFieldError(status.error());
    return false;
}

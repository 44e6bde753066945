#include "dialogs/arrivaldialog.h"

#include "dialogs/instantedit.h"
#include "models/domain/formats.h"
#include "models/repositories/requestrepository.h"

#include <QFormLayout>
#include <QLabel>

ArrivalDialog::ArrivalDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                             const QTimeZone &zone, const Clock &clock, QWidget *parent)
    : RequestStepDialog(requests, actor, request, zone, clock, parent), m_verdict(new QLabel(this))
{
    setWindowTitle(tr("Arrival on site: %1").arg(request.number));
    addTimeRow(tr("&Arrived at:"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    form()->addRow(tr("Limit:"), m_verdict);
    finishLayout();
    connect(timeEdit(), &QDateTimeEdit::dateTimeChanged, this, &ArrivalDialog::updateVerdict);
    updateVerdict();
}

void ArrivalDialog::updateVerdict()
{
    if (!m_request.arrivalDeadline.isValid()) {
        m_verdict->setText(tr("Not measured to arrival"));
        return;
    }
    const QString due = m_request.arrivalDeadline.toTimeZone(m_zone).toString(Formats::dateTime());
    const bool late = timeEdit()->instant() > m_request.arrivalDeadline;
    m_verdict->setStyleSheet(late ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    m_verdict->setText(late ? tr("Late: the arrival was due by %1").arg(due) : tr("On time (due by %1)").arg(due));
}

void ArrivalDialog::accept()
{
    if (!run(m_requests.arrive(m_actor, m_request.id, m_request.rowVersion, timeEdit()->instant())))
        return;
    FormDialog::accept();
}

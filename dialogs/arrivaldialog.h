#pragma once

#include "dialogs/requeststepdialog.h"

class QLabel;

// 到场: when the technician (or the assistant, for a complaint) reached the place; says
// at once whether that was within the limit.
class ArrivalDialog : public RequestStepDialog
{
    Q_OBJECT

public:
    ArrivalDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                  const QTimeZone &zone, const Clock &clock, QWidget *parent = nullptr);
    void accept() override;

private:
    void updateVerdict();
    QLabel *m_verdict;
};

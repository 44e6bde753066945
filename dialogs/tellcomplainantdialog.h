#pragma once

#include "dialogs/requeststepdialog.h"

class QPlainTextEdit;

// 告知投诉人: a complaint not settled the same day has the complainant told, that day, when
// it will be settled (SPEC 3.2). The time promised and what was said; audited by the repository.
class TellComplainantDialog : public RequestStepDialog
{
    Q_OBJECT

public:
    TellComplainantDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                          const QTimeZone &zone, const Clock &clock, QWidget *parent = nullptr);
    void accept() override;

private:
    InstantEdit *m_settleBy;
    QPlainTextEdit *m_note;
};

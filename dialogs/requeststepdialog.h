#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/result.h"
#include "models/domain/servicerequest.h"
#include "models/domain/session.h"

#include <QTimeZone>

class Clock;
class InstantEdit;
class QFormLayout;
class QLabel;
class RequestRepository;

// The common frame of the dialogs that move a request one step on (dispatch, arrival,
// completion, callback, extension): the request's number and place as the title, a
// time field in the estate's zone that starts at "now", and the repository's refusal
// shown on the field it names with everything typed kept.
class RequestStepDialog : public FormDialog
{
    Q_OBJECT

public:
    RequestStepDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                      const QTimeZone &zone, const Clock &clock, QWidget *parent = nullptr);

protected:
    QFormLayout *form() const { return m_form; }
    // Adds the "Time:" row (object name "at") set to now.
    InstantEdit *addTimeRow(const QString &label);
    InstantEdit *timeEdit() const { return m_at; }
    // Runs the step; on failure shows it on the named field and returns false. When the
    // request was changed by another seat meanwhile, offers to reload it (the input stays).
    bool run(const Status &status);

    RequestRepository &m_requests;
    Session m_actor;
    ServiceRequest m_request;
    QTimeZone m_zone;
    const Clock &m_clock;

private:
    void offerReload(const QString &reason);
    // A time the user has not set follows the clock.
    void catchUpWithClock();
    static QString headingText(const ServiceRequest &request);

    QLabel *m_heading = nullptr;
    QFormLayout *m_form;
    InstantEdit *m_at = nullptr;
    bool m_movingWithClock = false;
};

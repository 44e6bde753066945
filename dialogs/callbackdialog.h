#pragma once

#include "dialogs/requeststepdialog.h"

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QSpinBox;

// 回访: the questions of SPEC 3.1. "Not solved" sends the request back to work; a solved
// request can be closed at once.
class CallbackDialog : public RequestStepDialog
{
    Q_OBJECT

public:
    CallbackDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                   const QTimeZone &zone, const Clock &clock, QWidget *parent = nullptr);
    void accept() override;
    bool closed() const { return m_closed; }

private:
    QComboBox *m_solved;
    QComboBox *m_attitude;
    QComboBox *m_charged;
    QSpinBox *m_score;
    QPlainTextEdit *m_suggestions;
    QCheckBox *m_close;
    bool m_closed = false;
    bool m_closable = true; // false: closing would be refused whatever the callback says
};

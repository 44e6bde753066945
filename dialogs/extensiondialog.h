#pragma once

#include "dialogs/requeststepdialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// 延期: only a manager; reason, new deadline and approver, audited by the repository.
class ExtensionDialog : public RequestStepDialog
{
    Q_OBJECT

public:
    ExtensionDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                    const QTimeZone &zone, const Clock &clock, QWidget *parent = nullptr);
    void accept() override;

private:
    void deadlineChosen();

    QComboBox *m_deadline;
    InstantEdit *m_newDeadline;
    QPlainTextEdit *m_reason;
    QLineEdit *m_approver;
};

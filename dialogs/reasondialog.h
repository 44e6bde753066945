#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/result.h"

#include <functional>

class QPlainTextEdit;

// Asks why (voiding a record, reopening a request) and runs the action with the reason;
// the action's refusal is shown and the reason kept.
class ReasonDialog : public FormDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &question, std::function<Status(const QString &)> action,
                 QWidget *parent = nullptr);
    void accept() override;

private:
    std::function<Status(const QString &)> m_action;
    QPlainTextEdit *m_reason;
};

#pragma once

#include "dialogs/requeststepdialog.h"
#include "models/repositories/requestrepository.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// 完工: the work done and the fee (yuan typed, integer fen stored), paid or not, and the
// receipt number. The price list fills in a fee.
class CompletionDialog : public RequestStepDialog
{
    Q_OBJECT

public:
    CompletionDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                     const QList<PriceItem> &prices, const QTimeZone &zone, const Clock &clock,
                     QWidget *parent = nullptr);
    void accept() override;

private:
    QPlainTextEdit *m_workDone;
    QComboBox *m_price;
    QLineEdit *m_fee;
    QCheckBox *m_paid;
    QLineEdit *m_receipt;
};

#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/session.h"

#include <QTimeZone>

class GoodsPermitRepository;
class QLabel;
class QLineEdit;

// The guard checks a goods-out permit at the gate: a usable one is collected, anything else is
// stopped; either way the check is recorded.
class GoodsCheckDialog : public FormDialog
{
    Q_OBJECT

public:
    GoodsCheckDialog(GoodsPermitRepository &permits, const Session &session, const QTimeZone &zone,
                     QWidget *parent = nullptr);
    void accept() override;
    QString detailsText() const;

private:
    void showPermit();

    GoodsPermitRepository &m_permits;
    Session m_session;
    QTimeZone m_zone;
    QLineEdit *m_number;
    QLineEdit *m_note;
    QLabel *m_details;
};

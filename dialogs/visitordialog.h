#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/session.h"

class GateRepository;
class QCheckBox;
class QLineEdit;
class QSpinBox;

// Registers a visitor at the gate, or records the refusal of one with its reason.
class VisitorDialog : public FormDialog
{
    Q_OBJECT

public:
    VisitorDialog(GateRepository &gate, const Session &session, QWidget *parent = nullptr);
    QString visitorId() const { return m_id; }

    void accept() override;

private:
    GateRepository &m_gate;
    Session m_session;
    QLineEdit *m_name;
    QLineEdit *m_document;
    QLineEdit *m_phone;
    QSpinBox *m_people;
    QLineEdit *m_house;
    QLineEdit *m_resident;
    QLineEdit *m_purpose;
    QLineEdit *m_plate;
    QCheckBox *m_refused;
    QLineEdit *m_reason;
    QString m_id;
};

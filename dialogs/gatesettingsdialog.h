#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/gaterecords.h"
#include "models/domain/session.h"

class GateRepository;
class PatrolRepository;
class QLineEdit;
class QSpinBox;

// The gatehouse settings a manager changes: the parking tariff (typed in yuan, kept in fen)
// and how often each patrol route is walked. Each change is audited by the data layer.
class GateSettingsDialog : public FormDialog
{
    Q_OBJECT

public:
    GateSettingsDialog(GateRepository &gate, PatrolRepository &patrols, const Session &actor,
                       QWidget *parent = nullptr);
    void accept() override;

private:
    GateRepository &m_gate;
    PatrolRepository &m_patrols;
    Session m_actor;
    QSpinBox *m_freeMinutes;
    QLineEdit *m_perHour;
    QLineEdit *m_cap;
    QList<QPair<PatrolRoute, QSpinBox *>> m_routes;
};

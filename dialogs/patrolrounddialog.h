#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/gaterecords.h"
#include "models/domain/session.h"

class PatrolRepository;
class QComboBox;
class QListWidget;

// Records a patrol round just walked: the route and the checkpoints signed at.
class PatrolRoundDialog : public FormDialog
{
    Q_OBJECT

public:
    PatrolRoundDialog(PatrolRepository &patrols, const Session &session, QWidget *parent = nullptr);
    void accept() override;

private:
    void fillCheckpoints();

    PatrolRepository &m_patrols;
    Session m_session;
    QList<PatrolRoute> m_routes;
    QComboBox *m_route;
    QListWidget *m_checkpoints;
};

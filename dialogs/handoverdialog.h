#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/session.h"

class GateRepository;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class UserRepository;

// Shift handover: the open items (vehicles and visitors inside) are listed; the outgoing guard
// adds the equipment and incidents, and the incoming guard confirms by signing in here.
class HandoverDialog : public FormDialog
{
    Q_OBJECT

public:
    HandoverDialog(GateRepository &gate, UserRepository &users, const Session &outgoing, QWidget *parent = nullptr);
    void accept() override;
    QString handoverId() const { return m_id; }
    // The guard who signed in to take over (valid once accepted).
    const Session &incoming() const { return m_incomingSession; }

private:
    GateRepository &m_gate;
    UserRepository &m_users;
    Session m_outgoing;
    QListWidget *m_items;
    QPlainTextEdit *m_equipment;
    QPlainTextEdit *m_incidents;
    QLineEdit *m_incoming;
    QLineEdit *m_password;
    QString m_id;
    Session m_incomingSession;
};

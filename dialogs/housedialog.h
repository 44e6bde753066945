#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/residentfile.h"
#include "models/domain/session.h"

class HouseRepository;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// A house's floor area, type, status and notes.
class HouseDialog : public FormDialog
{
    Q_OBJECT

public:
    HouseDialog(HouseRepository &houses, const Session &actor, const HouseRecord &house, QWidget *parent = nullptr);
    void accept() override;

private:
    HouseRepository &m_houses;
    Session m_actor;
    HouseRecord m_house;
    QLineEdit *m_area;
    QComboBox *m_type;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
};

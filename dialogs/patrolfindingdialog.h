#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/gaterecords.h"
#include "models/domain/session.h"

class PatrolRepository;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// A patrol finding: a leak, oil, a car left open, a suspicious person, broken equipment. When it
// names a registered plate or a house, the office is notified to tell the resident.
class PatrolFindingDialog : public FormDialog
{
    Q_OBJECT

public:
    PatrolFindingDialog(PatrolRepository &patrols, const Session &session, QWidget *parent = nullptr);
    void accept() override;
    const PatrolFindingResult &findingResult() const { return m_result; }

private:
    PatrolRepository &m_patrols;
    Session m_session;
    QComboBox *m_kind;
    QLineEdit *m_location;
    QPlainTextEdit *m_description;
    QLineEdit *m_plate;
    QLineEdit *m_house;
    PatrolFindingResult m_result;
};

#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/inspection.h"
#include "models/domain/session.h"

class NonConformityRepository;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class RequestRepository;

// A fail that needs a repair becomes a repair request in one step, linked both ways.
class RepairFromFindingDialog : public FormDialog
{
    Q_OBJECT

public:
    RepairFromFindingDialog(NonConformityRepository &findings, RequestRepository &requests, const Session &actor,
                            const NonConformity &finding, QWidget *parent = nullptr);
    void accept() override;
    QString requestNumber() const { return m_number; }

private:
    NonConformityRepository &m_findings;
    RequestRepository &m_requests;
    Session m_actor;
    NonConformity m_finding;
    QLineEdit *m_house;
    QLineEdit *m_location;
    QComboBox *m_class;
    QPlainTextEdit *m_description;
    QString m_number;
};

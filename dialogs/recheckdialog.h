#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/inspection.h"
#include "models/domain/session.h"

class NonConformityRepository;
class QPlainTextEdit;
class QRadioButton;

// 复查: the verdict on a rectification closes the finding or sends it back.
class RecheckDialog : public FormDialog
{
    Q_OBJECT

public:
    RecheckDialog(NonConformityRepository &repository, const Session &actor, const NonConformity &finding,
                  QWidget *parent = nullptr);
    void accept() override;

private:
    NonConformityRepository &m_repository;
    Session m_actor;
    NonConformity m_finding;
    QRadioButton *m_passed;
    QRadioButton *m_sendBack;
    QPlainTextEdit *m_note;
};

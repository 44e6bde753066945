#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/inspection.h"
#include "models/domain/session.h"

class InspectionRunRepository;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// A correction of one item of a finished run: a new record with its reason; the run is not changed.
class CorrectionDialog : public FormDialog
{
    Q_OBJECT

public:
    CorrectionDialog(InspectionRunRepository &runs, const Session &actor, qint64 runId, const RunResult &item,
                     QWidget *parent = nullptr);
    void accept() override;

private:
    InspectionRunRepository &m_runs;
    Session m_actor;
    qint64 m_runId;
    RunResult m_item;
    QComboBox *m_verdict;
    QLineEdit *m_note;
    QPlainTextEdit *m_reason;
};

#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/session.h"

#include <QTimeZone>

class QDateTimeEdit;
class QPlainTextEdit;
class WorkLogRepository;

// One entry of the supervisors' work log 工作日志.
class WorkLogDialog : public FormDialog
{
    Q_OBJECT

public:
    WorkLogDialog(WorkLogRepository &repository, const Session &actor, const QDateTime &now, const QTimeZone &zone,
                  QWidget *parent = nullptr);
    void accept() override;

private:
    QPlainTextEdit *addText(const char *objectName);

    WorkLogRepository &m_repository;
    Session m_actor;
    QTimeZone m_zone;
    QDateTimeEdit *m_at;
    QPlainTextEdit *m_content;
    QPlainTextEdit *m_results;
    QPlainTextEdit *m_analysis;
    QPlainTextEdit *m_measures;
    QPlainTextEdit *m_lessons;
};

#pragma once

#include "models/domain/session.h"

#include <QDialog>
#include <QTimeZone>

class QLabel;
class QTableWidget;
class ReportRepository;

// Paper questionnaires entered in a batch (seed 000 第15篇): who, house, date, answer, remarks.
// Saved all together; a refusal keeps every row as typed.
class SurveyBatchDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Respondent, House, Date, Answer, Remarks, ColumnCount };

    SurveyBatchDialog(ReportRepository &reports, const Session &session, const QDate &defaultDate,
                      const QTimeZone &zone, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Adds a row and returns its index (respondent and house may stay empty: anonymous forms).
    int addRow();
    void accept() override;

private:
    ReportRepository &m_reports;
    Session m_session;
    QDate m_defaultDate;
    QTimeZone m_zone;
    QTableWidget *m_table;
    QLabel *m_error;
};

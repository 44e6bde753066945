#pragma once

#include "models/domain/session.h"
#include "models/reports/reportdocument.h"

#include <QTimeZone>
#include <QWidget>

class Database;
class DeskRatingWindow;
class KpiTableModel;
class ReportChartView;
class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class ReportRepository;

// The manager's monthly report (SPEC 6): the month's key figures live against their targets,
// the overdue list, the trend, the written analysis, the assessment, closing the month, and
// print preview, PDF and XLSX of the printed report.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    ReportPage(Database &db, const Session &session, const QTimeZone &zone, QWidget *parent = nullptr);
    ~ReportPage() override;

    void setMonth(int year, int month);
    void reload();
    // What the main window calls when the page is opened: fresh figures, computed once.
    void opened();
    // Forgets the months kept for the trend and computes again (after a change).
    void recompute();
    const ReportDocument &document() const { return m_doc; }
    KpiTableModel *kpiModel() const { return m_kpis; }
    ReportRepository &reports() const { return *m_reports; }

    Status saveAnalysis();
    Status closeMonth(bool confirm = true);
    Status addScore();
    Status exportPdf(const QString &path);
    Status exportXlsx(const QString &path);
    void printPreview();
    void openSurveyBatch();
    DeskRatingWindow *openDeskRating();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString monthKey() const;
    void showError(const QString &message);

    Database &m_db;
    Session m_session;
    QTimeZone m_zone;
    std::unique_ptr<ReportRepository> m_reports;
    ReportDocument m_doc;
    ReportDocumentBuilder::MonthCache m_pastMonths;
    bool m_loaded = false;
    bool m_loadedByShow = false;
    KpiTableModel *m_kpis;
    QDateEdit *m_month;
    QLabel *m_title;
    QLabel *m_state;
    QTableView *m_kpiView;
    QTableWidget *m_overdue;
    ReportChartView *m_requestsChart;
    ReportChartView *m_rateChart;
    QPlainTextEdit *m_analysis;
    QPushButton *m_saveAnalysis;
    QPushButton *m_close;
    QLineEdit *m_rater;
    QDoubleSpinBox *m_score;
    QCheckBox *m_accident;
    QLabel *m_assessment;
    QLabel *m_status;
    DeskRatingWindow *m_deskRating = nullptr;
};

// The report page and the survey windows driven through their widgets: questionnaires in a
// batch, one desk rating, the dashboard updating, the analysis, the assessment, closing.
#include "dialogs/deskratingwindow.h"
#include "dialogs/surveybatchdialog.h"
#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/kpitablemodel.h"
#include "models/reports/monthlyreport.h"
#include "models/repositories/reportrepository.h"
#include "reporttestsupport.h"
#include "views/reportpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

class TestGuiReport : public QObject
{
    Q_OBJECT

    static QString kpi(const ReportPage &page, const char *key)
    {
        KpiTableModel *model = page.kpiModel();
        const int row = model->rowOf(QString::fromLatin1(key));
        return model->index(row, KpiTableModel::Value).data().toString();
    }

private slots:
    void kpiModel()
    {
        KpiTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReportFixture fx;
        fx.buildSeptember();
        const auto figures = MonthlyReport(*fx.db).compute(2026, 9);
        model.setFigures(figures->toJson());
        QCOMPARE(model.columnCount(), 4);
        const int row = model.rowOf(QStringLiteral("repairs.completion_on_time_rate"));
        QCOMPARE(model.index(row, KpiTableModel::Value).data().toString(), QStringLiteral("25.0%"));
        QCOMPARE(model.index(row, KpiTableModel::Figure).data(ItemRoles::CodeRole).toString(),
                 QStringLiteral("repairs.completion_on_time_rate"));
        QVERIFY(model.index(row, KpiTableModel::Result).data().toString().contains(QStringLiteral("not met")));
        const int enquiries = model.rowOf(QStringLiteral("enquiries.on_time_rate"));
        QCOMPARE(model.index(enquiries, KpiTableModel::Value).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(enquiries, KpiTableModel::Result).data().toString(), QStringLiteral("—"));
    }

    void surveysAndDeskRatingUpdateTheDashboard()
    {
        ReportFixture fx;
        fx.buildSeptember();
        ReportPage page(*fx.db, fx.manager, ReportFixture::zone());
        page.resize(1200, 800);
        page.show();
        page.setMonth(2026, 9);
        QCOMPARE(kpi(page, "satisfaction.answers"), QStringLiteral("7"));
        QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("overdueTable"))->rowCount(), 8);

        // Two paper questionnaires of 20 September: one satisfied, one unsatisfied.
        SurveyBatchDialog dialog(page.reports(), fx.clerk, QDate(2026, 10, 15), ReportFixture::zone());
        QTableWidget *table = dialog.table();
        dialog.addRow();
        QCOMPARE(table->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            table->item(row, SurveyBatchDialog::Respondent)->setText(QStringLiteral("Li %1").arg(row));
            table->item(row, SurveyBatchDialog::House)->setText(QStringLiteral("3-2-1201"));
            qobject_cast<QDateEdit *>(table->cellWidget(row, SurveyBatchDialog::Date))->setDate(QDate(2026, 9, 20));
        }
        qobject_cast<QComboBox *>(table->cellWidget(1, SurveyBatchDialog::Answer))->setCurrentIndex(2);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // 4 + 1 satisfied, 2 basic, 1 + 1 unsatisfied: (5 + 1.2) / 9.
        QCOMPARE(kpi(page, "satisfaction.answers"), QStringLiteral("9"));
        QCOMPARE(kpi(page, "satisfaction.rate"), QStringLiteral("%1%").arg(QString::number(620.0 / 9.0, 'f', 1)));

        // The desk rating: armed for one service, one press, then locked until the next service.
        page.setMonth(2026, 10);
        QCOMPARE(kpi(page, "satisfaction.answers"), QStringLiteral("2")); // R5's callback, the 00:30 survey
        DeskRatingWindow desk(page.reports(), fx.clerk);
        desk.show();
        QVERIFY(!desk.button(Attitude::Satisfied)->isEnabled());
        desk.arm(QStringLiteral("R2026-000002"));
        QSignalSpy rated(&desk, &DeskRatingWindow::rated);
        QTest::mouseClick(desk.button(Attitude::Satisfied), Qt::LeftButton);
        QCOMPARE(rated.count(), 1);
        QVERIFY(!desk.button(Attitude::Unsatisfied)->isEnabled());
        QTest::mouseClick(desk.button(Attitude::Unsatisfied), Qt::LeftButton);
        QCOMPARE(rated.count(), 1);
        QCOMPARE(kpi(page, "satisfaction.answers"), QStringLiteral("3"));
        // The same service cannot be rated twice.
        desk.arm(QStringLiteral("R2026-000002"));
        QTest::mouseClick(desk.button(Attitude::Basic), Qt::LeftButton);
        QCOMPARE(rated.count(), 1);
        QVERIFY(desk.message().contains(QStringLiteral("already")));
        QCOMPARE(kpi(page, "satisfaction.answers"), QStringLiteral("3"));
    }

    void analysisAssessmentAndClosing()
    {
        ReportFixture fx;
        fx.buildSeptember();
        ReportPage page(*fx.db, fx.manager, ReportFixture::zone());
        page.show();
        page.setMonth(2026, 9);
        auto *analysis = page.findChild<QPlainTextEdit *>(QStringLiteral("analysisEdit"));
        analysis->setFocus();
        QTest::keyClicks(analysis, QStringLiteral("Night shift short of one technician."));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveAnalysis")), Qt::LeftButton);
        QCOMPARE(page.reports().month(fx.manager, QStringLiteral("2026-09"))->analysis,
                 QStringLiteral("Night shift short of one technician."));

        auto *rater = page.findChild<QLineEdit *>(QStringLiteral("raterName"));
        auto *score = page.findChild<QDoubleSpinBox *>(QStringLiteral("raterScore"));
        auto *add = page.findChild<QPushButton *>(QStringLiteral("addScore"));
        for (const auto &[name, value] : QList<QPair<QString, double>>{{QStringLiteral("A"), 95},
                                                                      {QStringLiteral("B"), 70},
                                                                      {QStringLiteral("C"), 85},
                                                                      {QStringLiteral("D"), 80}}) {
            rater->setFocus();
            QTest::keyClicks(rater, name);
            score->setValue(value);
            QTest::mouseClick(add, Qt::LeftButton);
        }
        auto *result = page.findChild<QLabel *>(QStringLiteral("assessmentResult"));
        // 0.6 × 82.5 + 0.4 × 74.29 = 79.2: a basic pass.
        QVERIFY2(result->text().contains(QStringLiteral("79.2")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("Basic pass")));

        QVERIFY(page.closeMonth(false).ok());
        QVERIFY(page.document().closed);
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("closeMonth"))->isEnabled());
        QVERIFY(analysis->isReadOnly());
        // A late callback does not move the printed figures; the page names what changed.
        fx.callback(fx.r3, ReportFixture::L(9, 30, 18, 0), "satisfied");
        page.reload();
        QCOMPARE(kpi(page, "callbacks.rate.repairs"), QStringLiteral("33.3%"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("monthState"))->text().contains(QStringLiteral("callbacks.rate.repairs")));

        // PDF and XLSX from the page.
        const QString pdf = fx.dir.filePath(QStringLiteral("page.pdf"));
        QVERIFY(page.exportPdf(pdf).ok());
        QVERIFY(TestSupport::readFile(pdf).startsWith("%PDF"));
        const QString xlsx = fx.dir.filePath(QStringLiteral("page.xlsx"));
        QVERIFY(page.exportXlsx(xlsx).ok());
        QVERIFY(TestSupport::readFile(xlsx).startsWith("PK"));
    }
};

QTEST_MAIN(TestGuiReport)
#include "tst_gui_report.moc"

#include "dialogs/surveybatchdialog.h"

#include "dialogs/dialogkeys.h"

#include "models/domain/formats.h"
#include "models/repositories/reportrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

SurveyBatchDialog::SurveyBatchDialog(ReportRepository &reports, const Session &session, const QDate &defaultDate,
                                     const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_reports(reports), m_session(session), m_defaultDate(defaultDate), m_zone(zone),
      m_table(new QTableWidget(0, ColumnCount, this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Enter paper questionnaires"));
    DialogKeys::install(this);
    resize(760, 420);
    m_table->setObjectName(QStringLiteral("surveyTable"));
    m_table->setHorizontalHeaderLabels({tr("Respondent"), tr("House"), tr("Date"), tr("Answer"), tr("Remarks")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_error->setObjectName(QStringLiteral("surveyError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add row"), this);
    add->setObjectName(QStringLiteral("addSurveyRow"));
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyBatchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SurveyBatchDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("One row per questionnaire: 满意 / 基本满意 / 不满意."), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    addRow();
}

int SurveyBatchDialog::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Respondent, new QTableWidgetItem);
    m_table->setItem(row, House, new QTableWidgetItem);
    m_table->setItem(row, Remarks, new QTableWidgetItem);
    auto *date = new QDateEdit(m_defaultDate, m_table);
    date->setCalendarPopup(true);
    date->setDisplayFormat(Formats::date());
    m_table->setCellWidget(row, Date, date);
    auto *answer = new QComboBox(m_table);
    answer->addItem(RequestCodes::displayName(Attitude::Satisfied), int(Attitude::Satisfied));
    answer->addItem(RequestCodes::displayName(Attitude::Basic), int(Attitude::Basic));
    answer->addItem(RequestCodes::displayName(Attitude::Unsatisfied), int(Attitude::Unsatisfied));
    m_table->setCellWidget(row, Answer, answer);
    m_table->setCurrentCell(row, Respondent);
    return row;
}

void SurveyBatchDialog::accept()
{
    QList<SurveyAnswerInput> answers;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        SurveyAnswerInput a;
        a.respondent = m_table->item(row, Respondent)->text();
        a.houseNumber = m_table->item(row, House)->text();
        a.remarks = m_table->item(row, Remarks)->text();
        const QDate date = qobject_cast<QDateEdit *>(m_table->cellWidget(row, Date))->date();
        a.answeredAt = QDateTime(date, QTime(12, 0), m_zone).toUTC(); // a paper form carries a day, not a time
        a.answer = Attitude(qobject_cast<QComboBox *>(m_table->cellWidget(row, Answer))->currentData().toInt());
        answers << a;
    }
    if (answers.isEmpty()) {
        m_error->setText(tr("Add at least one questionnaire."));
        return;
    }
    const auto saved = m_reports.addPaperAnswers(m_session, answers);
    if (!saved) {
        m_error->setText(saved.error());
        return;
    }
    QDialog::accept();
}

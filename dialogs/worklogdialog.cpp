#include "dialogs/worklogdialog.h"

#include "models/domain/formats.h"
#include "models/domain/inspection.h"
#include "models/repositories/worklogrepository.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

WorkLogDialog::WorkLogDialog(WorkLogRepository &repository, const Session &actor, const QDateTime &now,
                             const QTimeZone &zone, QWidget *parent)
    : FormDialog(parent), m_repository(repository), m_actor(actor), m_zone(zone), m_at(new QDateTimeEdit(this)),
      m_content(addText("logContent")), m_results(addText("logResults")), m_analysis(addText("logAnalysis")),
      m_measures(addText("logMeasures")), m_lessons(addText("logLessons"))
{
    setWindowTitle(tr("Work log entry"));
    m_at->setObjectName(QStringLiteral("logTime"));
    m_at->setDisplayFormat(Formats::dateTime());
    const QDateTime shown = now.toTimeZone(zone); // the estate's wall clock
    m_at->setDateTime(QDateTime(shown.date(), QTime(shown.time().hour(), shown.time().minute())));
    auto *form = new QFormLayout;
    form->addRow(tr("&Time:"), m_at);
    form->addRow(tr("&Content checked:"), m_content);
    form->addRow(tr("&Results:"), m_results);
    form->addRow(tr("Problem &analysis:"), m_analysis);
    form->addRow(tr("&Measures:"), m_measures);
    form->addRow(tr("&Lessons:"), m_lessons);
    formLayout()->addLayout(form);
    registerField(m_content, {QStringLiteral("Content checked"), tr("Content checked")});
    registerField(m_at, {QStringLiteral("Time"), tr("Time")});
    finishLayout();
    resize(560, 520);
}

QPlainTextEdit *WorkLogDialog::addText(const char *objectName)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(70);
    return edit;
}

void WorkLogDialog::accept()
{
    WorkLogEntry e;
    e.at = QDateTime(m_at->date(), m_at->time(), m_zone).toUTC();
    e.content = m_content->toPlainText();
    e.results = m_results->toPlainText();
    e.analysis = m_analysis->toPlainText();
    e.measures = m_measures->toPlainText();
    e.lessons = m_lessons->toPlainText();
    if (const auto id = m_repository.add(m_actor, e); !id) {
        showFieldError(id.error());
        return;
    }
    FormDialog::accept();
}

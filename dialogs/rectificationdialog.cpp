#include "dialogs/rectificationdialog.h"

#include "models/domain/formats.h"
#include "models/repositories/nonconformityrepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

RectificationDialog::RectificationDialog(NonConformityRepository &repository, const Session &actor,
                                         const NonConformity &finding, const QList<QPair<qint64, QString>> &people,
                                         const QDateTime &now, const QTimeZone &zone, QWidget *parent)
    : FormDialog(parent), m_repository(repository), m_actor(actor), m_finding(finding), m_zone(zone),
      m_responsible(new QComboBox(this)), m_deadline(new QDateTimeEdit(this)), m_steps(new QPlainTextEdit(this)),
      m_resources(new QLineEdit(this)), m_target(new QLineEdit(this))
{
    setWindowTitle(tr("Rectification plan"));
    m_responsible->setObjectName(QStringLiteral("responsible"));
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_steps->setObjectName(QStringLiteral("steps"));
    m_resources->setObjectName(QStringLiteral("resources"));
    m_target->setObjectName(QStringLiteral("targetStandard"));
    m_responsible->setEditable(true);
    for (const auto &[id, name] : people)
        m_responsible->addItem(name, id);
    m_responsible->setCurrentIndex(-1);
    m_deadline->setDisplayFormat(Formats::dateTime());
    m_deadline->setCalendarPopup(true);
    // The edit shows the estate's wall clock; the zone is applied when reading it back.
    const QDateTime shown = (finding.plan.deadline.isValid() ? finding.plan.deadline : now.addDays(1)).toTimeZone(zone);
    m_deadline->setDateTime(QDateTime(shown.date(), QTime(shown.time().hour(), shown.time().minute())));
    m_steps->setPlainText(finding.plan.steps);
    m_steps->setTabChangesFocus(true);
    m_resources->setText(finding.plan.resources);
    // The target is the item's pass criterion unless the plan already says otherwise.
    m_target->setText(!finding.plan.targetStandard.isEmpty() ? finding.plan.targetStandard
                      : !finding.itemCriterion.isEmpty()     ? finding.itemCriterion
                                                             : finding.itemText);
    if (!finding.plan.responsibleName.isEmpty())
        m_responsible->setCurrentText(finding.plan.responsibleName);

    auto *problem = new QLabel(tr("#%1 %2").arg(finding.id).arg(finding.description.toHtmlEscaped()), this);
    problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Problem:"), problem);
    form->addRow(tr("&Responsible person:"), m_responsible);
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(tr("&Steps:"), m_steps);
    form->addRow(tr("R&esources (people, materials):"), m_resources);
    form->addRow(tr("&Target standard:"), m_target);
    formLayout()->addLayout(form);
    registerField(m_responsible, {QStringLiteral("Responsible person"), tr("Responsible person")});
    registerField(m_deadline, {QStringLiteral("Deadline"), tr("Deadline")});
    registerField(m_steps, {QStringLiteral("Steps"), tr("Steps")});
    registerField(m_target, {QStringLiteral("Target standard"), tr("Target standard")});
    finishLayout();
}

void RectificationDialog::accept()
{
    RectificationPlan plan;
    plan.responsibleName = m_responsible->currentText().trimmed();
    const int index = m_responsible->findText(plan.responsibleName);
    plan.responsibleId = index >= 0 ? m_responsible->itemData(index).toLongLong() : 0;
    plan.deadline = QDateTime(m_deadline->date(), m_deadline->time(), m_zone).toUTC();
    plan.steps = m_steps->toPlainText();
    plan.resources = m_resources->text();
    plan.targetStandard = m_target->text();
    if (Status s = m_repository.planRectification(m_actor, m_finding.id, m_finding.rowVersion, plan); !s) {
        showFieldError(s.error());
        return;
    }
    FormDialog::accept();
}

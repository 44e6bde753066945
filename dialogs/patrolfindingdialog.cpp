#include "dialogs/patrolfindingdialog.h"

#include "models/repositories/patrolrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

PatrolFindingDialog::PatrolFindingDialog(PatrolRepository &patrols, const Session &session, QWidget *parent)
    : FormDialog(parent), m_patrols(patrols), m_session(session), m_kind(new QComboBox(this)),
      m_location(new QLineEdit(this)), m_description(new QPlainTextEdit(this)), m_plate(new QLineEdit(this)),
      m_house(new QLineEdit(this))
{
    setWindowTitle(tr("Patrol finding"));
    m_kind->setObjectName(QStringLiteral("findingKind"));
    for (const QString &kind : PatrolRepository::findingKinds())
        m_kind->addItem(PatrolRepository::findingKindName(kind), kind);
    m_location->setObjectName(QStringLiteral("findingLocation"));
    m_description->setObjectName(QStringLiteral("findingDescription"));
    m_description->setTabChangesFocus(true);
    m_plate->setObjectName(QStringLiteral("findingPlate"));
    m_house->setObjectName(QStringLiteral("findingHouse"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Where:"), m_location);
    form->addRow(tr("&What was found:"), m_description);
    form->addRow(tr("&Vehicle plate:"), m_plate);
    form->addRow(tr("&House:"), m_house);
    formLayout()->addLayout(form);
    finishLayout();
}

void PatrolFindingDialog::accept()
{
    if (m_description->toPlainText().trimmed().isEmpty())
        return showError(tr("Description: say what was found."), m_description);
    PatrolFindingInput f;
    f.kind = m_kind->currentData().toString();
    f.location = m_location->text();
    f.description = m_description->toPlainText();
    f.plate = m_plate->text();
    f.houseNumber = m_house->text();
    const auto result = m_patrols.recordFinding(m_session, f);
    if (!result)
        return showError(result.error(), m_house->text().trimmed().isEmpty() ? nullptr : m_house);
    m_result = result.value();
    FormDialog::accept();
}

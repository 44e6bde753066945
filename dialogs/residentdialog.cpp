#include "dialogs/residentdialog.h"

#include "models/domain/formats.h"
#include "models/repositories/residentrepository.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ResidentDialog::ResidentDialog(ResidentRepository &residents, const Session &actor, const ResidentRecord &resident,
                               QWidget *parent)
    : FormDialog(parent), m_residents(residents), m_actor(actor), m_record(resident), m_name(new QLineEdit(this)),
      m_gender(new QComboBox(this)), m_documentType(new QComboBox(this)), m_documentNumber(new QLineEdit(this)),
      m_mobile(new QLineEdit(this)), m_mobile2(new QLineEdit(this)), m_landline(new QLineEdit(this)),
      m_emergencyContact(new QLineEdit(this)), m_emergencyPhone(new QLineEdit(this)), m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(resident.id ? tr("Resident file: %1").arg(resident.name) : tr("New resident"));
    m_name->setObjectName(QStringLiteral("name"));
    m_gender->setObjectName(QStringLiteral("gender"));
    m_documentType->setObjectName(QStringLiteral("documentType"));
    m_documentNumber->setObjectName(QStringLiteral("documentNumber"));
    m_mobile->setObjectName(QStringLiteral("mobile"));
    m_mobile2->setObjectName(QStringLiteral("mobile2"));
    m_landline->setObjectName(QStringLiteral("landline"));
    m_emergencyContact->setObjectName(QStringLiteral("emergencyContact"));
    m_emergencyPhone->setObjectName(QStringLiteral("emergencyPhone"));
    m_notes->setObjectName(QStringLiteral("notes"));

    m_gender->addItem(tr("(not given)"), QString());
    for (const QString &code : ResidentCodes::genders())
        m_gender->addItem(ResidentCodes::genderName(code), code);
    for (const QString &code : ResidentCodes::documentTypes())
        m_documentType->addItem(ResidentCodes::documentTypeName(code), code);
    m_mobile->setPlaceholderText(tr("e.g. 138 0013 8000"));
    m_landline->setPlaceholderText(tr("e.g. 0755-12345678"));
    m_notes->setMaximumHeight(70);

    fill(resident);

    auto *form = m_form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Gender:"), m_gender);
    form->addRow(tr("Document &type:"), m_documentType);
    form->addRow(tr("&Document number:"), m_documentNumber);
    form->addRow(tr("&Mobile:"), m_mobile);
    form->addRow(tr("&Second mobile:"), m_mobile2);
    form->addRow(tr("&Landline:"), m_landline);
    form->addRow(tr("&Emergency contact:"), m_emergencyContact);
    form->addRow(tr("Emergency contact &phone:"), m_emergencyPhone);
    form->addRow(tr("N&otes:"), m_notes);
    formLayout()->addLayout(form);
    finishLayout();

    // The names the data layer uses for these fields in its messages.
    registerField(m_name, {tr("Name")});
    registerField(m_gender, {tr("Gender")});
    registerField(m_documentType, {tr("Document type")});
    registerField(m_documentNumber, {tr("Document number"), tr("ID number")});
    registerField(m_mobile, {tr("Mobile")});
    registerField(m_mobile2, {tr("Second mobile")});
    registerField(m_landline, {tr("Landline")});
    registerField(m_emergencyContact, {tr("Emergency contact")});
    registerField(m_emergencyPhone, {tr("Emergency contact phone")});
    setMinimumWidth(460);
    m_name->setFocus(Qt::OtherFocusReason);
}

void ResidentDialog::offerHouse(const QString &houseNumber, const QDate &today)
{
    if (m_record.id != 0 || m_house)
        return; // an existing resident moves in through "Move in"
    m_house = new QLineEdit(houseNumber, this);
    m_relation = new QComboBox(this);
    m_movedIn = new QDateEdit(today, this);
    m_house->setObjectName(QStringLiteral("house"));
    m_relation->setObjectName(QStringLiteral("relation"));
    m_movedIn->setObjectName(QStringLiteral("movedIn"));
    m_house->setPlaceholderText(tr("building-unit-room, e.g. 3-2-1201; empty: no house yet"));
    for (const QString &code : ResidentCodes::roles())
        m_relation->addItem(ResidentCodes::roleName(code), code);
    m_movedIn->setCalendarPopup(true);
    m_movedIn->setDisplayFormat(Formats::date());
    // After the person: the house is usually the one chosen in the tree, already filled in.
    m_form->addRow(tr("&House:"), m_house);
    m_form->addRow(tr("&Relation to the house:"), m_relation);
    m_form->addRow(tr("Moved &in on:"), m_movedIn);
    QWidget::setTabOrder(m_notes, m_house);
    QWidget::setTabOrder(m_house, m_relation);
    QWidget::setTabOrder(m_relation, m_movedIn);
    if (const auto box = buttons()) {
        QWidget *last = m_movedIn;
        for (QAbstractButton *button : box->buttons()) {
            QWidget::setTabOrder(last, button);
            last = button;
        }
    }
    registerField(m_house, {tr("House"), tr("House number")});
    registerField(m_relation, {tr("Role")});
    registerField(m_movedIn, {tr("Move-in date")});
}

void ResidentDialog::fill(const ResidentRecord &resident)
{
    m_name->setText(resident.name);
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(resident.gender)));
    m_documentType->setCurrentIndex(qMax(0, m_documentType->findData(resident.documentType)));
    m_documentNumber->setText(resident.documentNumber);
    m_mobile->setText(resident.mobile);
    m_mobile2->setText(resident.mobile2);
    m_landline->setText(resident.landline);
    m_emergencyContact->setText(resident.emergencyContact);
    m_emergencyPhone->setText(resident.emergencyPhone);
    m_notes->setPlainText(resident.notes);
}

void ResidentDialog::offerReload(const QString &reason)
{
    // Someone else saved the file after this dialog opened: keep what was typed, or see theirs.
    const auto current = m_residents.find(m_actor, m_record.id);
    if (!current || current->rowVersion == m_record.rowVersion)
        return;
    if (!askToReload(reason, tr("Reload the file as it is now? What you typed here is replaced."),
                     tr("&Keep my input")))
        return;
    m_record = *current;
    fill(*current);
    showError(tr("Reloaded as it was saved last. Make your change again and press OK."));
}

ResidentRecord ResidentDialog::collect() const
{
    ResidentRecord r = m_record;
    r.name = m_name->text();
    r.gender = m_gender->currentData().toString();
    r.documentType = m_documentType->currentData().toString();
    r.documentNumber = m_documentNumber->text();
    r.mobile = m_mobile->text();
    r.mobile2 = m_mobile2->text();
    r.landline = m_landline->text();
    r.emergencyContact = m_emergencyContact->text();
    r.emergencyPhone = m_emergencyPhone->text();
    r.notes = m_notes->toPlainText();
    return r;
}

void ResidentDialog::accept()
{
    ResidentRecord record = collect();
    if (record.id == 0) {
        const QString house = m_house ? m_house->text().trimmed() : QString();
        const auto id = house.isEmpty() ? m_residents.create(m_actor, record)
                                        : m_residents.createAtHouse(m_actor, record, house,
                                                                    m_relation->currentData().toString(),
                                                                    m_movedIn->date());
        if (!id) {
            showFieldError(id.error());
            return;
        }
        m_record.id = id.value();
        m_linkedHouse = house;
    } else {
        if (Status s = m_residents.update(m_actor, record); !s) {
            showFieldError(s.error());
            offerReload(s.error());
            return;
        }
    }
    FormDialog::accept();
}

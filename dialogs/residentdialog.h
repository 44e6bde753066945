#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/residentfile.h"
#include "models/domain/session.h"

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class ResidentRepository;

// Creates or edits a resident's file. Validation is the data layer's; a refusal
// keeps everything typed and marks the field it names.
class ResidentDialog : public FormDialog
{
    Q_OBJECT

public:
    ResidentDialog(ResidentRepository &residents, const Session &actor, const ResidentRecord &resident = {},
                   QWidget *parent = nullptr);
    void accept() override;
    qint64 residentId() const { return m_record.id; }
    // A new resident: offers the house they live at (prefilled, may be left empty), their
    // relation to it and the move-in date, so that one dialog puts them on file and in the house.
    void offerHouse(const QString &houseNumber, const QDate &today);
    // The house the new resident was linked to; empty when none was given.
    QString linkedHouse() const { return m_linkedHouse; }

private:
    ResidentRecord collect() const;
    void fill(const ResidentRecord &resident);
    // After a stale save: asks whether to reload the file as another seat saved it.
    void offerReload(const QString &reason);

    ResidentRepository &m_residents;
    Session m_actor;
    ResidentRecord m_record;
    QLineEdit *m_name;
    QComboBox *m_gender;
    QComboBox *m_documentType;
    QLineEdit *m_documentNumber;
    QLineEdit *m_mobile;
    QLineEdit *m_mobile2;
    QLineEdit *m_landline;
    QLineEdit *m_emergencyContact;
    QLineEdit *m_emergencyPhone;
    QPlainTextEdit *m_notes;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_house = nullptr;
    QComboBox *m_relation = nullptr;
    QDateEdit *m_movedIn = nullptr;
    QString m_linkedHouse;
};

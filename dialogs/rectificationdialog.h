#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/inspection.h"
#include "models/domain/session.h"

#include <QTimeZone>

class NonConformityRepository;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

// 整改计划: responsible person, deadline, steps, resources, target standard (seed 003 5.3.3).
class RectificationDialog : public FormDialog
{
    Q_OBJECT

public:
    // people: who may be named responsible (user id, name); a name may also be typed.
    RectificationDialog(NonConformityRepository &repository, const Session &actor, const NonConformity &finding,
                        const QList<QPair<qint64, QString>> &people, const QDateTime &now, const QTimeZone &zone,
                        QWidget *parent = nullptr);
    void accept() override;

private:
    NonConformityRepository &m_repository;
    Session m_actor;
    NonConformity m_finding;
    QTimeZone m_zone;
    QComboBox *m_responsible;
    QDateTimeEdit *m_deadline;
    QPlainTextEdit *m_steps;
    QLineEdit *m_resources;
    QLineEdit *m_target;
};

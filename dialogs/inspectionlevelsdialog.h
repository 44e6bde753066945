#pragma once

#include "models/domain/inspection.h"
#include "models/domain/session.h"

#include <QDialog>

class InspectionScheduleRepository;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

// Managers: the frequency and sampling of each level (SPEC 5 defaults) and who holds
// which level, over which checklist and area, under which superior. Every change audited.
class InspectionLevelsDialog : public QDialog
{
    Q_OBJECT

public:
    InspectionLevelsDialog(InspectionScheduleRepository &repository, const Session &actor,
                           const QList<QPair<QString, QString>> &checklists, QWidget *parent = nullptr);

    bool saveLevel();
    bool saveAssignment(bool asNew);
    QString errorText() const;

private:
    void loadLevels();
    void levelChosen();
    void loadAssignments();
    void assignmentChosen();
    void showError(const QString &message);

    InspectionScheduleRepository &m_repository;
    Session m_actor;
    QList<InspectionLevel> m_levels;
    QList<LevelAssignment> m_assignments;

    QComboBox *m_level;
    QSpinBox *m_hours;
    QSpinBox *m_shareNum;
    QSpinBox *m_shareDen;
    QSpinBox *m_minUnits;
    QLabel *m_rule;
    QTableWidget *m_table;
    QComboBox *m_person;
    QComboBox *m_personLevel;
    QComboBox *m_checklist;
    QLineEdit *m_area;
    QComboBox *m_superior;
    QCheckBox *m_active;
    QLabel *m_error;
};

#pragma once

#include "models/domain/inspection.h"
#include "models/domain/session.h"

#include <QDialog>
#include <QTimeZone>

class InspectionRunRepository;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class RunItemsModel;

// Runs a checklist: the items in a table, marked from the keyboard (P pass, F fail,
// N not applicable; the cursor moves on), a note and a photo for the current item, the
// sampling coverage. Save keeps a draft; Finish closes the run and turns the fails into
// non-conformities. A finished run opens read-only.
class RunDialog : public QDialog
{
    Q_OBJECT

public:
    RunDialog(InspectionRunRepository &runs, const Session &actor, qint64 runId, const QTimeZone &zone,
              QWidget *parent = nullptr);

    bool saveDraft();
    bool finishRun();
    bool attachPhoto(const QString &file);
    void mark(Verdict verdict);
    QString errorText() const;
    // A finished run: record a correction of the current item (a record of its own).
    bool correctCurrent();
    QString correctionsText() const;
    // A draft with unsaved marks is saved when the dialog is closed.
    void reject() override;
    RunItemsModel *items() const { return m_items; }
    const QList<qint64> &createdFindings() const { return m_created; }

signals:
    void dialogOpened(QWidget *dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void currentChanged();
    void updateProgress();
    void showError(const QString &message);
    void choosePhoto();
    int currentRow() const;

    InspectionRunRepository &m_runs;
    Session m_actor;
    qint64 m_runId;
    QTimeZone m_zone;
    InspectionRun m_run;
    QList<qint64> m_created;
    bool m_dirty = false; // marks or fields changed since the draft was loaded or saved

    RunItemsModel *m_items;
    QLabel *m_header;
    QLineEdit *m_area;
    QSpinBox *m_unitsChecked;
    QSpinBox *m_unitsTotal;
    QLineEdit *m_notes;
    QTableView *m_view;
    QPushButton *m_pass;
    QPushButton *m_fail;
    QPushButton *m_na;
    QLineEdit *m_note;
    QPushButton *m_photo;
    QLabel *m_thumbnail;
    QLabel *m_progress;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_finish;
    QPushButton *m_correct;
    QLabel *m_corrections;
};

#pragma once

#include "models/domain/session.h"

#include <QTimeZone>
#include <QWidget>

class AuditLog;
class AuditLogModel;
class Clock;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

// The audit log for administrators and managers, filtered by date, action and user.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    AuditLogPage(AuditLog &audit, const Session &actor, const Clock &clock, const QTimeZone &zone,
                 QWidget *parent = nullptr);

    void reload();
    // What the main window calls when the page is opened.
    void opened();

    AuditLogModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    AuditLog &m_audit;
    Session m_actor;
    QTimeZone m_zone;
    AuditLogModel *m_model;
    QTableView *m_view;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_action;
    QLineEdit *m_user;
    QLabel *m_status;
    bool m_loaded = false;
    bool m_loadedByShow = false;
};

#pragma once

#include "models/domain/session.h"

#include <QTimeZone>
#include <QWidget>

class OfficeNotificationModel;
class PatrolRepository;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

// What the gate asked the office to tell residents (a patrol found a resident's car open, a
// leak at a house): the clerk calls the resident and marks the notification handled.
class NotificationsPage : public QWidget
{
    Q_OBJECT

public:
    NotificationsPage(PatrolRepository &patrols, const Session &session, const QTimeZone &zone,
                      QWidget *parent = nullptr);

    void reload();
    void markHandled();
    OfficeNotificationModel *model() const { return m_model; }
    QString messageText() const;

signals:
    // The list was read again or a notification handled: the count elsewhere may be stale.
    void changed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void report(const QString &text, bool error);

    PatrolRepository &m_patrols;
    Session m_session;
    QCheckBox *m_showHandled;
    OfficeNotificationModel *m_model;
    QTableView *m_view;
    QPushButton *m_handled;
    QLabel *m_message;
};

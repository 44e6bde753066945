#pragma once

#include "models/domain/session.h"

#include <QLabel>

class PatrolRepository;
class QTimer;

// The status bar's count of notifications the office has not handled yet. One indexed COUNT,
// read when asked and once a minute, not with the clock.
class NotificationCountLabel : public QLabel
{
    Q_OBJECT

public:
    NotificationCountLabel(PatrolRepository &patrols, const Session &session, QWidget *parent = nullptr);

    void refresh();
    int count() const { return m_count; }

private:
    PatrolRepository &m_patrols;
    Session m_session;
    QTimer *m_timer;
    int m_count = 0;
};

#include "views/notificationcountlabel.h"

#include "models/repositories/patrolrepository.h"

#include <QTimer>

NotificationCountLabel::NotificationCountLabel(PatrolRepository &patrols, const Session &session, QWidget *parent)
    : QLabel(parent), m_patrols(patrols), m_session(session), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("statusNotifications"));
    setStyleSheet(QStringLiteral("color: #b35c00; font-weight: bold;"));
    connect(m_timer, &QTimer::timeout, this, &NotificationCountLabel::refresh);
    m_timer->start(60 * 1000);
    refresh();
}

void NotificationCountLabel::refresh()
{
    const auto open = m_patrols.openNotifications(m_session);
    m_count = open ? open.value() : 0;
    setText(m_count > 0 ? tr("%n notification(s) to handle", nullptr, m_count) : QString());
    setVisible(m_count > 0);
}

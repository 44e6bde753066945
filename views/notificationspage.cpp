#include "views/notificationspage.h"
#include "views/listtable.h"

#include "models/itemmodels/officenotificationmodel.h"
#include "models/repositories/patrolrepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

NotificationsPage::NotificationsPage(PatrolRepository &patrols, const Session &session, const QTimeZone &zone,
                                     QWidget *parent)
    : QWidget(parent), m_patrols(patrols), m_session(session),
      m_showHandled(new QCheckBox(tr("Show &handled ones too"), this)), m_model(new OfficeNotificationModel(this)),
      m_view(listTable(this, m_model, "notificationTable")), m_handled(new QPushButton(tr("&Mark handled"), this)),
      m_message(new QLabel(this))
{
    m_model->setTimeZone(zone);
    m_showHandled->setObjectName(QStringLiteral("notificationsShowHandled"));
    m_handled->setObjectName(QStringLiteral("markHandled"));
    m_handled->setEnabled(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_showHandled);
    bar->addStretch(1);
    bar->addWidget(m_handled);

    m_view->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("notificationsMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    auto updateButton = [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        m_handled->setEnabled(!rows.isEmpty() && !m_model->notification(rows.first().row()).handledAt.isValid());
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButton);
    connect(m_showHandled, &QCheckBox::toggled, this, &NotificationsPage::reload);
    connect(m_handled, &QPushButton::clicked, this, &NotificationsPage::markHandled);
    reload();
}

void NotificationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void NotificationsPage::reload()
{
    const auto list = m_patrols.notifications(m_session, m_showHandled->isChecked());
    if (!list) {
        report(list.error(), true);
        return;
    }
    m_model->setNotifications(list.value());
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setStretchLastSection(true);
    emit changed();
}

QString NotificationsPage::messageText() const
{
    return m_message->text();
}

void NotificationsPage::report(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
}

void NotificationsPage::markHandled()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return report(tr("Select the notification you have handled."), true);
    const OfficeNotification n = m_model->notification(rows.first().row());
    if (n.handledAt.isValid())
        return report(tr("This notification was already handled by %1.").arg(n.handledBy), true);
    if (Status s = m_patrols.markNotificationHandled(m_session, n.id); !s) {
        report(s.error(), true);
        reload();
        return;
    }
    reload();
    report(n.residentName.isEmpty() ? tr("Notification marked handled.")
                                    : tr("Notification for %1 marked handled.").arg(n.residentName),
           false);
}

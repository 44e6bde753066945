#include "dialogs/patrolrounddialog.h"

#include "models/repositories/patrolrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QListWidget>
#include <QVBoxLayout>

PatrolRoundDialog::PatrolRoundDialog(PatrolRepository &patrols, const Session &session, QWidget *parent)
    : FormDialog(parent), m_patrols(patrols), m_session(session), m_route(new QComboBox(this)),
      m_checkpoints(new QListWidget(this))
{
    setWindowTitle(tr("Patrol round"));
    m_route->setObjectName(QStringLiteral("patrolRoute"));
    m_checkpoints->setObjectName(QStringLiteral("patrolCheckpoints"));
    if (const auto routes = m_patrols.routes(session))
        m_routes = routes.value();
    for (const PatrolRoute &r : std::as_const(m_routes))
        m_route->addItem(tr("%1 (every %n min)", nullptr, r.intervalMinutes).arg(r.name), r.id);
    auto *form = new QFormLayout;
    form->addRow(tr("&Route:"), m_route);
    form->addRow(tr("&Checkpoints signed:"), m_checkpoints);
    m_checkpoints->setToolTip(tr("Up and Down choose a checkpoint, Space ticks it"));
    formLayout()->addLayout(form);
    finishLayout();
    connect(m_route, &QComboBox::currentIndexChanged, this, &PatrolRoundDialog::fillCheckpoints);
    fillCheckpoints();
}

void PatrolRoundDialog::fillCheckpoints()
{
    m_checkpoints->clear();
    const int index = m_route->currentIndex();
    if (index < 0 || index >= m_routes.size())
        return;
    for (const PatrolRoute::Checkpoint &c : m_routes.at(index).checkpoints) {
        auto *item = new QListWidgetItem(c.name, m_checkpoints);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked); // ticked as signed, never in advance
    }
}

void PatrolRoundDialog::accept()
{
    const int index = m_route->currentIndex();
    if (index < 0 || index >= m_routes.size())
        return showError(tr("Route: choose the route walked."), m_route);
    QList<qint64> signedAt;
    for (int row = 0; row < m_checkpoints->count(); ++row) {
        if (m_checkpoints->item(row)->checkState() == Qt::Checked)
            signedAt << m_checkpoints->item(row)->data(Qt::UserRole).toLongLong();
    }
    if (signedAt.isEmpty())
        return showError(tr("Checkpoints: tick the checkpoints signed at."), m_checkpoints);
    const auto round = m_patrols.startRound(m_session, m_routes.at(index).id);
    if (!round)
        return showError(round.error());
    for (qint64 checkpoint : std::as_const(signedAt)) {
        if (const auto s = m_patrols.signIn(m_session, *round, checkpoint); !s)
            return showError(s.error());
    }
    if (Status s = m_patrols.finishRound(m_session, *round); !s)
        return showError(s.error());
    FormDialog::accept();
}

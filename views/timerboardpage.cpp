#include "views/timerboardpage.h"

#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/timerboardmodel.h"
#include "models/services/timerboard.h"

#include <QCheckBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

TimerBoardFilter::TimerBoardFilter(bool highlightEscalated, QObject *parent)
    : QSortFilterProxyModel(parent), m_highlight(highlightEscalated)
{
    setSortRole(ItemRoles::SortRole);
    setDynamicSortFilter(true);
}

void TimerBoardFilter::setAttentionOnly(bool on)
{
    if (m_attentionOnly == on)
        return;
    m_attentionOnly = on;
    invalidateFilter();
}

bool TimerBoardFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_attentionOnly)
        return true;
    const auto state = TimerState(sourceModel()->index(sourceRow, 0, sourceParent).data(ItemRoles::TimerStateRole).toInt());
    return state == TimerState::DueSoon || state == TimerState::Overdue;
}

QVariant TimerBoardFilter::data(const QModelIndex &index, int role) const
{
    if (role == Qt::FontRole && m_highlight && index.isValid()
        && QSortFilterProxyModel::data(index, ItemRoles::EscalatedRole).toBool()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QSortFilterProxyModel::data(index, role);
}

TimerBoardPage::TimerBoardPage(TimerBoard *board, const Session &actor, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent), m_board(board), m_actor(actor), m_zone(zone), m_model(new TimerBoardModel(board, this)),
      m_filter(new TimerBoardFilter(actor.can(Permission::ApproveExtensions), this)), m_summary(new QLabel(this)),
      m_escalation(new QLabel(this)), m_attentionOnly(new QCheckBox(tr("Only due soon and overdue"), this)),
      m_view(new QTableView(this)), m_notifications(new QListWidget(this))
{
    m_model->setTimeZone(zone);
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_summary->setFont(big);
    m_attentionOnly->setObjectName(QStringLiteral("attentionOnly"));
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_attentionOnly);
    layout->addLayout(bar);
    m_escalation->setObjectName(QStringLiteral("escalationBanner"));
    m_escalation->setStyleSheet(
        QStringLiteral("background: #ffcdd2; color: #b71c1c; font-weight: bold; padding: 6px; border-radius: 3px;"));
    m_escalation->setWordWrap(true);
    m_escalation->hide();
    layout->addWidget(m_escalation);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_view->setObjectName(QStringLiteral("timerBoard"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(false); // the state colours are the point
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TimerBoardModel::TimeLeftColumn, Qt::AscendingOrder);
    splitter->addWidget(m_view);
    auto *notes = new QWidget(splitter);
    auto *notesLayout = new QVBoxLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(new QLabel(tr("Notifications"), notes));
    m_notifications->setObjectName(QStringLiteral("notifications"));
    notesLayout->addWidget(m_notifications);
    splitter->addWidget(notes);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_attentionOnly, &QCheckBox::toggled, m_filter, &TimerBoardFilter::setAttentionOnly);
    connect(board, &TimerBoard::stateChanged, this, &TimerBoardPage::stateChanged);
    connect(board, &TimerBoard::countsChanged, this, &TimerBoardPage::updateSummary);
    connect(board, &TimerBoard::reset, this, &TimerBoardPage::updateSummary);
    connect(board, &TimerBoard::reset, m_view, &QTableView::resizeColumnsToContents);
    connect(board, &TimerBoard::inserted, this, &TimerBoardPage::updateSummary);
    connect(board, &TimerBoard::removed, this, &TimerBoardPage::updateSummary);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequest(index.data(ItemRoles::IdRole).toLongLong());
    });
    updateSummary();
    m_view->resizeColumnsToContents();
}

void TimerBoardPage::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_model->setTimeZone(zone);
}

QStringList TimerBoardPage::notifications() const
{
    QStringList lines;
    for (int row = 0; row < m_notifications->count(); ++row)
        lines << m_notifications->item(row)->text();
    return lines;
}

QString TimerBoardPage::summaryText() const
{
    return m_summary->text();
}

QString TimerBoardPage::escalationText() const
{
    return m_escalation->isHidden() ? QString() : m_escalation->text();
}

void TimerBoardPage::updateSummary()
{
    const int onTrack = m_board->count(TimerState::OnTrack);
    const int dueSoon = m_board->count(TimerState::DueSoon);
    const int overdue = m_board->count(TimerState::Overdue);
    m_summary->setText(tr("On track %1 · Due soon %2 · Overdue %3").arg(onTrack).arg(dueSoon).arg(overdue));
    // SPEC 3.4: overdue items escalate to the manager.
    const bool manager = m_actor.can(Permission::ApproveExtensions);
    m_escalation->setVisible(manager && overdue > 0);
    m_escalation->setText(manager ? tr("%n overdue request(s) escalated to you: extend the deadline or see to the "
                                       "work (shown in bold below).",
                                       nullptr, overdue)
                                  : QString());
}

void TimerBoardPage::stateChanged(qint64 id, TimerState oldState, TimerState newState)
{
    // A request entering the board (registered, or loaded at start-up) or leaving it
    // (done) is not news; a move between on track, due soon and overdue is.
    if (oldState == TimerState::None || newState == TimerState::None)
        return;
    const int row = m_board->rowOf(id);
    if (row < 0)
        return;
    const TimerBoard::Item &item = m_board->items().at(row);
    const QString due = QDateTime::fromMSecsSinceEpoch(item.status.due, Qt::UTC)
                            .toTimeZone(m_zone)
                            .toString(QStringLiteral("HH:mm"));
    const QString what = RequestCodes::displayName(item.status.deadline);
    QString title;
    QString message;
    switch (newState) {
    case TimerState::DueSoon:
        title = tr("Due soon: %1").arg(item.entry.number);
        message = tr("%1 (%2): %3 due at %4, %5 left.")
                      .arg(item.entry.number, item.entry.location, what, due, RequestTimer::formatLeft(item.status.msecsLeft));
        break;
    case TimerState::Overdue:
        title = tr("Overdue: %1").arg(item.entry.number);
        message = tr("%1 (%2): %3 was due at %4. Escalated to the manager.")
                      .arg(item.entry.number, item.entry.location, what, due);
        break;
    case TimerState::OnTrack:
        title = tr("Back on track: %1").arg(item.entry.number);
        message = tr("%1 (%2): %3 now due at %4.").arg(item.entry.number, item.entry.location, what, due);
        break;
    case TimerState::None: return;
    }
    const QString stamp = m_board->lastEvaluated().toTimeZone(m_zone).toString(QStringLiteral("HH:mm:ss"));
    auto *line = new QListWidgetItem(tr("%1  %2").arg(stamp, message));
    line->setData(Qt::UserRole, id);
    if (newState == TimerState::Overdue)
        line->setForeground(QColor(0xb7, 0x1c, 0x1c));
    m_notifications->insertItem(0, line);
    while (m_notifications->count() > 200)
        delete m_notifications->takeItem(m_notifications->count() - 1);
    emit notify(title, message);
}

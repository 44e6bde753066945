#include "views/timerboardpage.h"

#include "models/domain/formats.h"
#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/timerboardmodel.h"
#include "models/services/timerboard.h"

#include <QCheckBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
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
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = TimerState(index.data(ItemRoles::TimerStateRole).toInt());
    return state == TimerState::DueSoon || state == TimerState::Overdue || index.data(ItemRoles::RaisedToMeRole).toBool();
}

QVariant TimerBoardFilter::data(const QModelIndex &index, int role) const
{
    if (role == Qt::FontRole && index.isValid()
        && ((m_highlight && QSortFilterProxyModel::data(index, ItemRoles::EscalatedRole).toBool())
            || QSortFilterProxyModel::data(index, ItemRoles::RaisedToMeRole).toBool())) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QSortFilterProxyModel::data(index, role);
}

TimerBoardPage::TimerBoardPage(TimerBoard *board, const Session &actor, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent), m_board(board), m_actor(actor), m_zone(zone), m_model(new TimerBoardModel(board, this)),
      m_filter(new TimerBoardFilter(actor.can(Permission::ApproveExtensions), this)), m_summary(new QLabel(this)),
      m_escalation(new QLabel(this)), m_attentionOnly(new QCheckBox(tr("Only what needs attention (due soon, overdue, raised to me)"), this)),
      m_view(new QTableView(this)), m_notifications(new QListWidget(this)), m_feeArrears(new QPushButton(this))
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
    // Shown once the main window gives the count (to those who collect fees).
    m_feeArrears->setObjectName(QStringLiteral("feeArrearsOver90"));
    m_feeArrears->setFlat(true);
    m_feeArrears->setCursor(Qt::PointingHandCursor);
    m_feeArrears->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_feeArrears->setToolTip(tr("Open the fee desk's arrears list, over 90 days"));
    m_feeArrears->hide();
    bar->addWidget(m_feeArrears);
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

    connect(m_feeArrears, &QPushButton::clicked, this, &TimerBoardPage::openFeeArrears);
    connect(m_attentionOnly, &QCheckBox::toggled, m_filter, &TimerBoardFilter::setAttentionOnly);
    connect(board, &TimerBoard::stateChanged, this, &TimerBoardPage::stateChanged);
    connect(board, &TimerBoard::countsChanged, this, &TimerBoardPage::updateSummary);
    connect(board, &TimerBoard::reset, this, &TimerBoardPage::updateSummary);
    connect(board, &TimerBoard::reset, this, &TimerBoardPage::fitColumns);
    connect(board, &TimerBoard::inserted, this, &TimerBoardPage::updateSummary);
    connect(board, &TimerBoard::itemChanged, this, &TimerBoardPage::updateSummary);
    connect(board, &TimerBoard::stateChanged, this, &TimerBoardPage::updateSummary);
    connect(board, &TimerBoard::removed, this, &TimerBoardPage::updateSummary);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(ItemRoles::IdRole).toLongLong();
        switch (BoardSource(index.data(ItemRoles::SourceRole).toInt())) {
        case BoardSource::Request:
        case BoardSource::SlipReturn:
        case BoardSource::TellComplainant: emit openRequest(id); break;
        case BoardSource::Inspection: emit openInspection(id); break;
        case BoardSource::Rectification: emit openFinding(id); break;
        }
    });
    updateSummary();
    fitColumns();
}

void TimerBoardPage::fitColumns()
{
    // What was found can be a long sentence: the column stays readable, the tooltip has it all.
    // The times are as wide as the widest they can be, whatever the rows shown now.
    m_view->resizeColumnsToContents();
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    const int widest = metrics.horizontalAdvance(QLatin1Char('M')) * 16;
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), widest));
    const qint64 longest = -(99LL * 24 + 23) * 3600 * 1000;
    const int timeLeft = metrics.horizontalAdvance(RequestTimer::formatLeft(longest)) + padding;
    m_view->setColumnWidth(TimerBoardModel::TimeLeftColumn, qMax(m_view->columnWidth(TimerBoardModel::TimeLeftColumn), timeLeft));
    int state = 0;
    for (TimerState s : {TimerState::OnTrack, TimerState::DueSoon, TimerState::Overdue})
        state = qMax(state, metrics.horizontalAdvance(RequestTimer::displayName(s)) + padding);
    m_view->setColumnWidth(TimerBoardModel::StateColumn, qMax(m_view->columnWidth(TimerBoardModel::StateColumn), state));
}

void TimerBoardPage::setFeeArrearsCounter(std::function<int()> count)
{
    m_feeCount = std::move(count);
    refreshFeeArrears();
}

void TimerBoardPage::refreshFeeArrears()
{
    if (!m_feeCount) {
        m_feeArrears->hide();
        return;
    }
    // Counting reads every bill past due: only for a board someone looks at; a hidden one
    // counts when it is shown.
    if (!isVisible()) {
        m_feeStale = true;
        return;
    }
    m_feeStale = false;
    m_feeCounted.start();
    const int houses = m_feeCount();
    m_feeArrears->setText(houses < 0 ? tr("Fee arrears over 90 days: not available")
                                     : tr("Houses in arrears over 90 days: %1").arg(houses));
    m_feeArrears->setVisible(true);
}

QString TimerBoardPage::feeArrearsText() const
{
    return m_feeArrears->isHidden() ? QString() : m_feeArrears->text();
}

void TimerBoardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Days pass while the program runs: a count older than five minutes is made again.
    if (m_feeCount && (m_feeStale || !m_feeCounted.isValid() || m_feeCounted.elapsed() > 5 * 60 * 1000))
        refreshFeeArrears();
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
    QString text = tr("On track %1 · Due soon %2 · Overdue %3").arg(onTrack).arg(dueSoon).arg(overdue);
    const int inspections = m_board->count(TimerState::DueSoon, BoardSource::Inspection)
                            + m_board->count(TimerState::Overdue, BoardSource::Inspection);
    if (inspections > 0)
        text += QLatin1Char(' ') + tr("(inspections among them: %1)").arg(inspections);
    m_summary->setText(text);
    // SPEC 3.4: overdue items escalate to the manager; SPEC 5: repeats to the superior.
    QStringList lines;
    const int overdueRequests = m_board->count(TimerState::Overdue, BoardSource::Request);
    if (m_actor.can(Permission::ApproveExtensions) && overdueRequests > 0)
        lines << tr("%n overdue request(s) escalated to you: extend the deadline or see to the work (shown in bold "
                    "below).",
                    nullptr, overdueRequests);
    if (const int raised = m_board->raisedToMeCount(); raised > 0)
        lines << tr("%n non-conformity(ies) found again by a higher level while still open, raised to you (shown in "
                    "bold below).",
                    nullptr, raised);
    m_escalation->setVisible(!lines.isEmpty());
    m_escalation->setText(lines.join(QLatin1Char('\n')));
}

void TimerBoardPage::stateChanged(const BoardKey &key, TimerState oldState, TimerState newState)
{
    // A line entering the board (registered, or loaded at start-up) or leaving it (done)
    // is not news; a move between on track, due soon and overdue is.
    if (oldState == TimerState::None || newState == TimerState::None)
        return;
    const int row = m_board->rowOf(key);
    if (row < 0)
        return;
    const TimerBoard::Item &item = m_board->items().at(row);
    // "15:52" today, "11-28 15:52" on another day.
    const QDateTime dueAt = QDateTime::fromMSecsSinceEpoch(item.status.due, Qt::UTC).toTimeZone(m_zone);
    const bool today = dueAt.date() == m_board->lastEvaluated().toTimeZone(m_zone).date();
    const QString due = dueAt.toString(today ? Formats::time() : Formats::shortDateTime());
    const QString what = TimerBoardModel::deadlineName(item);
    const QString name = TimerBoardModel::lineTitle(item);
    // "BX-…-001 (3栋1单元101)", "部门主管 王芳 (3栋)", "不合格项 12 (3栋)".
    QString subject = name;
    if (item.source == BoardSource::Inspection)
        subject += QLatin1Char(' ') + item.entry.responsibleName;
    if (!item.entry.location.isEmpty())
        subject = tr("%1 (%2)").arg(subject, item.entry.location);
    QString title;
    QString message;
    switch (newState) {
    case TimerState::DueSoon:
        title = tr("Due soon: %1").arg(name);
        message = tr("%1: %2 due at %3, %4 left.").arg(subject, what, due, RequestTimer::formatLeft(item.status.msecsLeft));
        break;
    case TimerState::Overdue:
        title = tr("Overdue: %1").arg(name);
        message = item.source == BoardSource::Request
                      ? tr("%1: %2 was due at %3. Escalated to the manager.").arg(subject, what, due)
                      : tr("%1: %2 was due at %3.").arg(subject, what, due);
        break;
    case TimerState::OnTrack:
        title = tr("Back on track: %1").arg(name);
        message = tr("%1: %2 now due at %3.").arg(subject, what, due);
        break;
    case TimerState::None: return;
    }
    const QString stamp = m_board->lastEvaluated().toTimeZone(m_zone).toString(Formats::timeSeconds());
    auto *line = new QListWidgetItem(tr("%1  %2").arg(stamp, message));
    line->setData(Qt::UserRole, key.id);
    line->setData(Qt::UserRole + 1, int(key.source));
    if (newState == TimerState::Overdue)
        line->setForeground(QColor(0xb7, 0x1c, 0x1c));
    m_notifications->insertItem(0, line);
    while (m_notifications->count() > 200)
        delete m_notifications->takeItem(m_notifications->count() - 1);
    emit notify(title, message);
}

#pragma once

#include "models/domain/requesttimer.h"
#include "models/domain/session.h"
#include "models/services/timerboard.h"

#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTimeZone>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class TimerBoardModel;

// The board's view order and filter: most urgent first (time left, in the model's
// SortRole), optionally only the due-soon and overdue ones; for a manager the
// escalated (overdue) rows are set in bold.
class TimerBoardFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TimerBoardFilter(bool highlightEscalated, QObject *parent = nullptr);
    void setAttentionOnly(bool on);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_highlight;
    bool m_attentionOnly = false;
};

// 计时看板: every open request with the time left to its next deadline, the inspections due
// and the rectification deadlines, live (the TimerBoard ticks from memory; no database query
// per second), and a line in the notifications list for each change to due soon or overdue.
class TimerBoardPage : public QWidget
{
    Q_OBJECT

public:
    TimerBoardPage(TimerBoard *board, const Session &actor, const QTimeZone &zone, QWidget *parent = nullptr);

    TimerBoardModel *boardModel() const { return m_model; }
    TimerBoardFilter *filterModel() const { return m_filter; }
    QStringList notifications() const;
    QString summaryText() const;
    QString escalationText() const;
    void setTimeZone(const QTimeZone &zone);
    // For those who collect fees: the number of houses in arrears over 90 days, counted by
    // the given function (-1: could not be counted) when the board is shown, and again when
    // refreshed (at once while it is shown, else at the next showing).
    void setFeeArrearsCounter(std::function<int()> count);
    void refreshFeeArrears();
    QString feeArrearsText() const;

signals:
    // Once per state change: the main window shows it as a desktop notification.
    void notify(const QString &title, const QString &message);
    // Enter or double-click on a line: the request, the schedule line, the non-conformity.
    void openRequest(qint64 id);
    void openInspection(qint64 assignmentId);
    void openFinding(qint64 nonConformityId);
    // The fee arrears line was clicked: the arrears over 90 days.
    void openFeeArrears();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void stateChanged(const BoardKey &key, TimerState oldState, TimerState newState);
    void updateSummary();
    void fitColumns();

    TimerBoard *m_board;
    Session m_actor;
    QTimeZone m_zone;
    TimerBoardModel *m_model;
    TimerBoardFilter *m_filter;
    QLabel *m_summary;
    QLabel *m_escalation;
    QCheckBox *m_attentionOnly;
    QTableView *m_view;
    QListWidget *m_notifications;
    QPushButton *m_feeArrears;
    std::function<int()> m_feeCount;
    bool m_feeStale = true;
    QElapsedTimer m_feeCounted;
};

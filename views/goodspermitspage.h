#pragma once

#include "models/domain/session.h"

#include <QTimeZone>
#include <QWidget>

class Clock;
class GoodsPermitModel;
class GoodsPermitRepository;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// The office's goods-out permits (出入物品申报): residents apply here, a manager approves, and
// the list shows which permit the gate collected, by whom and when. Nothing is deleted: a
// permit that will not be used is voided with a reason.
class GoodsPermitsPage : public QWidget
{
    Q_OBJECT

public:
    GoodsPermitsPage(GoodsPermitRepository &permits, const Session &session, const Clock &clock, const QTimeZone &zone,
                     QWidget *parent = nullptr);

    void reload();
    void apply();
    void approve();
    void voidPermit();
    GoodsPermitModel *model() const { return m_model; }
    QString messageText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    int selectedRow() const;
    void report(const QString &text, bool error);
    void select(const QString &id);
    void updateButtons();

    GoodsPermitRepository &m_permits;
    Session m_session;
    const Clock &m_clock;
    QTimeZone m_zone;
    QComboBox *m_filter;
    GoodsPermitModel *m_model;
    QTableView *m_view;
    QPushButton *m_approve;
    QPushButton *m_void;
    QLabel *m_message;
};

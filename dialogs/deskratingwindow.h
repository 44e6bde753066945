#pragma once

#include "models/domain/servicerequest.h"
#include "models/domain/session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScreen;
class ReportRepository;

// 电子评议: a full-screen window (on the screen chosen, e.g. a second monitor facing the
// resident) with three large buttons. The clerk arms it for the service just given; the
// resident's one press is recorded and the window waits for the next service.
class DeskRatingWindow : public QWidget
{
    Q_OBJECT

public:
    DeskRatingWindow(ReportRepository &reports, const Session &session, QWidget *parent = nullptr);

    // Shows the window full screen on that screen (the primary one when null).
    void showOn(QScreen *screen);
    // Asks the clerk which service is rated, arms the window for it and shows it on the
    // screen facing the resident (the second monitor when there is one).
    void startFromPrompt(QWidget *asker, const QDateTime &now);
    // Ready for one answer about this service (a request number or a counter service).
    void arm(const QString &service, const QString &houseNumber = {});
    bool isArmed() const { return !m_service.isEmpty(); }
    QPushButton *button(Attitude answer) const;
    QString message() const;

signals:
    void rated(const QString &service, Attitude answer);

private:
    void rate(Attitude answer);
    void setArmed(bool armed);

    ReportRepository &m_reports;
    Session m_session;
    QString m_service;
    QString m_house;
    QLabel *m_prompt;
    QPushButton *m_satisfied;
    QPushButton *m_basic;
    QPushButton *m_unsatisfied;
};

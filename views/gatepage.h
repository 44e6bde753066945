#pragma once

#include "models/domain/gaterecords.h"
#include "models/domain/session.h"

#include <QTimeZone>
#include <QWidget>

class Clock;
class GateRepository;
class GoodsPermitRepository;
class PatrolRepository;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class UserRepository;
class VehicleLogModel;
class VehiclesInsideModel;
class VisitorsInsideModel;

// The guard's screen: a plate and Enter logs the vehicle with the category the plate is known
// as; the category and direction boxes are for the exceptions. Lists the vehicles and visitors
// inside, today's counts and the patrol rounds due. Clerks see it read-only.
class GatePage : public QWidget
{
    Q_OBJECT

public:
    struct Services
    {
        GateRepository &gate;
        GoodsPermitRepository &permits;
        PatrolRepository &patrols;
        UserRepository &users;
    };

    GatePage(const Services &services, const Session &session, const Clock &clock, const QTimeZone &zone,
             const QString &estateName, QWidget *parent = nullptr);

    void reload();
    void logPlate();
    QString resultText() const;
    bool hasDecision() const { return m_hasDecision; }
    const VehicleDecision &lastDecision() const { return m_last; }
    QString receiptHtml() const;
    void printReceipt();
    VehiclesInsideModel *vehiclesModel() const { return m_vehicles; }
    VisitorsInsideModel *visitorsModel() const { return m_visitors; }
    VehicleLogModel *logModel() const { return m_log; }
    QString countsText() const;
    QString patrolText() const;

    void openVisitorDialog();
    void markVisitorLeft();
    void openGoodsCheck();
    void openPatrolRound();
    void openFinding();
    void openHandover();
    // Who is on duty at this screen: the guard signed in, or the one a handover passed it to.
    const Session &onDuty() const { return m_session; }
    // The QSettings key of this gate's home province (asked once, at the gate's first start).
    static QString homeProvinceKey() { return QStringLiteral("gate/province"); }
    void keepHomeProvince();

signals:
    // A handover signed the incoming guard in at this screen.
    void guardChanged(const Session &incoming);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The plate as typed, with this gate's home province put in front when the guard
    // typed only the letter and serial (a keyboard has no 粤 key).
    QString typedPlate() const;
    void updateHint();
    void showResult(const QString &text, const QString &colour);
    void resetEntry();

    Services m_services;
    Session m_session;
    const Clock &m_clock;
    QTimeZone m_zone;
    QString m_estateName;
    QLineEdit *m_plate;
    QComboBox *m_province;
    QWidget *m_provincePrompt = nullptr;
    QComboBox *m_homeProvince = nullptr;
    QLabel *m_onDuty = nullptr;
    QComboBox *m_direction;
    QComboBox *m_category;
    QLineEdit *m_permit;
    QLabel *m_hint;
    QLabel *m_result;
    QPushButton *m_receipt;
    QLabel *m_counts;
    QLabel *m_patrol;
    VehiclesInsideModel *m_vehicles;
    VisitorsInsideModel *m_visitors;
    VehicleLogModel *m_log;
    QTableView *m_vehicleView;
    QTableView *m_visitorView;
    QTimer *m_refresh;
    QString m_confirmedPlate; // the unusual plate the guard was warned about
    VehicleDecision m_last;
    bool m_hasDecision = false;
};

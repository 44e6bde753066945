#include "views/gatepage.h"
#include "views/listtable.h"

#include "dialogs/goodscheckdialog.h"
#include "dialogs/handoverdialog.h"
#include "dialogs/patrolfindingdialog.h"
#include "dialogs/patrolrounddialog.h"
#include "dialogs/visitordialog.h"
#include "models/database/clock.h"
#include "models/domain/formats.h"
#include "models/domain/validation.h"
#include "models/io/gatereceipt.h"
#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/vehiclelogmodel.h"
#include "models/itemmodels/vehiclesinsidemodel.h"
#include "models/itemmodels/visitorsinsidemodel.h"
#include "models/repositories/gaterepository.h"
#include "models/repositories/patrolrepository.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>


GatePage::GatePage(const Services &services, const Session &session, const Clock &clock, const QTimeZone &zone,
                   const QString &estateName, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session), m_clock(clock), m_zone(zone),
      m_estateName(estateName), m_plate(new QLineEdit(this)), m_direction(new QComboBox(this)),
      m_category(new QComboBox(this)), m_permit(new QLineEdit(this)), m_hint(new QLabel(this)),
      m_result(new QLabel(this)), m_receipt(new QPushButton(tr("&Print receipt (Ctrl+P)"), this)),
      m_counts(new QLabel(this)), m_patrol(new QLabel(this)), m_vehicles(new VehiclesInsideModel(this)),
      m_visitors(new VisitorsInsideModel(this)), m_log(new VehicleLogModel(services.gate, session, 200, this)),
      m_vehicleView(nullptr), m_visitorView(nullptr),
      m_refresh(new QTimer(this))
{
    const bool canWrite = session.can(Permission::WriteGateLogs);
    m_vehicles->setTimeZone(zone);
    m_visitors->setTimeZone(zone);

    m_plate->setObjectName(QStringLiteral("plateEdit"));
    m_plate->setPlaceholderText(tr("Plate, then Enter"));
    QFont big = m_plate->font();
    big.setPointSize(big.pointSize() * 2);
    m_plate->setFont(big);
    m_plate->setMaxLength(16);
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    m_direction->addItem(tr("In or out (by the log)"));
    m_direction->addItem(tr("In"), int(GateDirection::In));
    m_direction->addItem(tr("Out"), int(GateDirection::Out));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->addItem(tr("As the plate is known"));
    for (VehicleCategory c : GateRules::all())
        m_category->addItem(GateRules::displayName(c), GateRules::code(c));
    m_permit->setObjectName(QStringLiteral("permitEdit"));
    m_permit->setPlaceholderText(tr("permit no. (if shown)"));
    m_hint->setObjectName(QStringLiteral("plateHint"));
    m_hint->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("gateResult"));
    m_result->setWordWrap(true);
    QFont resultFont = m_result->font();
    resultFont.setPointSize(resultFont.pointSize() + 4);
    resultFont.setBold(true);
    m_result->setFont(resultFont);
    m_receipt->setObjectName(QStringLiteral("receiptButton"));
    m_receipt->setEnabled(false);
    m_counts->setObjectName(QStringLiteral("gateCounts"));
    m_patrol->setObjectName(QStringLiteral("patrolStatus"));
    m_patrol->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    auto *entry = new QGridLayout;
    auto *plateLabel = new QLabel(tr("Pl&ate"), this);
    plateLabel->setBuddy(m_plate);
    auto *directionLabel = new QLabel(tr("&Direction"), this);
    directionLabel->setBuddy(m_direction);
    auto *categoryLabel = new QLabel(tr("Cate&gory"), this);
    categoryLabel->setBuddy(m_category);
    auto *permitLabel = new QLabel(tr("Per&mit"), this);
    permitLabel->setBuddy(m_permit);
    auto *logButton = new QPushButton(tr("Log (Enter)"), this);
    logButton->setObjectName(QStringLiteral("logButton"));
    logButton->setAutoDefault(false);
    m_province = new QComboBox(this);
    m_province->setObjectName(QStringLiteral("provinceCombo"));
    m_province->setToolTip(tr("Put in front of a plate typed without its province"));
    m_province->addItem(tr("(none)"), QString());
    const QString provinces = QStringLiteral("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼");
    for (const QChar c : provinces)
        m_province->addItem(QString(c), QString(c));
    m_province->setCurrentIndex(qMax(0, m_province->findData(QSettings().value(homeProvinceKey()).toString())));
    // A new gate asks its home province once; the answer is kept for this seat.
    auto *promptFrame = new QFrame(this);
    promptFrame->setFrameShape(QFrame::StyledPanel);
    m_provincePrompt = promptFrame;
    m_provincePrompt->setObjectName(QStringLiteral("provincePrompt"));
    m_provincePrompt->setStyleSheet(QStringLiteral("QFrame#provincePrompt { background: #fff4e5; }"));
    auto *promptLayout = new QHBoxLayout(m_provincePrompt);
    auto *question = new QLabel(tr("Which province is this gate in? A plate typed without its province "
                                   "(B12345) gets it. Choose with Up/Down, then Enter; it is kept for this gate."),
                                m_provincePrompt);
    question->setWordWrap(true);
    m_homeProvince = new QComboBox(m_provincePrompt);
    m_homeProvince->setObjectName(QStringLiteral("homeProvinceChoice"));
    for (int i = 0; i < m_province->count(); ++i)
        m_homeProvince->addItem(m_province->itemText(i), m_province->itemData(i));
    m_homeProvince->setFont(big);
    auto *keep = new QPushButton(tr("&Keep"), m_provincePrompt);
    keep->setObjectName(QStringLiteral("keepProvince"));
    keep->setAutoDefault(false);
    promptLayout->addWidget(question, 1);
    promptLayout->addWidget(m_homeProvince);
    promptLayout->addWidget(keep);
    connect(keep, &QPushButton::clicked, this, &GatePage::keepHomeProvince);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *confirm = new QShortcut(key, m_provincePrompt);
        confirm->setContext(Qt::WidgetWithChildrenShortcut);
        connect(confirm, &QShortcut::activated, this, &GatePage::keepHomeProvince);
    }
    m_provincePrompt->setVisible(session.can(Permission::WriteGateLogs) && !QSettings().contains(homeProvinceKey()));
    m_province->setFont(big);
    m_province->setFocusPolicy(Qt::ClickFocus); // Tab goes from the plate to the direction
    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(homeProvinceKey(), m_province->currentData().toString());
        updateHint();
    });
    entry->addWidget(plateLabel, 0, 0);
    auto *plateRow = new QHBoxLayout;
    plateRow->addWidget(m_province);
    plateRow->addWidget(m_plate, 1);
    entry->addLayout(plateRow, 0, 1, 1, 3);
    entry->addWidget(logButton, 0, 4);
    entry->addWidget(directionLabel, 1, 0);
    entry->addWidget(m_direction, 1, 1);
    entry->addWidget(categoryLabel, 1, 2);
    entry->addWidget(m_category, 1, 3);
    entry->addWidget(permitLabel, 2, 0);
    entry->addWidget(m_permit, 2, 1);
    m_onDuty = new QLabel(tr("On duty: %1").arg(session.displayName), this);
    m_onDuty->setObjectName(QStringLiteral("onDuty"));
    layout->addWidget(m_provincePrompt);
    layout->addWidget(m_onDuty);
    layout->addLayout(entry);
    layout->addWidget(m_hint);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_receipt);
    layout->addLayout(resultRow);
    layout->addWidget(m_counts);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("gateTabs"));
    auto *insidePage = new QWidget(tabs);
    auto *lists = new QHBoxLayout(insidePage);
    auto *vehicleBox = new QGroupBox(tr("Vehicles inside"), this);
    auto *vehicleLayout = new QVBoxLayout(vehicleBox);
    m_vehicleView = listTable(vehicleBox, m_vehicles, "vehiclesInsideView");
    vehicleLayout->addWidget(m_vehicleView);
    auto *visitorBox = new QGroupBox(tr("Visitors inside"), this);
    auto *visitorLayout = new QVBoxLayout(visitorBox);
    m_visitorView = listTable(visitorBox, m_visitors, "visitorsInsideView");
    visitorLayout->addWidget(m_visitorView);
    lists->addWidget(vehicleBox, 1);
    lists->addWidget(visitorBox, 1);
    tabs->addTab(insidePage, tr("Inside now"));
    m_log->setTimeZone(zone);
    auto *logView = listTable(tabs, m_log, "vehicleLogView");
    tabs->addTab(logView, tr("Vehicle log"));
    layout->addWidget(tabs, 1);
    layout->addWidget(m_patrol);

    auto *actions = new QHBoxLayout;
    struct Action
    {
        QString text;
        QKeySequence key;
        void (GatePage::*slot)();
        const char *name;
    };
    const Action list[] = {
        {tr("Visitor in (F5)"), QKeySequence(Qt::Key_F5), &GatePage::openVisitorDialog, "visitorButton"},
        {tr("Visitor left (F6)"), QKeySequence(Qt::Key_F6), &GatePage::markVisitorLeft, "visitorLeftButton"},
        {tr("Goods permit (F7)"), QKeySequence(Qt::Key_F7), &GatePage::openGoodsCheck, "goodsButton"},
        {tr("Patrol round (F8)"), QKeySequence(Qt::Key_F8), &GatePage::openPatrolRound, "patrolButton"},
        {tr("Patrol finding (F9)"), QKeySequence(Qt::Key_F9), &GatePage::openFinding, "findingButton"},
        {tr("Shift handover (F10)"), QKeySequence(Qt::Key_F10), &GatePage::openHandover, "handoverButton"},
    };
    for (const Action &a : list) {
        auto *button = new QPushButton(a.text, this);
        button->setObjectName(QString::fromLatin1(a.name));
        button->setAutoDefault(false);
        button->setEnabled(canWrite);
        actions->addWidget(button);
        connect(button, &QPushButton::clicked, this, a.slot);
        if (canWrite) {
            auto *shortcut = new QShortcut(a.key, this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, a.slot);
        }
    }
    actions->addStretch(1);
    layout->addLayout(actions);

    for (QWidget *w : std::initializer_list<QWidget *>{m_plate, m_direction, m_category, m_permit, logButton})
        w->setEnabled(canWrite);
    if (!canWrite)
        m_hint->setText(tr("You can look at the gate's records but not write them."));

    connect(m_plate, &QLineEdit::returnPressed, this, &GatePage::logPlate);
    connect(m_permit, &QLineEdit::returnPressed, this, &GatePage::logPlate);
    connect(logButton, &QPushButton::clicked, this, &GatePage::logPlate);
    connect(m_plate, &QLineEdit::textChanged, this, &GatePage::updateHint);
    connect(m_receipt, &QPushButton::clicked, this, &GatePage::printReceipt);
    auto *print = new QShortcut(QKeySequence(QKeySequence::Print), this);
    print->setContext(Qt::WidgetWithChildrenShortcut);
    connect(print, &QShortcut::activated, this, [this] {
        if (m_receipt->isEnabled())
            printReceipt();
    });
    auto *focusPlate = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    focusPlate->setContext(Qt::WidgetWithChildrenShortcut);
    connect(focusPlate, &QShortcut::activated, this, &GatePage::resetEntry);

    connect(m_refresh, &QTimer::timeout, this, &GatePage::reload);
    m_refresh->start(30 * 1000);
    setFocusProxy(m_plate);
    reload();
}

void GatePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_provincePrompt->isHidden())
        m_homeProvince->setFocus(Qt::OtherFocusReason);
    else
        m_plate->setFocus(Qt::OtherFocusReason);
}

void GatePage::keepHomeProvince()
{
    const QString province = m_homeProvince->currentData().toString();
    QSettings().setValue(homeProvinceKey(), province);
    m_province->setCurrentIndex(qMax(0, m_province->findData(province)));
    m_provincePrompt->hide();
    showResult(province.isEmpty() ? tr("No home province: plates are taken as typed.")
                                  : tr("Home province %1 kept: B12345 typed is %1B12345.").arg(province),
               QStringLiteral("#1b5e20"));
    m_plate->setFocus(Qt::OtherFocusReason);
}

void GatePage::reload()
{
    GateRepository &gate = m_services.gate;
    const QDateTime now = m_clock.now();
    if (const auto vehicles = gate.vehiclesInside(m_session))
        m_vehicles->setVehicles(vehicles.value(), now);
    if (const auto visitors = gate.visitorsInside(m_session))
        m_visitors->setVisitors(visitors.value());
    m_log->reload();
    if (const auto c = gate.counts(m_session)) {
        m_counts->setText(tr("Today: %1 in, %2 out, %3 refused, %4 visitors, fees ¥%5 — inside now: %6 vehicles, "
                             "%7 visitors")
                              .arg(c->vehiclesIn)
                              .arg(c->vehiclesOut)
                              .arg(c->refused)
                              .arg(c->visitors)
                              .arg(GateRules::formatYuan(c->feesFen))
                              .arg(c->vehiclesInside)
                              .arg(c->visitorsInside));
    }
    if (const auto status = m_services.patrols.status(m_session)) {
        QStringList parts;
        bool overdue = false;
        for (const PatrolStatus &s : status.value()) {
            if (!s.lastRound.isValid())
                parts << tr("%1: no round yet").arg(s.route.name);
            else if (s.overdue)
                parts << tr("%1: OVERDUE by %2").arg(s.route.name, GateRules::displayStay(s.overdueMs));
            else
                parts << tr("%1: next round by %2").arg(s.route.name, s.due.toTimeZone(m_zone).toString(Formats::time()));
            overdue = overdue || s.overdue;
        }
        m_patrol->setText(tr("Patrols — %1").arg(parts.join(QStringLiteral("; "))));
        m_patrol->setStyleSheet(overdue ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    }
}

QString GatePage::countsText() const
{
    return m_counts->text();
}

QString GatePage::patrolText() const
{
    return m_patrol->text();
}

QString GatePage::resultText() const
{
    return m_result->text();
}

QString GatePage::typedPlate() const
{
    const QString plate = Validation::normalizePlate(m_plate->text());
    const QString province = m_province->currentData().toString();
    if (!province.isEmpty() && !plate.isEmpty() && plate.at(0).isLetter() && plate.at(0).unicode() < 128)
        return province + plate;
    return plate;
}

void GatePage::updateHint()
{
    if (!m_session.can(Permission::WriteGateLogs))
        return;
    const QString plate = typedPlate();
    if (plate != m_confirmedPlate)
        m_confirmedPlate.clear();
    if (plate.size() < 6) {
        m_hint->clear();
        return;
    }
    const auto seen = m_services.gate.lookUpPlate(m_session, plate);
    if (!seen) {
        m_hint->setText(seen.error());
        return;
    }
    QString text;
    if (seen->inside)
        text = tr("%1 is inside since %2: Enter logs it out as %3.")
                   .arg(seen->plate, seen->insideSince.toTimeZone(m_zone).toString(Formats::shortDateTime()),
                        GateRules::displayName(seen->defaultOut));
    else
        text = tr("%1: Enter logs it in as %2.").arg(seen->plate, GateRules::displayName(seen->defaultIn));
    if (!seen->residentName.isEmpty())
        text += QLatin1Char(' ') + tr("Registered to %1.").arg(seen->residentName);
    if (!seen->warning.isEmpty())
        text += QLatin1Char(' ') + seen->warning;
    m_hint->setText(text);
}

void GatePage::showResult(const QString &text, const QString &colour)
{
    m_result->setText(text);
    m_result->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
}

void GatePage::resetEntry()
{
    m_plate->clear();
    m_permit->clear();
    m_direction->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_confirmedPlate.clear();
    m_plate->setFocus(Qt::OtherFocusReason);
}

void GatePage::logPlate()
{
    if (!m_session.can(Permission::WriteGateLogs))
        return;
    const QString plate = typedPlate();
    if (plate.isEmpty()) {
        m_plate->setFocus(Qt::OtherFocusReason);
        return;
    }
    VehicleEventInput input;
    input.plate = plate;
    input.permitNumber = m_permit->text();
    input.plateConfirmed = !m_confirmedPlate.isEmpty() && m_confirmedPlate == plate;
    if (m_category->currentIndex() > 0)
        input.category = GateRules::fromCode(m_category->currentData().toString());
    if (m_direction->currentIndex() > 0) {
        input.direction = GateDirection(m_direction->currentData().toInt());
    } else {
        const auto seen = m_services.gate.lookUpPlate(m_session, plate);
        input.direction = seen && seen->inside ? GateDirection::Out : GateDirection::In;
    }
    const auto decision = m_services.gate.recordVehicle(m_session, input);
    if (!decision) {
        showResult(decision.error(), QStringLiteral("#b3261e"));
        m_plate->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (decision->needsConfirmation) {
        // Never a dead end: the same plate and Enter again logs it as typed.
        m_confirmedPlate = decision->plate;
        showResult(tr("%1 Press Enter again to log it as typed, or correct it.").arg(decision->plateWarning),
                   QStringLiteral("#b35c00"));
        m_plate->setFocus(Qt::OtherFocusReason);
        return;
    }
    const VehicleDecision &d = decision.value();
    m_last = d;
    m_hasDecision = true;
    const QString when = d.at.toTimeZone(m_zone).toString(Formats::time());
    const QString category = GateRules::displayName(d.category);
    QString text;
    QString colour = QStringLiteral("#1b5e20");
    if (d.refused) {
        text = tr("REFUSED %1 (%2) at %3: %4").arg(d.plate, category, when, d.reason);
        colour = QStringLiteral("#b3261e");
    } else if (d.direction == GateDirection::In) {
        text = tr("IN %1 — %2 at %3").arg(d.plate, category, when);
        if (!d.residentName.isEmpty())
            text += QLatin1Char(' ') + tr("(%1)").arg(d.residentName);
    } else {
        text = tr("OUT %1 — %2 at %3").arg(d.plate, category, when);
        if (d.stayMs >= 0)
            text += QLatin1Char(' ') + tr("stay %1, fee ¥%2").arg(GateRules::displayStay(d.stayMs),
                                                                 GateRules::formatYuan(d.feeFen));
    }
    if (!d.permitNumber.isEmpty())
        text += QLatin1Char(' ') + tr("Permit %1 collected.").arg(d.permitNumber);
    if (d.flagged) {
        text += QLatin1Char(' ') + d.flagReason;
        colour = QStringLiteral("#b35c00");
    }
    if (!d.note.isEmpty())
        text += QLatin1Char(' ') + d.note;
    showResult(text, colour);
    m_receipt->setEnabled(!d.refused && d.direction == GateDirection::Out && d.category == VehicleCategory::Temporary);
    resetEntry();
    m_hint->clear();
    reload();
}

QString GatePage::receiptHtml() const
{
    if (!m_hasDecision)
        return {};
    return GateReceipt::html(m_last, m_estateName, m_zone, m_session.displayName, m_services.gate.tariff());
}

void GatePage::printReceipt()
{
    if (!m_hasDecision)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QSizeF(80, 120), QPageSize::Millimeter));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Parking receipt"));
    const QString html = receiptHtml();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [html](QPrinter *target) {
        QTextDocument document;
        document.setHtml(html);
        document.print(target);
    });
    preview.exec();
    m_plate->setFocus(Qt::OtherFocusReason);
}

void GatePage::openVisitorDialog()
{
    VisitorDialog dialog(m_services.gate, m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
    m_plate->setFocus(Qt::OtherFocusReason);
}

void GatePage::markVisitorLeft()
{
    const QModelIndex current = m_visitorView->currentIndex();
    const int row = current.isValid() ? current.row() : (m_visitors->rowCount() == 1 ? 0 : -1);
    if (row < 0) {
        showResult(tr("Select the visitor who left in the list of visitors inside."), QStringLiteral("#b35c00"));
        m_visitorView->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString id = m_visitors->data(m_visitors->index(row, 0), ItemRoles::IdRole).toString();
    const QString name = m_visitors->visitor(row).name;
    if (Status s = m_services.gate.visitorLeft(m_session, id); !s) {
        showResult(s.error(), QStringLiteral("#b3261e"));
        return;
    }
    showResult(tr("Visitor %1 left at %2.").arg(name, m_clock.now().toTimeZone(m_zone).toString(Formats::time())),
               QStringLiteral("#1b5e20"));
    reload();
    m_plate->setFocus(Qt::OtherFocusReason);
}

void GatePage::openGoodsCheck()
{
    GoodsCheckDialog dialog(m_services.permits, m_session, m_zone, this);
    dialog.exec();
    reload();
    m_plate->setFocus(Qt::OtherFocusReason);
}

void GatePage::openPatrolRound()
{
    PatrolRoundDialog dialog(m_services.patrols, m_session, this);
    dialog.exec();
    reload();
    m_plate->setFocus(Qt::OtherFocusReason);
}

void GatePage::openFinding()
{
    PatrolFindingDialog dialog(m_services.patrols, m_session, this);
    dialog.exec();
    m_plate->setFocus(Qt::OtherFocusReason);
}

void GatePage::openHandover()
{
    HandoverDialog dialog(m_services.gate, m_services.users, m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        // The incoming guard signed the handover: the screen is theirs from now on.
        const QString outgoing = m_session.displayName;
        m_session = dialog.incoming();
        m_log->setSession(m_session);
        m_onDuty->setText(tr("On duty: %1").arg(m_session.displayName));
        showResult(tr("Shift handed over at %1: %2 is on duty now (from %3).")
                       .arg(m_clock.now().toTimeZone(m_zone).toString(Formats::time()), m_session.displayName,
                            outgoing),
                   QStringLiteral("#1b5e20"));
        emit guardChanged(m_session);
    }
    reload();
    m_plate->setFocus(Qt::OtherFocusReason);
}

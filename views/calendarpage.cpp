#include "views/calendarpage.h"

#include "models/database/clock.h"
#include "models/domain/deadlinecalculator.h"
#include "models/domain/formats.h"
#include "models/itemmodels/holidaytablemodel.h"
#include "models/repositories/calendarrepository.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTextCharFormat>
#include <QVBoxLayout>

CalendarPage::CalendarPage(CalendarRepository &calendar, const Clock &clock, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent), m_repository(calendar), m_clock(clock), m_zone(zone), m_model(new HolidayTableModel(this)),
      m_month(new QCalendarWidget(this)), m_table(new QTableView(this)), m_yearLabel(new QLabel(this)),
      m_from(new QDateTimeEdit(this)), m_amount(new QSpinBox(this)), m_unit(new QComboBox(this)),
      m_deadline(new QLabel(this)), m_warning(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_month->setObjectName(QStringLiteral("monthCalendar"));
    m_month->setGridVisible(true);
    m_month->setFirstDayOfWeek(Qt::Monday);
    m_month->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    left->addWidget(m_month);
    auto *legend = new QLabel(tr("<span style='color:#c0392b'>&#9632;</span> official holiday &nbsp; "
                                 "<span style='color:#1f5fa8'>&#9632;</span> adjusted working day"),
                              this);
    left->addWidget(legend);

    auto *calculator = new QGroupBox(tr("Deadline calculator"), this);
    auto *form = new QFormLayout(calculator);
    m_from->setObjectName(QStringLiteral("deadlineFrom"));
    m_from->setDisplayFormat(Formats::dateTime());
    m_from->setCalendarPopup(true);
    form->addRow(tr("&Registered at:"), m_from);
    auto *limitRow = new QHBoxLayout;
    m_amount->setObjectName(QStringLiteral("deadlineAmount"));
    m_amount->setRange(1, 9999);
    m_amount->setValue(7);
    m_unit->setObjectName(QStringLiteral("deadlineUnit"));
    m_unit->addItem(tr("minutes"), QStringLiteral("m"));
    m_unit->addItem(tr("hours"), QStringLiteral("h"));
    m_unit->addItem(tr("working days"), QStringLiteral("wd"));
    m_unit->setCurrentIndex(2);
    limitRow->addWidget(m_amount);
    limitRow->addWidget(m_unit);
    form->addRow(tr("Time limit:"), limitRow);
    m_deadline->setObjectName(QStringLiteral("deadlineResult"));
    QFont big = m_deadline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_deadline->setFont(big);
    m_deadline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Deadline:"), m_deadline);
    m_warning->setObjectName(QStringLiteral("deadlineWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    form->addRow(QString(), m_warning);
    auto *nowButton = new QPushButton(tr("&Now"), calculator);
    form->addRow(QString(), nowButton);
    left->addWidget(calculator);
    left->addStretch();
    layout->addLayout(left, 0);

    auto *right = new QVBoxLayout;
    QFont heading = m_yearLabel->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_yearLabel->setFont(heading);
    right->addWidget(m_yearLabel);
    m_table->setObjectName(QStringLiteral("holidayTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    right->addWidget(m_table);
    layout->addLayout(right, 1);

    connect(m_month, &QCalendarWidget::currentPageChanged, this, [this](int year, int) { showYear(year); });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &CalendarPage::computeDeadline);
    connect(m_amount, &QSpinBox::valueChanged, this, &CalendarPage::computeDeadline);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &CalendarPage::computeDeadline);
    connect(nowButton, &QPushButton::clicked, this, [this] {
        const QDateTime now = m_clock.now().toTimeZone(m_zone);
        m_from->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    });

    const QDateTime now = m_clock.now().toTimeZone(m_zone);
    m_from->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    m_month->setSelectedDate(now.date());
    reload();
}

void CalendarPage::reload()
{
    m_calendar = m_repository.calendar();
    m_shownYear = 0;
    showYear(m_month->yearShown());
    markCalendar();
    computeDeadline();
}

void CalendarPage::showYear(int year)
{
    if (year == m_shownYear)
        return;
    m_shownYear = year;
    m_model->setSchedule(m_calendar.schedule(year));
    m_table->resizeColumnsToContents();
    m_yearLabel->setText(m_calendar.hasSchedule(year)
                             ? tr("Official holidays of %1").arg(year)
                             : tr("No official schedule is loaded for %1: only weekends count as days off.").arg(year));
}

void CalendarPage::markCalendar()
{
    m_month->setDateTextFormat(QDate(), QTextCharFormat());
    QTextCharFormat off;
    off.setForeground(QColor(0xc0, 0x39, 0x2b));
    off.setBackground(QColor(0xfd, 0xec, 0xea));
    off.setFontWeight(QFont::Bold);
    QTextCharFormat work;
    work.setForeground(QColor(0x1f, 0x5f, 0xa8));
    work.setBackground(QColor(0xe8, 0xf0, 0xfb));
    work.setFontWeight(QFont::Bold);
    for (int year : m_calendar.years()) {
        for (const HolidayDay &day : m_calendar.schedule(year).days)
            m_month->setDateTextFormat(day.date, day.isOffDay ? off : work);
    }
}

void CalendarPage::computeDeadline()
{
    const auto limit = TimeLimit::parse(QString::number(m_amount->value()) + m_unit->currentData().toString());
    if (!limit)
        return;
    const QDateTime from(m_from->date(), m_from->time(), m_zone);
    const Deadline deadline = DeadlineCalculator(m_calendar, m_zone).due(from, *limit);
    const QDateTime local = deadline.due.toTimeZone(m_zone);
    m_deadline->setText(tr("%1 (%2)").arg(local.toString(Formats::dateTime()),
                                          HolidayTableModel::weekdayName(local.date().dayOfWeek())));
    QStringList years;
    for (int year : deadline.yearsWithoutSchedule)
        years << QString::number(year);
    m_warning->setText(years.isEmpty() ? QString()
                                       : tr("No official holiday schedule is loaded for %1: only weekends were "
                                            "treated as days off. Import the schedule in Settings.")
                                             .arg(years.join(QStringLiteral(", "))));
}

QString CalendarPage::deadlineText() const
{
    return m_deadline->text();
}

QString CalendarPage::warningText() const
{
    return m_warning->text();
}

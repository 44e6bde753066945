#include "dialogs/registerrequestdialog.h"

#include "dialogs/dialogkeys.h"
#include "dialogs/instantedit.h"
#include "models/database/clock.h"
#include "models/domain/deadlinecalculator.h"
#include "models/domain/formats.h"
#include "models/domain/requestworkflow.h"
#include "models/domain/timelimittable.h"
#include "models/repositories/residentrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

RegisterRequestDialog::RegisterRequestDialog(RequestRepository &requests, ResidentRepository *residents,
                                             const Session &actor, const HolidayCalendar &calendar,
                                             const QTimeZone &zone, const Clock &clock, QWidget *parent)
    : FormDialog(parent), m_requests(requests), m_residents(residents), m_actor(actor), m_calendar(calendar),
      m_zone(zone), m_clock(clock), m_kind(new QComboBox(this)), m_class(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_lookup(new QLineEdit(this)), m_hits(new QListWidget(this)),
      m_reporter(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_house(new QLineEdit(this)),
      m_location(new QLineEdit(this)), m_description(new QPlainTextEdit(this)), m_against(new QComboBox(this)),
      m_major(new QCheckBox(tr("Major complaint (重大)"), this)),
      m_signature(new QCheckBox(tr("Signed by the reporter at the desk"), this)),
      m_agreed(new QCheckBox(tr("Time agreed with the resident:"), this)), m_agreedAt(new InstantEdit(zone, this)),
      m_deadlines(new QLabel(this)), m_warning(new QLabel(this))
{
    setWindowTitle(tr("Register a request"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_class->setObjectName(QStringLiteral("class"));
    m_channel->setObjectName(QStringLiteral("channel"));
    m_lookup->setObjectName(QStringLiteral("residentLookup"));
    m_hits->setObjectName(QStringLiteral("residentHits"));
    m_reporter->setObjectName(QStringLiteral("reporter"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_house->setObjectName(QStringLiteral("house"));
    m_location->setObjectName(QStringLiteral("location"));
    m_description->setObjectName(QStringLiteral("description"));
    m_against->setObjectName(QStringLiteral("against"));
    m_major->setObjectName(QStringLiteral("major"));
    m_signature->setObjectName(QStringLiteral("signature"));
    m_agreed->setObjectName(QStringLiteral("agreed"));
    m_agreedAt->setObjectName(QStringLiteral("agreedAt"));
    m_deadlines->setObjectName(QStringLiteral("deadlines"));
    m_warning->setObjectName(QStringLiteral("calendarWarning"));

    for (RequestKind kind : RequestCodes::kinds())
        m_kind->addItem(RequestCodes::displayName(kind), int(kind));
    for (RequestChannel channel : RequestCodes::channels())
        m_channel->addItem(RequestCodes::displayName(channel), int(channel));
    m_channel->setCurrentIndex(m_channel->findData(int(RequestChannel::Phone)));
    for (ComplaintTarget target : {ComplaintTarget::None, ComplaintTarget::SupervisorOrHigher,
                                   ComplaintTarget::CustomerServiceStaff, ComplaintTarget::AdministrativeStaff})
        m_against->addItem(RequestCodes::displayName(target), int(target));
    m_lookup->setPlaceholderText(tr("Name, pinyin initials, house or phone of a resident"));
    m_lookup->setEnabled(m_residents != nullptr);
    m_hits->setMaximumHeight(80);
    m_hits->hide();
    m_house->setPlaceholderText(tr("e.g. 3-2-1201"));
    m_location->setPlaceholderText(tr("or a public place: e.g. 3号楼地下车库"));
    m_description->setMaximumHeight(80);
    m_agreedAt->setInstant(m_clock.now().addSecs(4 * 3600));
    m_agreedAt->setEnabled(false);
    m_deadlines->setWordWrap(true);
    m_deadlines->setTextFormat(Qt::RichText);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_warning->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("C&lass:"), m_class);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Look &up resident:"), m_lookup);
    form->addRow(QString(), m_hits);
    form->addRow(tr("&Reporter:"), m_reporter);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("H&ouse number:"), m_house);
    form->addRow(tr("Public lo&cation:"), m_location);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Complaint &against:"), m_against);
    form->addRow(QString(), m_major);
    form->addRow(QString(), m_signature);
    auto *agreedRow = new QHBoxLayout;
    agreedRow->addWidget(m_agreed);
    agreedRow->addWidget(m_agreedAt, 1);
    form->addRow(agreedRow);
    form->addRow(tr("Deadlines:"), m_deadlines);
    formLayout()->addLayout(form);
    formLayout()->addWidget(m_warning);
    finishLayout();

    registerField(m_class, {tr("Class")});
    registerField(m_reporter, {tr("Reporter")});
    registerField(m_phone, {tr("Phone")});
    registerField(m_house, {tr("Place"), tr("House"), tr("House number")});
    registerField(m_location, {tr("Public location")});
    registerField(m_description, {tr("Description")});
    registerField(m_agreedAt, {tr("Agreed time")});

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RegisterRequestDialog::kindChanged);
    connect(m_class, &QComboBox::currentIndexChanged, this, &RegisterRequestDialog::updateDeadlines);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &RegisterRequestDialog::channelChanged);
    connect(m_agreed, &QCheckBox::toggled, m_agreedAt, &QWidget::setEnabled);
    connect(m_agreed, &QCheckBox::toggled, this, &RegisterRequestDialog::updateDeadlines);
    connect(m_agreedAt, &QDateTimeEdit::dateTimeChanged, this, &RegisterRequestDialog::updateDeadlines);
    connect(m_lookup, &QLineEdit::textChanged, this, &RegisterRequestDialog::lookUpResident);
    connect(m_hits, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { chooseResident(m_hits->row(item)); });
    connect(m_hits, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { chooseResident(m_hits->row(item)); });
    connect(m_reporter, &QLineEdit::textEdited, this, [this] { m_residentId.reset(); });
    kindChanged();
    channelChanged();
    // "Arrival on site by 03:47" is true only if registered now: keep it so while the call goes on.
    followTheClock([this] { updateDeadlines(); });
    DialogKeys::attachResults(m_lookup, m_hits, [this](const QModelIndex &index) { chooseResident(index.row()); });
    setMinimumWidth(520);
    m_class->setFocus(Qt::OtherFocusReason);
}

void RegisterRequestDialog::kindChanged()
{
    const auto kind = RequestKind(m_kind->currentData().toInt());
    const QString before = m_class->currentData().toString();
    m_class->blockSignals(true);
    m_class->clear();
    for (const QString &key : TimeLimitTable::classKeys(kind))
        m_class->addItem(TimeLimitTable::className(kind, key), key);
    m_class->setCurrentIndex(qMax(0, m_class->findData(before)));
    m_class->blockSignals(false);
    const bool complaint = kind == RequestKind::Complaint;
    m_against->setEnabled(complaint);
    m_major->setEnabled(complaint);
    if (!complaint) {
        m_against->setCurrentIndex(0);
        m_major->setChecked(false);
    }
    updateDeadlines();
}

void RegisterRequestDialog::channelChanged()
{
    // A walk-in signs at the desk; a call or a letter is signed later (事后补签).
    m_signature->setChecked(RequestChannel(m_channel->currentData().toInt()) == RequestChannel::Visit);
}

void RegisterRequestDialog::lookUpResident(const QString &text)
{
    if (m_lookup->text() != text)
        m_lookup->setText(text);
    m_hits->clear();
    if (!m_residents || text.trimmed().size() < 2) {
        m_hits->hide();
        return;
    }
    const auto hits = m_residents->search(m_actor, text.trimmed(), 8);
    if (!hits) {
        m_hits->hide();
        return;
    }
    for (const ResidentHit &hit : hits.value()) {
        auto *item = new QListWidgetItem(
            tr("%1  %2  %3").arg(hit.name, hit.houses.join(QStringLiteral(", ")), hit.mobile), m_hits);
        item->setData(Qt::UserRole, hit.residentId);
        item->setData(Qt::UserRole + 1, hit.name);
        item->setData(Qt::UserRole + 2, hit.mobile);
        item->setData(Qt::UserRole + 3, hit.houses.value(0));
    }
    m_hits->setVisible(m_hits->count() > 0);
}

void RegisterRequestDialog::chooseResident(int row)
{
    QListWidgetItem *item = m_hits->item(row);
    if (!item)
        return;
    m_residentId = item->data(Qt::UserRole).toLongLong();
    m_reporter->setText(item->data(Qt::UserRole + 1).toString());
    m_phone->setText(item->data(Qt::UserRole + 2).toString());
    const QString house = item->data(Qt::UserRole + 3).toString();
    if (!house.isEmpty()) {
        m_house->setText(house);
        m_location->clear();
    }
    m_hits->hide();
}

NewRequest RegisterRequestDialog::collect() const
{
    NewRequest in;
    in.kind = RequestKind(m_kind->currentData().toInt());
    in.classKey = m_class->currentData().toString();
    in.channel = RequestChannel(m_channel->currentData().toInt());
    in.reporterName = m_reporter->text();
    in.reporterPhone = m_phone->text();
    in.residentId = m_residentId;
    in.houseNumber = m_house->text();
    in.publicLocation = m_location->text();
    in.description = m_description->toPlainText();
    in.major = m_major->isChecked();
    in.signatureConfirmed = m_signature->isChecked();
    in.complaintAgainst = ComplaintTarget(m_against->currentData().toInt());
    if (m_agreed->isChecked())
        in.agreedAt = m_agreedAt->instant();
    return in;
}

void RegisterRequestDialog::updateDeadlines()
{
    const NewRequest in = collect();
    const DeadlineCalculator calculator(m_calendar, m_zone);
    // What the registration will give the request if it is registered now.
    const auto found = RequestWorkflow::deadlines(m_requests.timeLimits().limits(), in.kind, in.classKey,
                                                  m_clock.now(), in.agreedAt, calculator);
    if (!found) {
        m_deadlines->setText(tr("No time limit is set for this class."));
        m_warning->hide();
        return;
    }
    const RequestDeadlines &d = *found;
    auto when = [this](const QDateTime &t) {
        return t.toTimeZone(m_zone).toString(Formats::dateTime());
    };
    QStringList lines;
    if (d.arrival.isValid())
        lines << tr("Arrival on site by <b>%1</b> (%2)")
                     .arg(when(d.arrival), d.arrivalLimit ? d.arrivalLimit->displayText().toHtmlEscaped() : QString());
    if (d.completion.isValid())
        lines << tr("Completion by <b>%1</b> (%2)")
                     .arg(when(d.completion),
                          d.completionLimit ? d.completionLimit->displayText().toHtmlEscaped() : QString());
    // SPEC 3.2: not settled today, the complainant is told today when it will be.
    if (in.kind == RequestKind::Complaint)
        lines << tr("If not settled today: tell the complainant by <b>24:00 today</b> when it will be");
    m_deadlines->setText(lines.isEmpty() ? tr("Not measured") : lines.join(QStringLiteral("<br>")));
    if (d.yearsWithoutSchedule.isEmpty()) {
        m_warning->hide();
        m_warning->clear();
    } else {
        QStringList years;
        for (int year : d.yearsWithoutSchedule)
            years << QString::number(year);
        m_warning->setText(tr("No official holiday schedule is loaded for %1: working days are counted as Monday to "
                              "Friday only. Import the schedule in Settings.")
                               .arg(years.join(QStringLiteral(", "))));
        m_warning->show();
    }
}

QString RegisterRequestDialog::deadlineText() const
{
    return m_deadlines->text();
}

QString RegisterRequestDialog::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void RegisterRequestDialog::accept()
{
    const NewRequest in = collect();
    switch (RequestWorkflow::placeProblem(in.houseNumber, in.publicLocation)) {
    case RequestWorkflow::PlaceProblem::Missing:
        showError(tr("House number: give the house number or a public location."), m_house);
        return;
    case RequestWorkflow::PlaceProblem::Both:
        showError(tr("Public location: give either a house number or a public location, not both."), m_location);
        return;
    case RequestWorkflow::PlaceProblem::None: break;
    }
    const auto result = m_requests.registerRequest(m_actor, in);
    if (!result) {
        showFieldError(result.error());
        return;
    }
    m_registered = result.value();
    FormDialog::accept();
}

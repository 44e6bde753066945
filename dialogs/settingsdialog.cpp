#include "dialogs/settingsdialog.h"

#include "dialogs/databasedialog.h"

#include "models/domain/formats.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/settingsrepository.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

QString SettingsDialog::languageSetting()
{
    return QSettings().value(kLanguageKey).toString();
}

void SettingsDialog::setLanguageSetting(const QString &code)
{
    QSettings().setValue(kLanguageKey, code);
}

SettingsDialog::SettingsDialog(SettingsRepository &settings, CalendarRepository &calendar, const Session &actor,
                               QWidget *parent)
    : FormDialog(parent), m_settings(settings), m_calendar(calendar), m_actor(actor), m_language(new QComboBox(this)),
      m_estate(new QLineEdit(this)), m_timeZone(new QComboBox(this)), m_backupFolder(new QLineEdit(this)),
      m_backupTime(new QTimeEdit(this)), m_years(new QTableWidget(this)),
      m_importResult(new QLabel(this)), m_databaseInUse(new QLabel(this)), m_databaseNext(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);

    auto *general = new QWidget(tabs);
    auto *form = new QFormLayout(general);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageSetting())));
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language takes effect the next time EstateDesk starts."), general);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);

    m_estate->setObjectName(QStringLiteral("estate"));
    m_estate->setText(settings.estateName());
    form->addRow(tr("&Estate name:"), m_estate);

    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    const QByteArray current = settings.timeZone().id();
    QList<QByteArray> zones = {QByteArrayLiteral("Asia/Shanghai"), QByteArrayLiteral("Asia/Urumqi"),
                               QByteArrayLiteral("Asia/Hong_Kong"), QByteArrayLiteral("Asia/Macau"),
                               QByteArrayLiteral("Asia/Taipei")};
    if (!zones.contains(current))
        zones.prepend(current);
    for (const QByteArray &zone : zones)
        m_timeZone->addItem(QString::fromLatin1(zone), zone);
    m_timeZone->setCurrentIndex(m_timeZone->findData(current));
    form->addRow(tr("&Time zone:"), m_timeZone);

    const bool admin = actor.can(Permission::ManageUsersAndSettings);
    m_estate->setEnabled(admin);
    m_timeZone->setEnabled(admin);
    if (!admin)
        form->addRow(QString(), new QLabel(tr("Only an administrator may change the estate's settings."), general));
    tabs->addTab(general, tr("General"));

    auto *backups = new QWidget(tabs);
    auto *backupForm = new QFormLayout(backups);
    auto *backupExplain = new QLabel(tr("Every day at the time below (or at the first start after it) EstateDesk "
                                        "copies the database into the backup folder and checks the copy. The last "
                                        "30 days and the first backup of each of the last 12 months are kept."),
                                     backups);
    backupExplain->setWordWrap(true);
    backupForm->addRow(backupExplain);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setText(settings.backupFolder());
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    auto *browse = new QPushButton(tr("&Browse..."), backups);
    browse->setObjectName(QStringLiteral("browseBackupFolder"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseBackupFolder);
    folderRow->addWidget(browse);
    // A row of two widgets: the label's Alt key goes to the folder field.
    auto *folderLabel = new QLabel(tr("Backup &folder:"), backups);
    folderLabel->setBuddy(m_backupFolder);
    backupForm->addRow(folderLabel, folderRow);
    m_backupTime->setObjectName(QStringLiteral("backupTime"));
    m_backupTime->setDisplayFormat(Formats::time());
    m_backupTime->setTime(settings.backupTime());
    backupForm->addRow(tr("Daily backup &at:"), m_backupTime);
    m_backupFolder->setEnabled(admin);
    browse->setEnabled(admin);
    m_backupTime->setEnabled(admin);
    tabs->addTab(backups, tr("Backups"));

    auto *holidays = new QWidget(tabs);
    auto *holidayLayout = new QVBoxLayout(holidays);
    auto *explain = new QLabel(tr("Working-day time limits skip the official holidays and count the adjusted working "
                                  "days. EstateDesk ships the schedules below; import a new year's schedule "
                                  "(holiday-cn JSON or .ics) when the State Council publishes it."),
                               holidays);
    explain->setWordWrap(true);
    holidayLayout->addWidget(explain);
    m_years->setObjectName(QStringLiteral("holidayYears"));
    m_years->setColumnCount(3);
    m_years->setHorizontalHeaderLabels({tr("Year"), tr("Days"), tr("Source")});
    m_years->horizontalHeader()->setStretchLastSection(true);
    m_years->verticalHeader()->hide();
    m_years->setEditTriggers(QAbstractItemView::NoEditTriggers);
    holidayLayout->addWidget(m_years);
    auto *importButton = new QPushButton(tr("&Import schedule..."), holidays);
    importButton->setObjectName(QStringLiteral("importHolidays"));
    importButton->setEnabled(admin);
    connect(importButton, &QPushButton::clicked, this, &SettingsDialog::chooseHolidayFile);
    m_importResult->setObjectName(QStringLiteral("importResult"));
    m_importResult->setWordWrap(true);
    holidayLayout->addWidget(importButton, 0, Qt::AlignLeft);
    holidayLayout->addWidget(m_importResult);
    tabs->addTab(holidays, tr("Holiday calendar"));

    auto *database = new QWidget(tabs);
    auto *databaseLayout = new QVBoxLayout(database);
    m_databaseInUse->setObjectName(QStringLiteral("databaseInUse"));
    m_databaseInUse->setWordWrap(true);
    m_databaseInUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseNext->setObjectName(QStringLiteral("databaseNext"));
    m_databaseNext->setWordWrap(true);
    databaseLayout->addWidget(m_databaseInUse);
    auto *change = new QPushButton(tr("&Change database..."), database);
    change->setObjectName(QStringLiteral("changeDatabase"));
    connect(change, &QPushButton::clicked, this, &SettingsDialog::changeDatabase);
    databaseLayout->addWidget(change, 0, Qt::AlignLeft);
    databaseLayout->addWidget(m_databaseNext);
    databaseLayout->addStretch(1);
    tabs->addTab(database, tr("Database"));

    formLayout()->addWidget(tabs);
    finishLayout();
    fillYears();
    resize(560, 460);
}

void SettingsDialog::setDatabaseLocation(const QString &location)
{
    m_databaseLocation = location;
    m_databaseInUse->setText(tr("This PC uses the database %1.").arg(QDir::toNativeSeparators(location)));
}

void SettingsDialog::changeDatabase()
{
    DatabaseDialog dialog(m_databaseLocation, DatabaseDialog::defaultFile(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString chosen = dialog.location();
    DatabaseDialog::saveLocation(chosen);
    if (!dialog.password().isEmpty() && keepPassword)
        keepPassword(chosen, dialog.password());
    m_databaseNext->setText(chosen == m_databaseLocation
                                ? tr("This PC keeps using this database.")
                                : tr("EstateDesk opens %1 the next time it starts.").arg(QDir::toNativeSeparators(chosen)));
}

void SettingsDialog::setDefaultBackupFolder(const QString &folder)
{
    m_backupFolder->setPlaceholderText(tr("Beside the database: %1").arg(QDir::toNativeSeparators(folder)));
}

void SettingsDialog::chooseBackupFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_backupFolder->text());
    if (!folder.isEmpty())
        m_backupFolder->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::fillYears()
{
    const HolidayCalendar calendar = m_calendar.calendar();
    const QList<int> imported = m_calendar.importedYears();
    const QList<int> years = calendar.years();
    m_years->setRowCount(int(years.size()));
    for (int row = 0; row < years.size(); ++row) {
        const int year = years.at(row);
        m_years->setItem(row, 0, new QTableWidgetItem(QString::number(year)));
        m_years->setItem(row, 1, new QTableWidgetItem(QString::number(calendar.schedule(year).days.size())));
        m_years->setItem(row, 2, new QTableWidgetItem(imported.contains(year) ? tr("Imported") : tr("Built in")));
    }
}

void SettingsDialog::chooseHolidayFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a holiday schedule"), QString(),
                                                      tr("Holiday schedules (*.json *.ics);;All files (*)"));
    if (!path.isEmpty())
        importHolidayFile(path);
}

bool SettingsDialog::importHolidayFile(const QString &path)
{
    const auto years = m_calendar.importFile(m_actor, path);
    if (!years) {
        m_importResult->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_importResult->setText(years.error());
        return false;
    }
    QStringList names;
    for (int year : years.value())
        names << QString::number(year);
    m_importResult->setStyleSheet(QString());
    m_importResult->setText(tr("Imported the schedule of %1.").arg(names.join(QStringLiteral(", "))));
    fillYears();
    emit calendarChanged();
    return true;
}

void SettingsDialog::accept()
{
    if (m_actor.can(Permission::ManageUsersAndSettings)) {
        if (Status s = SettingsRepository::checkEstateName(m_estate->text()); !s) {
            showError(s.error(), m_estate);
            return;
        }
        if (Status s = SettingsRepository::checkBackupFolder(m_backupFolder->text()); !s) {
            showError(s.error(), m_backupFolder);
            return;
        }
        if (Status s = m_settings.setEstateName(m_actor, m_estate->text()); !s) {
            showError(s.error(), m_estate);
            return;
        }
        if (Status s = m_settings.setTimeZone(m_actor, m_timeZone->currentData().toByteArray()); !s) {
            showError(s.error(), m_timeZone);
            return;
        }
        if (Status s = m_settings.setBackupFolder(m_actor, m_backupFolder->text()); !s) {
            showError(s.error(), m_backupFolder);
            return;
        }
        if (Status s = m_settings.setBackupTime(m_actor, m_backupTime->time()); !s) {
            showError(s.error(), m_backupTime);
            return;
        }
    }
    setLanguageSetting(m_language->currentData().toString());
    FormDialog::accept();
}

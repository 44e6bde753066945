#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/session.h"

#include <functional>

class CalendarRepository;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimeEdit;
class SettingsRepository;

// Language (this computer), estate name and time zone (the database), the daily backup's
// folder and time, and the holiday calendar.
class SettingsDialog : public FormDialog
{
    Q_OBJECT

public:
    SettingsDialog(SettingsRepository &settings, CalendarRepository &calendar, const Session &actor,
                   QWidget *parent = nullptr);

    // The language chosen on this computer: "" follows the system, else "zh_CN" or "en".
    static QString languageSetting();
    static void setLanguageSetting(const QString &code);

    // The folder the daily backup goes to when none is set: beside the database.
    void setDefaultBackupFolder(const QString &folder);
    // The database in use (a file or a server address), shown on the Database tab.
    void setDatabaseLocation(const QString &location);
    // Opens the database choice; a new choice is saved for the next start. The password
    // typed for a server is handed to keepPassword (the keychain), never to the settings.
    void changeDatabase();
    std::function<void(const QString &location, const QString &password)> keepPassword;

    // Imports a holiday-cn JSON or .ics file; shows the outcome in the dialog.
    bool importHolidayFile(const QString &path);
    void accept() override;

signals:
    void calendarChanged();

private:
    void fillYears();
    void chooseHolidayFile();
    void chooseBackupFolder();

    SettingsRepository &m_settings;
    CalendarRepository &m_calendar;
    Session m_actor;
    QComboBox *m_language;
    QLineEdit *m_estate;
    QComboBox *m_timeZone;
    QLineEdit *m_backupFolder;
    QTimeEdit *m_backupTime;
    QTableWidget *m_years;
    QLabel *m_importResult;
    QLabel *m_databaseInUse;
    QLabel *m_databaseNext;
    QString m_databaseLocation;
};

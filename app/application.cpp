#include "app/application.h"

#include "app/mainwindow.h"
#include "dialogs/firstrundialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/settingsdialog.h"
#include "models/database/database.h"
#include "models/domain/translations.h"
#include "models/repositories/demodata.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>

QString Application::chooseLanguage(const QString &requested)
{
    const QString setting = requested.isEmpty() ? SettingsDialog::languageSetting() : requested;
    if (!setting.isEmpty())
        return setting;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void Application::installTranslations(const QString &language)
{
    Translations::install(language);
}

QString Application::defaultDatabasePath(bool demo)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(demo ? QStringLiteral("estatedesk-demo.sqlite") : QStringLiteral("estatedesk.sqlite"));
}

int Application::main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("EstateDesk"));
    QApplication::setOrganizationName(QStringLiteral("EstateDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ESTATEDESK_VERSION));
    // The icon of every window (the sign-in too) and the .desktop entry the desktop matches it with.
    QApplication::setWindowIcon(MainWindow::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("estatedesk"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file or postgresql://USER@HOST:PORT/DB address."),
                                      QStringLiteral("file-or-url"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Open a database of demo data."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."),
                                        QStringLiteral("language"));
    parser.addOptions({dbOption, demoOption, langOption});
    parser.process(app);

    installTranslations(chooseLanguage(parser.value(langOption)));
    QApplication::setApplicationDisplayName(tr("EstateDesk"));

    const bool demo = parser.isSet(demoOption);
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath(demo);
    SystemClock clock;
    Database db(clock);
    if (Status opened = db.open(path); !opened) {
        QMessageBox::critical(nullptr, tr("EstateDesk"), opened.error());
        return 1;
    }
    SettingsRepository settings(db);
    if (demo && settings.estateName().isEmpty()) {
        if (const auto made = DemoData(db).generate({}); !made) {
            QMessageBox::critical(nullptr, tr("EstateDesk"), made.error());
            return 1;
        }
    }

    UserRepository users(db);
    Session session;
    if (!users.hasAdministrator()) {
        FirstRunDialog dialog(users, settings);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        session = dialog.session();
    } else {
        LoginDialog dialog(users, settings.estateName());
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        session = dialog.session();
    }

    MainWindow window(db, session);
    window.show();
    window.checkIntegrity();
    window.checkBackupDue();
    return app.exec();
}

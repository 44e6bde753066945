#include "app/application.h"

#include "app/mainwindow.h"
#include "app/passwordstore.h"
#include "dialogs/databasedialog.h"
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
#include <QFileInfo>
#include <QInputDialog>
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
    return DatabaseDialog::defaultFile(demo);
}

std::optional<Application::Choice> Application::chooseDatabase(const QString &requested, bool demo)
{
    if (!requested.isEmpty())
        return Choice{requested, {}};
    if (demo)
        return Choice{defaultDatabasePath(true), {}};
    if (const QString saved = DatabaseDialog::savedLocation(); !saved.isEmpty())
        return Choice{saved, {}};
    if (QFileInfo::exists(defaultDatabasePath(false))) // a PC that used EstateDesk before the choice existed
        return Choice{defaultDatabasePath(false), {}};
    // The first start on this PC: its own file or the office server.
    DatabaseDialog dialog(QString(), defaultDatabasePath(false));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    DatabaseDialog::saveLocation(dialog.location());
    return Choice{dialog.location(), dialog.password()};
}

Status Application::openDatabase(Database &db, const Choice &choice, QWidget *parent)
{
    const bool server = Database::isServerLocation(choice.location);
    QString password = choice.password;
    if (server && password.isEmpty())
        password = PasswordStore::read(choice.location);
    Status opened = db.open(choice.location, password);
    // The server wants a password that libpq's usual places and the keychain do not have.
    while (!opened && server && Database::isPasswordRefusal(opened.error())) {
        bool ok = false;
        password = QInputDialog::getText(parent, tr("Office server"),
                                         tr("%1\n\nPassword of %2:").arg(opened.error(), db.location().isEmpty()
                                                                                         ? choice.location
                                                                                         : db.location()),
                                         QLineEdit::Password, QString(), &ok);
        if (!ok)
            return opened;
        opened = db.open(choice.location, password);
    }
    if (opened && server && !password.isEmpty())
        PasswordStore::write(choice.location, password);
    return opened;
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
    const auto choice = chooseDatabase(parser.value(dbOption), demo);
    if (!choice)
        return 0;
    SystemClock clock;
    Database db(clock);
    if (Status opened = openDatabase(db, *choice, nullptr); !opened) {
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

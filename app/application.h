#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;
class QWidget;

// Start-up of the GUI: language, database, first start, sign-in, main window.
class Application
{
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    static int main(int argc, char *argv[]);

    // "zh_CN" or "en": the request, else the setting of this computer, else the system locale.
    static QString chooseLanguage(const QString &requested = {});
    static void installTranslations(const QString &language);
    static QString defaultDatabasePath(bool demo);

    // The database to open and, when it was typed at the first start, the server's password.
    struct Choice
    {
        QString location;
        QString password;
    };
    // --db, else the demo file, else this PC's saved choice, else an existing default file,
    // else the first-start choice (nullopt: the user cancelled it).
    static std::optional<Choice> chooseDatabase(const QString &requested, bool demo);
    // Opens the choice; a server that refuses the password asks for it (and the keychain keeps it).
    static Status openDatabase(Database &db, const Choice &choice, QWidget *parent);
};

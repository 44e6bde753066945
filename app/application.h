#pragma once

#include <QCoreApplication>

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
};

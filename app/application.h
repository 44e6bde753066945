#pragma once

#include <QCoreApplication>

// Start-up of the GUI: language, database, first start, sign-in, main window.
class Application
{
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    static int main(int argc, char *argv[]);
};

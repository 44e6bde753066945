#include "app/application.h"

#include <QApplication>

int Application::main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return 0;
}

#include "app/cli/commandline.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("EstateDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("EstateDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ESTATEDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return CommandLine(out, err, in).run(args);
}

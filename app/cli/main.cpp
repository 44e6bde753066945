#include "app/cli/commandline.h"
#include "models/domain/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// PDFs (reports, checklists, fee notices and statements) lay out text with the fonts of the
// graphical part of Qt, and the monthly report draws charts: those commands start a
// QGuiApplication (no widgets), on the offscreen platform unless the user chose one (a scheduled
// task has no display; Windows needs none named).
bool needsGui(int argc, char *argv[])
{
    bool report = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "print-blank") == 0)
            return true;
        report = report || std::strcmp(argv[i], "report") == 0 || std::strcmp(argv[i], "fees") == 0;
        pdf = pdf || std::strcmp(argv[i], "--pdf") == 0;
    }
    return report && pdf;
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
#ifndef Q_OS_WIN
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("EstateDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("EstateDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ESTATEDESK_VERSION));
    Translations::install(QStringLiteral("en")); // messages in English, with proper plurals
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return CommandLine(out, err, in).run(args);
}

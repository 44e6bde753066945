#include "models/domain/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

void Translations::install(const QString &language)
{
    static std::unique_ptr<QTranslator> own;
    static std::unique_ptr<QTranslator> qt;
    for (auto *translator : {&own, &qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
    if (language != QLatin1String("zh_CN")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // English is the source text; the file holds its plural forms ("1 request", "2 requests").
        own = std::make_unique<QTranslator>();
        if (own->load(QStringLiteral(":/i18n/estatedesk_en.qm")))
            QCoreApplication::installTranslator(own.get());
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/estatedesk_zh_CN.qm")))
        QCoreApplication::installTranslator(own.get());
    qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
}

#pragma once

#include <QString>

// The program's language: EstateDesk's own texts and Qt's, for the GUI and for the
// documents the command line prints.
namespace Translations {
// "zh_CN" installs the Chinese translation; anything else leaves the English source texts.
void install(const QString &language);
} // namespace Translations

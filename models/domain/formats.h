#pragma once

#include <QString>

// How dates and times are written for people and in file names, the same on every screen,
// printout and export. Instants are converted to the estate's time zone before formatting.
namespace Formats {

inline QString date() { return QStringLiteral("yyyy-MM-dd"); }
inline QString month() { return QStringLiteral("yyyy-MM"); }
inline QString dateTime() { return QStringLiteral("yyyy-MM-dd HH:mm"); }
inline QString dateTimeSeconds() { return QStringLiteral("yyyy-MM-dd HH:mm:ss"); }
// Within the current year on boards and lists where space is short.
inline QString shortDateTime() { return QStringLiteral("MM-dd HH:mm"); }
inline QString time() { return QStringLiteral("HH:mm"); }
inline QString timeSeconds() { return QStringLiteral("HH:mm:ss"); }
// In numbers and file names: FX20260301-…, backup-20260301-093000.
inline QString compactDate() { return QStringLiteral("yyyyMMdd"); }
inline QString fileStamp() { return QStringLiteral("yyyyMMdd-HHmmss"); }

} // namespace Formats

// Text placed in generated HTML (printouts, reports, rich-text labels).
namespace Html {

inline QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

// As escape(), keeping the text's line breaks.
inline QString escapeLines(const QString &text)
{
    return escape(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace Html

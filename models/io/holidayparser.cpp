#include "models/io/holidayparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

Result<QList<HolidaySchedule>> HolidayParser::parseJson(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (doc.isNull())
        return Failure{tr("The holiday file is not valid JSON: %1").arg(error.errorString())};
    const QJsonObject root = doc.object();
    HolidaySchedule schedule;
    schedule.year = root.value(QLatin1String("year")).toInt();
    if (schedule.year < 1949 || schedule.year > 2200 || !root.value(QLatin1String("days")).isArray())
        return Failure{tr("The holiday file has no \"year\" and \"days\": it is not a holiday-cn schedule.")};
    const QJsonArray days = root.value(QLatin1String("days")).toArray();
    for (const QJsonValue &value : days) {
        const QJsonObject object = value.toObject();
        HolidayDay day;
        day.date = QDate::fromString(object.value(QLatin1String("date")).toString(), Qt::ISODate);
        day.name = object.value(QLatin1String("name")).toString();
        if (!day.date.isValid() || !object.value(QLatin1String("isOffDay")).isBool())
            return Failure{tr("The holiday file has an entry without a valid date or isOffDay.")};
        day.isOffDay = object.value(QLatin1String("isOffDay")).toBool();
        schedule.days << day;
    }
    return QList<HolidaySchedule>{schedule};
}

namespace {

// Undoes RFC 5545 line folding: a line starting with a space or tab continues the previous one.
// Folding counts octets and may split a multi-byte UTF-8 character, so the lines are joined
// as bytes and decoded only afterwards.
QStringList unfoldedLines(const QByteArray &data)
{
    QList<QByteArray> joined;
    const QList<QByteArray> raw = data.split('\n');
    for (QByteArray line : raw) {
        if (line.endsWith('\r'))
            line.chop(1);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !joined.isEmpty())
            joined.last() += line.mid(1);
        else
            joined << line;
    }
    QStringList lines;
    lines.reserve(joined.size());
    for (const QByteArray &line : joined)
        lines << QString::fromUtf8(line);
    return lines;
}

QString holidayName(QString summary)
{
    if (summary.startsWith(QStringLiteral("上班"))) {
        summary = summary.mid(2);
        summary.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
        summary.remove(QStringLiteral("（")).remove(QStringLiteral("）"));
        if (summary.startsWith(QStringLiteral("补")))
            summary = summary.mid(1);
    }
    if (summary.endsWith(QStringLiteral("假期")))
        summary.chop(2);
    return summary;
}

QDate icsDate(const QString &property)
{
    const QString value = property.section(QLatin1Char(':'), -1).trimmed();
    return QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd"));
}

} // namespace

Result<QList<HolidaySchedule>> HolidayParser::parseIcs(const QByteArray &data)
{
    const QStringList lines = unfoldedLines(data);
    if (lines.isEmpty() || !lines.first().trimmed().startsWith(QLatin1String("BEGIN:VCALENDAR")))
        return Failure{tr("The holiday file is not an iCalendar file.")};
    QMap<int, HolidaySchedule> byYear;
    bool inEvent = false;
    QString summary;
    QDate start;
    QDate end;
    int line = 0;
    for (const QString &text : lines) {
        ++line;
        if (text == QLatin1String("BEGIN:VEVENT")) {
            inEvent = true;
            summary.clear();
            start = end = QDate();
        } else if (text == QLatin1String("END:VEVENT")) {
            inEvent = false;
            if (!start.isValid())
                return Failure{tr("The holiday file has an event without a start date (line %1).").arg(line)};
            if (!end.isValid())
                end = start.addDays(1); // DTEND is exclusive; a one-day event may omit it
            if (start.daysTo(end) > 366) // a damaged date (60220406) would add millions of days
                return Failure{tr("The holiday file has an event longer than a year (line %1).").arg(line)};
            const bool isOffDay = !summary.startsWith(QStringLiteral("上班"));
            for (QDate d = start; d < end; d = d.addDays(1)) {
                HolidaySchedule &schedule = byYear[d.year()];
                schedule.year = d.year();
                schedule.days << HolidayDay{d, holidayName(summary), isOffDay};
            }
        } else if (inEvent) {
            if (text.startsWith(QLatin1String("SUMMARY")))
                summary = text.section(QLatin1Char(':'), 1).trimmed();
            else if (text.startsWith(QLatin1String("DTSTART")))
                start = icsDate(text);
            else if (text.startsWith(QLatin1String("DTEND")))
                end = icsDate(text);
        }
    }
    if (byYear.isEmpty())
        return Failure{tr("The holiday file holds no holidays.")};
    return QList<HolidaySchedule>(byYear.cbegin(), byYear.cend());
}

Result<QList<HolidaySchedule>> HolidayParser::parse(const QByteArray &data)
{
    const QByteArray head = data.left(64).trimmed();
    if (head.startsWith("BEGIN:VCALENDAR") || head.startsWith("\xEF\xBB\xBF" "BEGIN:VCALENDAR"))
        return parseIcs(head.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data);
    return parseJson(data);
}

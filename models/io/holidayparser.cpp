#include "models/io/holidayparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPair>
#include <QSet>

#include <utility>

namespace {

bool inRange(const QDate &date)
{
    return date.isValid() && date.year() >= HolidayCalendar::kFirstYear && date.year() <= HolidayCalendar::kLastYear;
}

// The most days a file may name: every day of 1949-2200 once.
constexpr qint64 kMostDays = qint64(HolidayCalendar::kLastYear - HolidayCalendar::kFirstYear + 1) * 366;

} // namespace

Result<QList<HolidaySchedule>> HolidayParser::parseJson(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (doc.isNull())
        return Failure{tr("The holiday file is not valid JSON: %1").arg(error.errorString())};
    const QJsonObject root = doc.object();
    HolidaySchedule schedule;
    schedule.year = root.value(QLatin1String("year")).toInt();
    if (schedule.year == 0 || !root.value(QLatin1String("days")).isArray())
        return Failure{tr("The holiday file has no \"year\" and \"days\": it is not a holiday-cn schedule.")};
    if (schedule.year < HolidayCalendar::kFirstYear || schedule.year > HolidayCalendar::kLastYear)
        return Failure{tr("The holiday file is for the year %1; only schedules of %2-%3 are accepted.")
                           .arg(schedule.year)
                           .arg(HolidayCalendar::kFirstYear)
                           .arg(HolidayCalendar::kLastYear)};
    const QJsonArray days = root.value(QLatin1String("days")).toArray();
    if (days.isEmpty())
        return Failure{tr("The holiday file for %1 lists no days: that schedule has not been published yet, "
                          "so %1 stays without a schedule.")
                           .arg(schedule.year)};
    if (days.size() > kMostDays)
        return Failure{tr("The holiday file lists %1 days, more than the years %2-%3 have.")
                           .arg(days.size())
                           .arg(HolidayCalendar::kFirstYear)
                           .arg(HolidayCalendar::kLastYear)};
    int entry = 0;
    for (const QJsonValue &value : days) {
        ++entry;
        const QJsonObject object = value.toObject();
        HolidayDay day;
        const QString dateText = object.value(QLatin1String("date")).toString();
        day.date = QDate::fromString(dateText, Qt::ISODate);
        day.name = object.value(QLatin1String("name")).toString();
        if (!day.date.isValid() || !object.value(QLatin1String("isOffDay")).isBool())
            return Failure{tr("Day %1 of the holiday file has no valid date or isOffDay.").arg(entry)};
        if (!inRange(day.date))
            return Failure{tr("Day %1 of the holiday file (%2) is dated %3, outside the years %4-%5.")
                               .arg(entry)
                               .arg(day.name, dateText)
                               .arg(HolidayCalendar::kFirstYear)
                               .arg(HolidayCalendar::kLastYear)};
        day.isOffDay = object.value(QLatin1String("isOffDay")).toBool();
        schedule.days << day;
    }
    if (!schedule.namesOwnYear())
        return Failure{tr("The holiday file for %1 lists no day of %1 itself, only days of other years: "
                          "it is not the schedule of %1.")
                           .arg(schedule.year)};
    return QList<HolidaySchedule>{schedule};
}

namespace {

struct IcsLine
{
    int number = 0; // of its first physical line in the file
    QString text;
};

// Undoes RFC 5545 line folding: a line starting with a space or tab continues the previous one.
// Folding counts octets and may split a multi-byte UTF-8 character, so the lines are joined
// as bytes and decoded only afterwards.
QList<IcsLine> unfoldedLines(const QByteArray &data)
{
    QList<QPair<int, QByteArray>> joined;
    const QList<QByteArray> raw = data.split('\n');
    int number = 0;
    for (QByteArray line : raw) {
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !joined.isEmpty())
            joined.last().second += line.mid(1);
        else
            joined.append({number, line});
    }
    QList<IcsLine> lines;
    lines.reserve(joined.size());
    for (const auto &line : joined)
        lines << IcsLine{line.first, QString::fromUtf8(line.second)};
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
    const QList<IcsLine> lines = unfoldedLines(data);
    if (lines.isEmpty() || !lines.first().text.trimmed().startsWith(QLatin1String("BEGIN:VCALENDAR")))
        return Failure{tr("The holiday file is not an iCalendar file.")};
    QList<HolidayDay> days;
    bool inEvent = false;
    QString summary;
    QDate start;
    QDate end;
    bool hasEnd = false;
    int eventLine = 0;
    for (const IcsLine &line : lines) {
        const QString &text = line.text;
        if (text == QLatin1String("BEGIN:VEVENT")) {
            inEvent = true;
            summary.clear();
            start = end = QDate();
            hasEnd = false;
            eventLine = line.number;
        } else if (text == QLatin1String("END:VEVENT")) {
            inEvent = false;
            if (!start.isValid())
                return Failure{tr("The holiday file has an event without a start date (line %1).").arg(eventLine)};
            if (hasEnd && !end.isValid())
                return Failure{tr("The event \"%1\" at line %2 of the holiday file has no valid end date.")
                                   .arg(summary)
                                   .arg(eventLine)};
            if (!hasEnd)
                end = start.addDays(1); // DTEND is exclusive; a one-day event may omit it
            if (end <= start)
                return Failure{tr("The event \"%1\" at line %2 of the holiday file ends before it starts.")
                                   .arg(summary)
                                   .arg(eventLine)};
            if (!inRange(start) || !inRange(end.addDays(-1)))
                return Failure{tr("The event \"%1\" at line %2 of the holiday file runs from %3 to %4, "
                                  "outside the years %5-%6.")
                                   .arg(summary)
                                   .arg(eventLine)
                                   .arg(start.toString(Qt::ISODate), end.addDays(-1).toString(Qt::ISODate))
                                   .arg(HolidayCalendar::kFirstYear)
                                   .arg(HolidayCalendar::kLastYear)};
            const qint64 length = start.daysTo(end);
            if (length > 366)
                return Failure{tr("The event \"%1\" at line %2 of the holiday file lasts %3 days; "
                                  "a holiday lasts at most 366.")
                                   .arg(summary)
                                   .arg(eventLine)
                                   .arg(length)};
            if (days.size() + length > kMostDays)
                return Failure{tr("The holiday file names more days than the years %1-%2 have (line %3).")
                                   .arg(HolidayCalendar::kFirstYear)
                                   .arg(HolidayCalendar::kLastYear)
                                   .arg(eventLine)};
            const bool isOffDay = !summary.startsWith(QStringLiteral("上班"));
            for (QDate d = start; d < end; d = d.addDays(1))
                days << HolidayDay{d, holidayName(summary), isOffDay};
        } else if (inEvent) {
            if (text.startsWith(QLatin1String("SUMMARY")))
                summary = text.section(QLatin1Char(':'), 1).trimmed();
            else if (text.startsWith(QLatin1String("DTSTART")))
                start = icsDate(text);
            else if (text.startsWith(QLatin1String("DTEND"))) {
                end = icsDate(text);
                hasEnd = true;
            }
        }
    }
    if (days.isEmpty())
        return Failure{tr("The holiday file holds no holidays.")};

    // No official holiday falls in December: the December days of a holiday-cn file open the next
    // year's New Year holiday (上班 on 29 December 2018, off 30 December 2018 - 1 January 2019)
    // and belong to that year's schedule when the file has it; otherwise to their own year's.
    QSet<int> yearsNamed; // years with days outside December
    for (const HolidayDay &day : std::as_const(days)) {
        if (day.date.month() != 12)
            yearsNamed.insert(day.date.year());
    }
    QMap<int, HolidaySchedule> byYear;
    for (const HolidayDay &day : std::as_const(days)) {
        int year = day.date.year();
        if (day.date.month() == 12 && yearsNamed.contains(year + 1))
            ++year;
        else if (!yearsNamed.contains(year))
            return Failure{tr("The holiday file names only days of December %1 and none of %2: those days open "
                              "the New Year holiday of %2, whose schedule is not in the file.")
                               .arg(year)
                               .arg(year + 1)};
        HolidaySchedule &schedule = byYear[year];
        schedule.year = year;
        schedule.days << day;
    }
    return QList<HolidaySchedule>(byYear.cbegin(), byYear.cend());
}

HolidayCalendar HolidayParser::builtInCalendar()
{
    HolidayCalendar calendar;
    const QDir dir(QStringLiteral(":/holidays"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const auto parsed = parseJson(file.readAll());
        if (parsed.ok()) {
            for (const HolidaySchedule &schedule : parsed.value())
                calendar.setSchedule(schedule);
        }
    }
    return calendar;
}

Result<QList<HolidaySchedule>> HolidayParser::parse(const QByteArray &data)
{
    const QByteArray head = data.left(64).trimmed();
    if (head.startsWith("BEGIN:VCALENDAR") || head.startsWith("\xEF\xBB\xBF" "BEGIN:VCALENDAR"))
        return parseIcs(head.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data);
    return parseJson(data);
}

#include "models/domain/validation.h"

#include <QRegularExpression>

namespace {

QString orDefault(const QString &field, const QString &fallback)
{
    return field.isEmpty() ? fallback : field;
}

// Removes the separators people type inside phone numbers.
QString stripPhoneSeparators(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')')
            || c == QChar(0x2014) || c == QChar(0x2013))
            continue;
        out += c;
    }
    return out;
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+") + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// The code points of text; a lone surrogate stays itself (toUcs4() would make it U+FFFD).
QList<char32_t> codePoints(const QString &text)
{
    QList<char32_t> out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out << QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else {
            out << char32_t(c.unicode());
        }
    }
    return out;
}

// Characters no field may hold: C0/C1 controls, format characters (the bidi embeddings,
// overrides and isolates U+202A-202E and U+2066-2069, the marks U+200E/U+200F/U+061C, zero-width
// spaces, U+FEFF), line and paragraph separators and lone surrogates.
bool invisible(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// A long number a spreadsheet has turned into a number and shows in scientific notation
// (4.40305196102111E+17 for an ID card number, 1.38001E+10 for a mobile): its last digits are
// gone, so the file has to be fixed where it was made. The message says so and how.
std::optional<QString> spreadsheetNumberHint(const QString &field, const QString &input)
{
    static const QRegularExpression scientific(QStringLiteral("^[+-]?\\d+([.,]\\d+)?E\\+?\\d+$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (!scientific.match(input.trimmed()).hasMatch())
        return std::nullopt;
    return Validation::tr("%1: \"%2\" is how a spreadsheet shows a long number it has turned into a number, "
                          "and its last digits are lost. Format the column as text (Format Cells → Text) and "
                          "type or paste the numbers again, then import the file again.")
        .arg(field, input.trimmed());
}

} // namespace

Status Validation::checkText(const QString &text, const QString &field, int maxLength, TextKind kind)
{
    const QList<char32_t> chars = codePoints(text);
    if (chars.size() > maxLength)
        return Failure{tr("%1: at most %2 characters, this has %3.").arg(field).arg(maxLength).arg(chars.size())};
    for (const char32_t c : chars) {
        if (c == U'\n' || c == U'\r' || c == U'\t') {
            if (kind == TextKind::MultiLine)
                continue;
            return Failure{tr("%1: must be one line, without line breaks or tabs.").arg(field)};
        }
        // The zero-width joiner holds emoji sequences together in notes.
        if (kind == TextKind::MultiLine && c == U'\u200D')
            continue;
        if (invisible(c))
            return Failure{tr("%1: contains the invisible control character %2, which could make the text read "
                              "differently from what is stored; remove it.")
                               .arg(field, codePoint(c))};
    }
    return {};
}

Result<QString> Validation::checkPlate(const QString &input, const QString &fieldName)
{
    const QString field = orDefault(fieldName, tr("Plate"));
    const QString plate = normalizePlate(input);
    if (plate.isEmpty())
        return Failure{tr("%1: the plate is missing.").arg(field)};
    const QList<char32_t> chars = codePoints(plate);
    for (const char32_t c : chars) {
        if ((c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || QChar::script(c) == QChar::Script_Han)
            continue;
        if (invisible(c))
            return Failure{tr("%1: contains the invisible control character %2; type the plate again.")
                               .arg(field, codePoint(c))};
        return Failure{tr("%1: \"%2\" is not a plate: \"%3\" is not a letter, a digit or a Chinese character.")
                           .arg(field, plate, QString::fromUcs4(&c, 1))};
    }
    if (chars.size() > MaxLength::plate)
        return Failure{tr("%1: %2 is too long for a plate (at most %3 characters).").arg(field, plate).arg(MaxLength::plate)};
    return plate;
}

QString Validation::toHalfWidth(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

QString Validation::maskDocument(const QString &number)
{
    const qsizetype n = number.size();
    if (n == 0)
        return number;
    if (n > 10)
        return number.left(6) + QString(n - 10, QLatin1Char('*')) + number.right(4);
    if (n > 4)
        return QString(n - 4, QLatin1Char('*')) + number.right(4);
    return QString(n, QLatin1Char('*'));
}

Result<Validation::ResidentId> Validation::checkResidentId(const QString &input, const QDate &today,
                                                           const QString &fieldName)
{
    const QString field = orDefault(fieldName, tr("ID number"));
    QString number = toHalfWidth(input).simplified().remove(QLatin1Char(' ')).toUpper();
    if (number.isEmpty())
        return Failure{tr("%1: the number is missing.").arg(field)};
    if (const auto hint = spreadsheetNumberHint(field, number))
        return Failure{*hint};

    static const QRegularExpression eighteen(QStringLiteral("^\\d{17}[\\dX]$"));
    static const QRegularExpression fifteen(QStringLiteral("^\\d{15}$"));
    ResidentId id;
    QString birth;
    if (eighteen.match(number).hasMatch()) {
        static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        static const char checks[] = "10X98765432";
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += number.at(i).digitValue() * weights[i];
        const QChar expected = QLatin1Char(checks[sum % 11]);
        if (number.at(17) != expected)
            return Failure{tr("%1: the check character is wrong (the last character should be %2 for these "
                              "17 digits); the number was probably mistyped.")
                               .arg(field, QString(expected))};
        birth = number.mid(6, 8);
    } else if (fifteen.match(number).hasMatch()) {
        id.legacy = true;
        birth = QStringLiteral("19") + number.mid(6, 6);
    } else if (number.size() != 18 && number.size() != 15) {
        return Failure{tr("%1: a resident ID card number has 18 characters (or 15 for an old card), not %2.")
                           .arg(field)
                           .arg(number.size())};
    } else {
        return Failure{tr("%1: only digits are allowed, and X only as the last character.").arg(field)};
    }

    const QDate date = QDate::fromString(birth, QStringLiteral("yyyyMMdd"));
    if (!date.isValid() || date.year() < 1880)
        return Failure{tr("%1: the birth date in the number (%2) is not a real date.").arg(field, birth)};
    if (today.isValid() && date > today)
        return Failure{tr("%1: the birth date in the number (%2) is in the future.")
                           .arg(field, date.toString(Qt::ISODate))};
    id.number = number;
    id.birthDate = date;
    return id;
}

Result<QString> Validation::normalizeMobile(const QString &input, const QString &fieldName)
{
    const QString field = orDefault(fieldName, tr("Mobile"));
    QString digits = stripPhoneSeparators(toHalfWidth(input));
    if (digits.isEmpty())
        return Failure{tr("%1: the number is missing.").arg(field)};
    if (const auto hint = spreadsheetNumberHint(field, toHalfWidth(input)))
        return Failure{*hint};
    if (digits.startsWith(QLatin1String("+86")))
        digits.remove(0, 3);
    else if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    static const QRegularExpression onlyDigits(QStringLiteral("^\\d+$"));
    if (!onlyDigits.match(digits).hasMatch())
        return Failure{tr("%1: \"%2\" contains characters that are not digits.").arg(field, input)};
    if (digits.size() != 11)
        return Failure{tr("%1: a mobile number has 11 digits, \"%2\" has %3.").arg(field, input).arg(digits.size())};
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    if (!mobile.match(digits).hasMatch())
        return Failure{tr("%1: a mobile number starts with 13 to 19, \"%2\" does not.").arg(field, input)};
    return digits;
}

Result<QString> Validation::normalizeLandline(const QString &input, const QString &fieldName)
{
    const QString field = orDefault(fieldName, tr("Landline"));
    QString text = toHalfWidth(input).trimmed();
    if (text.isEmpty())
        return Failure{tr("%1: the number is missing.").arg(field)};
    // Extensions are written 转 123, ext 123, x123 or #123.
    static const QRegularExpression extension(QStringLiteral("\\s*(?:转|分机|ext\\.?|x|#)\\s*(\\d+)\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString ext;
    if (const auto m = extension.match(text); m.hasMatch()) {
        ext = m.captured(1);
        text.truncate(m.capturedStart());
    }
    text.remove(QLatin1Char(' ')).remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    static const QRegularExpression digitsAndDashes(QStringLiteral("^[\\d-]+$"));
    if (!digitsAndDashes.match(text).hasMatch())
        return Failure{tr("%1: \"%2\" contains characters that are not digits.").arg(field, input)};
    if (!text.startsWith(QLatin1Char('0')))
        return Failure{tr("%1: \"%2\" does not start with an area code (0…); write it in front, e.g. 0755-12345678.")
                           .arg(field, input)};
    const QStringList parts = text.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    QString area;
    QString local;
    if (parts.size() >= 2) {
        if (parts.size() > 3)
            return Failure{tr("%1: \"%2\" is not a landline number; write it as area code, number and extension, "
                              "e.g. 0755-12345678-123.")
                               .arg(field, input)};
        area = parts.at(0);
        local = parts.at(1);
        if (parts.size() == 3 && ext.isEmpty())
            ext = parts.at(2);
        if (area.size() < 3 || area.size() > 4)
            return Failure{tr("%1: the area code \"%2\" has 3 or 4 digits, e.g. 010 or 0755.").arg(field, area)};
    } else {
        const QString digits = parts.value(0);
        // 010 and 020-029 are the only two-digit area codes.
        const int areaLength = digits.size() > 1 && (digits.at(1) == QLatin1Char('1') || digits.at(1) == QLatin1Char('2'))
                                   ? 3
                                   : 4;
        area = digits.left(areaLength);
        local = digits.mid(areaLength);
    }
    if (local.size() < 7)
        return Failure{tr("%1: after the area code %2 a landline number has 7 or 8 digits; \"%3\" has %4, too few.")
                           .arg(field, area, local)
                           .arg(local.size())};
    if (local.size() > 8)
        return Failure{tr("%1: after the area code %2 a landline number has 7 or 8 digits; \"%3\" has %4, too many.")
                           .arg(field, area, local)
                           .arg(local.size())};
    QString result = area + QLatin1Char('-') + local;
    if (!ext.isEmpty())
        result += QLatin1Char('-') + ext;
    return result;
}

Result<QString> Validation::normalizePhone(const QString &input, const QString &fieldName)
{
    const QString field = orDefault(fieldName, tr("Phone"));
    const QString digits = stripPhoneSeparators(toHalfWidth(input));
    if (digits.isEmpty())
        return Failure{tr("%1: the number is missing.").arg(field)};
    // A landline starts with its area code; anything else is read as a mobile number, so
    // that the reason given is the one that fits what was typed.
    if (digits.startsWith(QLatin1Char('0')) && !digits.startsWith(QLatin1String("0086")))
        return normalizeLandline(input, field);
    if (digits.startsWith(QLatin1Char('1')) || digits.startsWith(QLatin1Char('+')) || digits.startsWith(QLatin1String("0086"))
        || digits.startsWith(QLatin1String("86")))
        return normalizeMobile(input, field);
    return Failure{tr("%1: \"%2\" is neither a mobile number (11 digits, starting with 1) nor a landline number "
                      "(area code first, e.g. 0755-12345678).")
                       .arg(field, input)};
}

QString Validation::normalizePlate(const QString &input)
{
    QString out;
    const QString half = toHalfWidth(input).toUpper();
    out.reserve(half.size());
    for (const QChar c : half) {
        if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QChar(0x00B7)
            || c == QChar(0x2022) || c == QChar(0x30FB) || c == QChar(0x2027) || c == QChar(0xFF65))
            continue;
        out += c;
    }
    return out;
}

QString Validation::plateWarning(const QString &plate)
{
    if (plate.isEmpty())
        return tr("Plate: the plate is empty.");
    static const QString provinces = QStringLiteral("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼");
    // The serial never uses I or O.
    static const QString serial = QStringLiteral("[A-HJ-NP-Z0-9]");
    static const QRegularExpression ordinary(
        QStringLiteral("^[%1][A-HJ-NP-Z]%2{4}(?:%2|[挂学警港澳领试超])$").arg(provinces, serial));
    static const QRegularExpression newEnergy(
        QStringLiteral("^[%1][A-HJ-NP-Z](?:[DF]%2\\d{4}|\\d{5}[DF])$").arg(provinces, serial));
    static const QRegularExpression embassy(QStringLiteral("^(?:使\\d{6}|\\d{6}使)$"));
    static const QRegularExpression military(QStringLiteral("^[A-Z]{2}\\d{5}$"));
    static const QRegularExpression armedPolice(QStringLiteral("^WJ[%1]?\\d{4}[\\dA-Z]$").arg(provinces));
    for (const QRegularExpression *re : {&ordinary, &newEnergy, &embassy, &armedPolice, &military}) {
        if (re->match(plate).hasMatch())
            return {};
    }
    if (!provinces.contains(plate.at(0)) && !plate.startsWith(QLatin1String("WJ")))
        return tr("Plate: %1 does not start with a province abbreviation; please confirm it.").arg(plate);
    if (plate.contains(QLatin1Char('I')) || plate.contains(QLatin1Char('O')))
        return tr("Plate: %1 contains the letter I or O, which plates never use (1 or 0?); please confirm it.")
            .arg(plate);
    return tr("Plate: %1 does not match a national plate format; please confirm it.").arg(plate);
}

Result<QDate> Validation::parseDate(const QString &input, const QString &fieldName)
{
    const QString field = orDefault(fieldName, tr("Date"));
    const QString text = toHalfWidth(input).trimmed();
    if (text.isEmpty())
        return Failure{tr("%1: the date is missing.").arg(field)};
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return Failure{tr("%1: \"%2\" is not a date; write it as 2024-03-01, 2024/3/1 or 2024年3月1日.")
                           .arg(field, input)};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return Failure{tr("%1: %2 is not a day of the calendar.").arg(field, input)};
    return date;
}

#include "models/io/tablereader.h"

#include "models/io/importlimits.h"
#include "models/io/zipreader.h"

#include <QFile>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <cmath>
#include <optional>

namespace {

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// The delimiter of the header line: comma, semicolon or tab, whichever occurs most outside quotes.
QChar detectDelimiter(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Result<QByteArray> readZipEntry(const ZipReader &zip, const QString &name)
{
    const auto data = zip.read(name);
    if (!data)
        return Failure{TableReader::tr("The workbook part %1 cannot be read: %2").arg(name, data.error())};
    return data;
}

// "B12" → column 1, row 12 (both 0-based in the result's first, 1-based in its second);
// nullopt for a reference beyond Excel's XFD1048576 or not of that form.
std::optional<QPair<int, int>> cellReference(QStringView reference)
{
    qsizetype i = 0;
    int column = 0;
    while (i < reference.size() && reference.at(i) >= QLatin1Char('A') && reference.at(i) <= QLatin1Char('Z')) {
        column = column * 26 + (reference.at(i).unicode() - 'A' + 1);
        if (column > ImportLimits::kMaxSheetColumn)
            return std::nullopt;
        ++i;
    }
    if (column == 0)
        return std::nullopt;
    int row = 0;
    if (i == reference.size())
        return QPair<int, int>{column - 1, 0};
    for (; i < reference.size(); ++i) {
        const QChar c = reference.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        row = row * 10 + (c.unicode() - '0');
        if (row > ImportLimits::kMaxSheetRow)
            return std::nullopt;
    }
    return QPair<int, int>{column - 1, row};
}

// Numbers as Excel shows them: 13800138000, not 1.3800138E10.
QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (ok && std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return raw;
}

// Which cell styles (the s="N" of a cell) show a number as a date or a time: a date cell holds
// days since 1899-12-30, which an import wants as the date it shows (2026-03-01), not 46082.
// Built-in formats 14-22, 27-36, 45-47 and 50-58 are dates and times (the last two ranges in the
// Chinese editions); a custom format is one when it has y, m, d, h or s outside quotes and brackets.
enum class DateStyle { None, Date, DateTime, Time };

DateStyle formatKind(int id, const QString &code)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return DateStyle::Date;
    if (id == 22)
        return DateStyle::DateTime;
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47))
        return DateStyle::Time;
    if (code.isEmpty())
        return DateStyle::None;
    bool quoted = false;
    int bracket = 0;
    bool date = false;
    bool time = false;
    for (const QChar c : code) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('['))
            ++bracket;
        else if (c == QLatin1Char(']'))
            bracket = qMax(0, bracket - 1);
        else if (bracket == 0) {
            const QChar l = c.toLower();
            if (l == QLatin1Char('y') || l == QLatin1Char('d'))
                date = true;
            else if (l == QLatin1Char('h') || l == QLatin1Char('s'))
                time = true;
            else if (l == QLatin1Char('m'))
                date = true; // months or minutes: either way not a plain number
        }
    }
    if (date && time)
        return DateStyle::DateTime;
    if (date)
        return DateStyle::Date;
    return time ? DateStyle::Time : DateStyle::None;
}

QList<DateStyle> dateStyles(const ZipReader &zip)
{
    QList<DateStyle> styles;
    if (!zip.contains(QStringLiteral("xl/styles.xml")))
        return styles;
    const auto data = readZipEntry(zip, QStringLiteral("xl/styles.xml"));
    if (!data)
        return styles;
    QHash<int, QString> custom;
    QXmlStreamReader xml(data.value());
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("numFmt")) {
                custom.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                              xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (xml.name() == QLatin1String("xf") && inCellXfs) {
                if (styles.size() >= ImportLimits::kMaxColumns * 64)
                    break;
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                styles << formatKind(id, custom.value(id));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return styles;
}

// A serial day number as the sheet shows it.
QString serialText(const QString &raw, DateStyle style)
{
    bool ok = false;
    const double serial = raw.toDouble(&ok);
    if (!ok || !std::isfinite(serial) || serial < 0 || serial > 2958465) // up to 9999-12-31
        return numberText(raw);
    const qint64 days = qint64(std::floor(serial));
    const qint64 seconds = qRound64((serial - double(days)) * 86400.0);
    const QDateTime t = QDateTime(QDate(1899, 12, 30).addDays(days), QTime(0, 0)).addSecs(seconds);
    switch (style) {
    case DateStyle::Date: return t.date().toString(Qt::ISODate);
    case DateStyle::DateTime:
        return t.toString(t.time().second() ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
    case DateStyle::Time: return t.time().toString(t.time().second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    case DateStyle::None: break;
    }
    return numberText(raw);
}

// The path of the first sheet, from the workbook and its relationships.
QString firstSheetPath(const ZipReader &zip)
{
    const auto workbook = readZipEntry(zip, QStringLiteral("xl/workbook.xml"));
    const auto rels = readZipEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
    const QString fallback = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!workbook || !rels)
        return fallback;
    QString relationId;
    QXmlStreamReader wb(workbook.value());
    while (!wb.atEnd() && relationId.isEmpty()) {
        if (wb.readNext() == QXmlStreamReader::StartElement && wb.name() == QLatin1String("sheet")) {
            for (const QXmlStreamAttribute &a : wb.attributes()) {
                if (a.name() == QLatin1String("id"))
                    relationId = a.value().toString();
            }
        }
    }
    QXmlStreamReader rr(rels.value());
    while (!rr.atEnd()) {
        if (rr.readNext() == QXmlStreamReader::StartElement && rr.name() == QLatin1String("Relationship")
            && rr.attributes().value(QLatin1String("Id")) == relationId) {
            QString target = rr.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return fallback;
}

} // namespace

namespace {

// The first line (1-based) that the decoder named cannot read, or 0 if every line decodes.
// Neither UTF-8 nor GB18030 uses the byte 0x0A inside a character, so lines are split as bytes.
int firstUndecodableLine(const QByteArray &bytes, const char *encoding)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
        const QString text = decoder(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(text);
        if (decoder.hasError())
            return line;
        start = end + 1;
        ++line;
    }
    return 0;
}

} // namespace

Result<QString> TableReader::decode(const QByteArray &bytes, QString *encoding)
{
    const auto damaged = [&](const char *name) {
        const int line = firstUndecodableLine(bytes, name);
        return Failure{tr("Line %1: not valid UTF-8 (a character is damaged or cut off). Correct that line or "
                          "save the file again as CSV (UTF-8).")
                           .arg(line)};
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = utf8(QByteArrayView(bytes).sliced(3));
        if (utf8.hasError())
            return damaged("UTF-8");
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder utf16(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                             QStringConverter::Flag::Stateless);
        const QString text = utf16(QByteArrayView(bytes).sliced(2));
        if (utf16.hasError() || bytes.size() % 2 != 0)
            return Failure{tr("The file begins as UTF-16 text but is damaged; save it again as CSV (UTF-8).")};
        *encoding = QStringLiteral("UTF-16");
        return text;
    }
    // Stateless: a character cut off at the very end is an error too, not silently dropped.
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString asUtf8 = utf8(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return asUtf8;
    }
    // Not all of it is UTF-8. A UTF-8 file with a character cut off (a file split or edited
    // byte-wise) is still overwhelmingly UTF-8: its other non-ASCII characters decode, and
    // the few bytes that do not are an error at their line, never a reason to read the whole
    // file as GB18030 (which accepts almost any byte pairs and would import mojibake).
    // GBK/GB18030 text read as UTF-8 instead fails at nearly every Chinese character and
    // decodes only the occasional byte pair by chance.
    qsizetype replaced = asUtf8.count(QChar::ReplacementCharacter) - bytes.count("\xEF\xBF\xBD");
    qsizetype decoded = 0; // non-ASCII characters that decoded
    for (const QChar c : asUtf8) {
        if (c.unicode() >= 0x80 && c != QChar::ReplacementCharacter && !c.isLowSurrogate())
            ++decoded;
    }
    replaced = qMax<qsizetype>(replaced, 1);
    const bool utf8Like = decoded >= 8 * replaced;
    if (utf8Like)
        return damaged("UTF-8");

    // Excel and WPS on a Chinese Windows save "CSV" in the ANSI code page, GBK; GB18030 is its superset.
    QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
    if (!gb.isValid())
        return Failure{tr("The file is not UTF-8 and this system cannot read GB18030.")};
    const QString asGb = gb(bytes);
    if (gb.hasError() && decoded >= replaced)
        return damaged("UTF-8"); // not GB18030 either, and more of it reads as UTF-8 than not
    if (gb.hasError())
        return Failure{tr("Line %1: the file is neither UTF-8 nor GB18030/GBK text; save it again as CSV (UTF-8).")
                           .arg(firstUndecodableLine(bytes, "GB18030"))};
    *encoding = QStringLiteral("GB18030");
    return asGb;
}

Result<QList<TableRow>> TableReader::parseCsv(const QString &text)
{
    using namespace ImportLimits;
    const QChar delimiter = detectDelimiter(text);
    QList<TableRow> rows;
    TableRow row;
    QString field;
    bool quoted = false;
    bool closedQuote = false; // the field was quoted and its closing quote has been read
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0; // where the open quoted field began
    qsizetype lineStart = 0;
    row.line = 1;
    QString error;
    auto endField = [&]() {
        if (row.cells.size() >= kMaxColumns) {
            error = tr("Line %1: more than %2 columns.").arg(row.line).arg(kMaxColumns);
            return;
        }
        row.cells << field;
        field.clear();
        fieldStarted = false;
        closedQuote = false;
    };
    auto endRow = [&]() {
        endField();
        if (!error.isEmpty())
            return;
        if (!isBlank(row.cells)) {
            if (rows.size() >= kMaxRows) {
                error = tr("Line %1: more than %2 rows; split the file.").arg(row.line).arg(kMaxRows);
                return;
            }
            rows << row;
        }
        row = TableRow();
    };
    auto newLine = [&](qsizetype next) {
        ++line;
        lineStart = next;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && error.isEmpty(); ++i) {
        if (i - lineStart >= kMaxLineChars) {
            error = tr("Line %1: longer than %2 characters; this is not a table.").arg(line).arg(kMaxLineChars);
            break;
        }
        const QChar c = text.at(i);
        if (field.size() >= kMaxFieldChars) {
            error = tr("Line %1: a field longer than %2 characters.").arg(quoted ? quoteLine : line).arg(kMaxFieldChars);
            break;
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    closedQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    newLine(i + 1);
                else if (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    newLine(i + 1);
                field += c;
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            newLine(i + 1);
            row.line = line;
        } else if (closedQuote && c == QLatin1Char(' ')) {
            continue; // "abc" ,def
        } else if (closedQuote) {
            // "abc"def: the quote that ended the field was not its end. Usually a quote is
            // missing further up and the quotes pair up wrongly, swallowing rows in between.
            error = tr("Line %1: a quoted field is not closed properly (text follows its closing quote); "
                       "check the quotes from this line on.")
                        .arg(quoteLine);
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (error.isEmpty() && quoted)
        error = tr("Line %1: a quoted field begins here and its closing quote is missing.").arg(quoteLine);
    if (error.isEmpty() && (fieldStarted || !field.isEmpty() || !row.cells.isEmpty()))
        endRow();
    if (!error.isEmpty())
        return Failure{error};
    // Windows line breaks inside quoted fields become plain ones.
    for (TableRow &r : rows) {
        for (QString &cell : r.cells)
            cell.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    }
    return rows;
}

Result<Table> TableReader::readCsv(const QByteArray &bytes)
{
    Table table;
    const auto text = decode(bytes, &table.encoding);
    if (!text)
        return Failure{text.error()};
    auto rows = parseCsv(text.value());
    if (!rows)
        return Failure{rows.error()};
    table.rows = std::move(rows.value());
    return table;
}

Result<Table> TableReader::readXlsx(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > ImportLimits::kMaxFileBytes)
        return tooLarge(path);
    const auto table = readXlsxData(file.readAll());
    if (!table)
        return Failure{tr("%1: %2").arg(QFileInfo(path).fileName(), table.error())};
    return table;
}

Result<Table> TableReader::readXlsxData(const QByteArray &bytes)
{
    using namespace ImportLimits;
    ZipReader zip;
    if (Status opened = zip.open(bytes); !opened)
        return Failure{tr("This is not an Excel workbook (.xlsx): %1").arg(opened.error())};

    QStringList shared;
    if (zip.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        const auto data = readZipEntry(zip, QStringLiteral("xl/sharedStrings.xml"));
        if (!data)
            return Failure{data.error()};
        QXmlStreamReader xml(data.value());
        int phonetic = 0; // <rPh> holds furigana-style readings, not cell text
        bool inText = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("si")) {
                    if (shared.size() >= kMaxCells)
                        return Failure{tr("The workbook has more than %1 shared strings; split it.").arg(kMaxCells)};
                    shared << QString();
                }
                else if (xml.name() == QLatin1String("rPh"))
                    ++phonetic;
                else if (xml.name() == QLatin1String("t"))
                    inText = true;
            } else if (token == QXmlStreamReader::EndElement) {
                if (xml.name() == QLatin1String("rPh"))
                    --phonetic;
                else if (xml.name() == QLatin1String("t"))
                    inText = false;
            } else if (token == QXmlStreamReader::Characters && inText && phonetic == 0 && !shared.isEmpty()) {
                if (shared.last().size() + xml.text().size() > kMaxFieldChars)
                    return Failure{tr("Shared string %1 is longer than %2 characters.").arg(shared.size()).arg(kMaxFieldChars)};
                shared.last() += xml.text();
            }
        }
        if (xml.hasError())
            return Failure{tr("The workbook's shared strings are damaged: %1").arg(xml.errorString())};
    }

    const QList<DateStyle> styles = dateStyles(zip);
    const QString sheetPath = firstSheetPath(zip);
    const auto sheet = readZipEntry(zip, sheetPath);
    if (!sheet)
        return Failure{sheet.error()};
    Table table;
    table.encoding = QStringLiteral("XLSX");
    QXmlStreamReader xml(sheet.value());
    TableRow row;
    int nextRow = 1;
    int rowsRead = 0;
    qint64 cells = 0;
    int column = 0;
    QString reference;
    QString type;
    int style = 0;
    QString value;
    bool inValue = false;
    bool inRow = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == QLatin1String("row")) {
                row = TableRow();
                if (++rowsRead > kMaxRows)
                    return Failure{tr("Row %1: the sheet has more than %2 rows; split it.").arg(nextRow).arg(kMaxRows)};
                const auto r = xml.attributes().value(QLatin1String("r"));
                if (r.isEmpty()) {
                    row.line = nextRow;
                } else {
                    bool ok = false;
                    row.line = r.toInt(&ok);
                    if (!ok || row.line < 1 || row.line > kMaxSheetRow)
                        return Failure{tr("Row \"%1\": not a row number from 1 to %2.").arg(r.left(20)).arg(kMaxSheetRow)};
                }
                nextRow = row.line + 1;
                column = 0;
                inRow = true;
            } else if (name == QLatin1String("c") && inRow) {
                const auto r = xml.attributes().value(QLatin1String("r"));
                reference = r.left(20).toString();
                if (!r.isEmpty()) {
                    const auto at = cellReference(r);
                    if (!at)
                        return Failure{tr("Cell \"%1\": not a cell reference within A1 to XFD%2.")
                                           .arg(reference)
                                           .arg(kMaxSheetRow)};
                    column = at->first;
                }
                type = xml.attributes().value(QLatin1String("t")).toString();
                style = xml.attributes().value(QLatin1String("s")).toInt();
                value.clear();
            } else if (name == QLatin1String("v") || (name == QLatin1String("t") && type == QLatin1String("inlineStr"))) {
                inValue = true;
            }
        } else if (token == QXmlStreamReader::Characters && inValue) {
            if (value.size() + xml.text().size() > kMaxFieldChars)
                return Failure{tr("Cell %1: longer than %2 characters.").arg(reference).arg(kMaxFieldChars)};
            value += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const auto name = xml.name();
            if (name == QLatin1String("v") || name == QLatin1String("t")) {
                inValue = false;
            } else if (name == QLatin1String("c") && inRow) {
                QString text;
                if (type == QLatin1String("s"))
                    text = shared.value(value.toInt());
                else if (type == QLatin1String("inlineStr") || type == QLatin1String("str") || type == QLatin1String("e"))
                    text = value;
                else if (type == QLatin1String("b"))
                    text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                else if (style >= 0 && style < styles.size() && styles.at(style) != DateStyle::None)
                    text = serialText(value, styles.at(style));
                else
                    text = numberText(value);
                if (column >= kMaxColumns) {
                    // A formatted but empty cell far to the right is no reason to refuse the sheet.
                    if (text.trimmed().isEmpty()) {
                        ++column;
                        continue;
                    }
                    return Failure{tr("Cell %1: beyond the %2 columns a sheet may have here.")
                                       .arg(reference.isEmpty() ? QString::number(column + 1) : reference)
                                       .arg(kMaxColumns)};
                }
                cells += qMax<qsizetype>(column - row.cells.size(), 0) + 1;
                if (cells > kMaxCells)
                    return Failure{tr("Row %1: the sheet has more than %2 cells; split it.").arg(row.line).arg(kMaxCells)};
                while (row.cells.size() < column)
                    row.cells << QString();
                if (row.cells.size() > column)
                    row.cells[column] = text; // a cell given twice: the later one, as Excel would
                else
                    row.cells << text;
                ++column;
            } else if (name == QLatin1String("row")) {
                inRow = false;
                if (!isBlank(row.cells))
                    table.rows << row;
            }
        }
    }
    if (xml.hasError())
        return Failure{tr("The workbook's first sheet is damaged: %1").arg(xml.errorString())};
    return table;
}

Result<Table> TableReader::readFile(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return readXlsx(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > ImportLimits::kMaxFileBytes)
        return tooLarge(path);
    const auto table = readCsv(file.readAll());
    if (!table)
        return Failure{tr("%1: %2").arg(QFileInfo(path).fileName(), table.error())};
    return table;
}

Failure TableReader::tooLarge(const QString &path)
{
    return Failure{tr("%1 is larger than %2 MiB; split it into smaller files.")
                       .arg(QFileInfo(path).fileName())
                       .arg(ImportLimits::kMaxFileBytes / (1024 * 1024))};
}

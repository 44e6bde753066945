#include "models/io/tablereader.h"

#include "models/io/zipreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>


#include <cmath>

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

// "B12" → column 1.
int columnIndex(const QString &reference)
{
    int column = 0;
    for (const QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
    }
    return column - 1;
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

Result<QString> TableReader::decode(const QByteArray &bytes, QString *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = utf16(bytes.mid(2));
        *encoding = QStringLiteral("UTF-16");
        return text;
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString asUtf8 = utf8(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return asUtf8;
    }
    // Excel and WPS on a Chinese Windows save "CSV" in the ANSI code page, GBK; GB18030 is its superset.
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        return Failure{tr("The file is not UTF-8 and this system cannot read GB18030.")};
    const QString asGb = gb(bytes);
    if (gb.hasError())
        return Failure{tr("The file is neither UTF-8 nor GB18030/GBK text; save it again as CSV (UTF-8).")};
    *encoding = QStringLiteral("GB18030");
    return asGb;
}

QList<TableRow> TableReader::parseCsv(const QString &text)
{
    const QChar delimiter = detectDelimiter(text);
    QList<TableRow> rows;
    TableRow row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&]() {
        row.cells << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&]() {
        endField();
        if (!isBlank(row.cells))
            rows << row;
        row = TableRow();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                else if (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            ++line;
            row.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.cells.isEmpty())
        endRow();
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
    table.rows = parseCsv(text.value());
    return table;
}

Result<Table> TableReader::readXlsx(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot read %1: %2").arg(path, file.errorString())};
    ZipReader zip;
    if (Status opened = zip.open(file.readAll()); !opened)
        return Failure{tr("%1 is not an Excel workbook (.xlsx): %2").arg(path, opened.error())};

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
                if (xml.name() == QLatin1String("si"))
                    shared << QString();
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
                shared.last() += xml.text();
            }
        }
        if (xml.hasError())
            return Failure{tr("The workbook's shared strings are damaged: %1").arg(xml.errorString())};
    }

    const QString sheetPath = firstSheetPath(zip);
    const auto sheet = readZipEntry(zip, sheetPath);
    if (!sheet)
        return Failure{sheet.error()};
    Table table;
    table.encoding = QStringLiteral("XLSX");
    QXmlStreamReader xml(sheet.value());
    TableRow row;
    int nextRow = 1;
    int column = 0;
    QString type;
    QString value;
    bool inValue = false;
    bool inRow = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == QLatin1String("row")) {
                row = TableRow();
                const QString r = xml.attributes().value(QLatin1String("r")).toString();
                row.line = r.isEmpty() ? nextRow : r.toInt();
                nextRow = row.line + 1;
                column = 0;
                inRow = true;
            } else if (name == QLatin1String("c") && inRow) {
                const QString r = xml.attributes().value(QLatin1String("r")).toString();
                if (!r.isEmpty())
                    column = columnIndex(r);
                type = xml.attributes().value(QLatin1String("t")).toString();
                value.clear();
            } else if (name == QLatin1String("v") || (name == QLatin1String("t") && type == QLatin1String("inlineStr"))) {
                inValue = true;
            }
        } else if (token == QXmlStreamReader::Characters && inValue) {
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
                else
                    text = numberText(value);
                while (row.cells.size() < column)
                    row.cells << QString();
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
    return readCsv(file.readAll());
}

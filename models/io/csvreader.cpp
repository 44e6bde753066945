#include "models/io/csvreader.h"

#include <QFile>
#include <QStringDecoder>

Result<QString> CsvReader::decode(const QByteArray &bytes)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    if (bytes.startsWith(bom))
        return QString::fromUtf8(bytes.mid(bom.size()));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb18030.isValid())
        return Failure{tr("This system cannot read GB18030 text.")};
    text = gb18030(bytes);
    if (gb18030.hasError())
        return Failure{tr("The file is neither UTF-8 nor GB18030 text.")};
    return text;
}

TextTable CsvReader::parse(const QString &text)
{
    TextTable table;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    auto endField = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        bool empty = true;
        for (const QString &cell : std::as_const(record))
            empty = empty && cell.trimmed().isEmpty();
        if (!empty) {
            if (table.header.isEmpty() && table.headerLine == 0) {
                table.header = record;
                table.headerLine = recordLine;
            } else {
                table.rows << TextTable::Row{recordLine, record};
            }
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF or a lone CR: the LF (if any) ends the record
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                endRecord();
                ++line;
                recordLine = line;
            }
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    return table;
}

Result<TextTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot read %1: %2").arg(path, file.errorString())};
    const auto text = decode(file.readAll());
    if (!text)
        return Failure{text.error()};
    return parse(text.value());
}

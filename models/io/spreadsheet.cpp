#include "models/io/spreadsheet.h"

#include "models/io/exportfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>

#include <xlsxwriter.h>

SheetCell SheetCell::of(const QString &value)
{
    if (value.isEmpty())
        return {};
    SheetCell c;
    c.type = Type::Text;
    c.text = value;
    return c;
}

SheetCell SheetCell::integer(qint64 value)
{
    SheetCell c;
    c.type = Type::Integer;
    c.number = double(value);
    return c;
}

SheetCell SheetCell::real(double value, int places)
{
    SheetCell c;
    c.type = Type::Number;
    c.number = value;
    c.decimals = places;
    return c;
}

SheetCell SheetCell::percent(double fraction)
{
    SheetCell c;
    c.type = Type::Percent;
    c.number = fraction;
    return c;
}

SheetCell SheetCell::money(qint64 fen)
{
    SheetCell c;
    c.type = Type::Money;
    c.number = double(fen) / 100.0;
    return c;
}

SheetCell SheetCell::day(const QDate &value)
{
    if (!value.isValid())
        return {};
    SheetCell c;
    c.type = Type::Date;
    c.date = value;
    return c;
}

SheetCell SheetCell::month(const QDate &firstDay)
{
    SheetCell c = day(firstDay);
    if (c.type == Type::Date)
        c.type = Type::Month;
    return c;
}

SheetCell SheetCell::instant(const QDateTime &local)
{
    if (!local.isValid())
        return {};
    SheetCell c;
    c.type = Type::DateTime;
    c.dateTime = local;
    return c;
}

SheetCell SheetCell::formula(const QString &expression, double result)
{
    SheetCell c;
    c.type = Type::Formula;
    c.text = expression;
    c.number = result;
    return c;
}

QString SheetCell::display() const
{
    switch (type) {
    case Type::Empty: return QString();
    case Type::Text: return text;
    case Type::Formula: return QString::number(number);
    case Type::Integer: return QString::number(qint64(number));
    case Type::Number: return QString::number(number, 'f', decimals);
    case Type::Percent: return QString::number(number * 100.0, 'f', 1) + QLatin1Char('%');
    case Type::Money: return QString::number(number, 'f', 2);
    case Type::Date: return date.toString(Qt::ISODate);
    case Type::Month: return date.toString(QStringLiteral("yyyy-MM"));
    case Type::DateTime: return dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return QString();
}

QByteArray SpreadsheetWriter::nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

QString SpreadsheetWriter::sheetName(const QString &name, int number)
{
    QString clean = name;
    for (QChar c : {QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
                    QLatin1Char('/'), QLatin1Char('\\')})
        clean.replace(c, QLatin1Char(' '));
    clean = clean.simplified();
    if (number > 0)
        clean = QStringLiteral("%1 %2").arg(number).arg(clean);
    return clean.left(31);
}

namespace {

struct Formats
{
    lxw_format *bold = nullptr;
    lxw_format *title = nullptr;
    lxw_format *number1 = nullptr;
    lxw_format *number2 = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *money = nullptr;
    lxw_format *date = nullptr;
    lxw_format *month = nullptr;
    lxw_format *dateTime = nullptr;
};

lxw_format *numberFormat(lxw_workbook *book, const char *format)
{
    lxw_format *f = workbook_add_format(book);
    format_set_num_format(f, format);
    return f;
}

// Widths in characters, a Chinese character counting two.
double textWidth(const QString &text)
{
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2.0 : 1.0;
    return width;
}

double cellWidth(const SheetCell &cell)
{
    switch (cell.type) {
    case SheetCell::Type::DateTime: return 17;
    case SheetCell::Type::Date: return 11;
    case SheetCell::Type::Month: return 8;
    case SheetCell::Type::Formula: return 10;
    default: return textWidth(cell.display());
    }
}

void writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const SheetCell &cell, const Formats &f)
{
    using Type = SheetCell::Type;
    switch (cell.type) {
    case Type::Empty: return;
    case Type::Text: {
        // A sheet's text cell is never run as a formula; only the apostrophes that an import
        // takes away again are added.
        const QString text = cell.text.startsWith(QLatin1Char('\'')) ? ExportFile::protectCell(cell.text) : cell.text;
        worksheet_write_string(sheet, row, column, text.toUtf8().constData(), nullptr);
        return;
    }
    case Type::Integer: worksheet_write_number(sheet, row, column, cell.number, nullptr); return;
    case Type::Number:
        worksheet_write_number(sheet, row, column, cell.number, cell.decimals >= 2 ? f.number2 : f.number1);
        return;
    case Type::Percent: worksheet_write_number(sheet, row, column, cell.number, f.percent); return;
    case Type::Money: worksheet_write_number(sheet, row, column, cell.number, f.money); return;
    case Type::Date:
    case Type::Month: {
        lxw_datetime d{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
        worksheet_write_datetime(sheet, row, column, &d, cell.type == Type::Month ? f.month : f.date);
        return;
    }
    case Type::DateTime: {
        const QDate date = cell.dateTime.date();
        const QTime time = cell.dateTime.time();
        lxw_datetime d{date.year(), date.month(), date.day(), time.hour(), time.minute(), double(time.second())};
        worksheet_write_datetime(sheet, row, column, &d, f.dateTime);
        return;
    }
    case Type::Formula:
        worksheet_write_formula_num(sheet, row, column, (QLatin1Char('=') + cell.text).toUtf8().constData(), f.bold,
                                    cell.number);
        return;
    }
}

} // namespace

Status SpreadsheetWriter::write(const QString &path, const QList<Sheet> &sheets)
{
    // libxlsxwriter writes where it is told, with the default permissions and bit by bit:
    // into a private temporary folder first, then the whole file or nothing, owner-only
    // (ExportFile::write).
    QTemporaryDir scratch(QDir::temp().filePath(QStringLiteral("estatedesk-XXXXXX")));
    if (!scratch.isValid())
        return Failure{tr("Cannot create %1: no temporary folder (%2).").arg(path, scratch.errorString())};
    QFile::setPermissions(scratch.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString temporary = scratch.filePath(QStringLiteral("export.xlsx"));
    const QByteArray fileName = nativePath(temporary);
    lxw_workbook *workbook = workbook_new(fileName.constData());
    if (!workbook)
        return Failure{tr("Cannot create %1.").arg(path)};
    Formats f;
    f.bold = workbook_add_format(workbook);
    format_set_bold(f.bold);
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 13);
    f.number1 = numberFormat(workbook, "0.0");
    f.number2 = numberFormat(workbook, "0.00");
    f.percent = numberFormat(workbook, "0.0%");
    f.money = numberFormat(workbook, "#,##0.00");
    f.date = numberFormat(workbook, "yyyy-mm-dd");
    f.month = numberFormat(workbook, "yyyy-mm");
    f.dateTime = numberFormat(workbook, "yyyy-mm-dd hh:mm");

    QStringList usedNames;
    for (int s = 0; s < sheets.size(); ++s) {
        const Sheet &sheet = sheets.at(s);
        QString name = sheetName(sheet.name, 0);
        if (name.isEmpty() || usedNames.contains(name, Qt::CaseInsensitive))
            name = sheetName(sheet.name, s + 1);
        usedNames << name;
        lxw_worksheet *ws = workbook_add_worksheet(workbook, name.toUtf8().constData());
        if (!ws) {
            workbook_close(workbook);
            return Failure{tr("Cannot write %1: the sheet name \"%2\" is not allowed.").arg(path, name)};
        }
        lxw_row_t row = 0;
        if (!sheet.title.isEmpty()) {
            worksheet_write_string(ws, row, 0, sheet.title.toUtf8().constData(), f.title);
            ++row;
        }
        QList<double> widths;
        for (int c = 0; c < sheet.header.size(); ++c) {
            worksheet_write_string(ws, row, lxw_col_t(c), sheet.header.at(c).toUtf8().constData(), f.bold);
            widths << textWidth(sheet.header.at(c));
        }
        const lxw_row_t headerRow = row;
        ++row;
        for (const QList<SheetCell> &cells : sheet.rows) {
            for (int c = 0; c < cells.size(); ++c) {
                writeCell(ws, row, lxw_col_t(c), cells.at(c), f);
                while (widths.size() <= c)
                    widths << 0;
                widths[c] = qMax(widths.at(c), cellWidth(cells.at(c)));
            }
            ++row;
        }
        for (int c = 0; c < widths.size(); ++c) {
            const double width = c < sheet.columnWidths.size() && sheet.columnWidths.at(c) > 0
                                     ? sheet.columnWidths.at(c)
                                     : qBound(6.0, widths.at(c) + 2, 60.0);
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
        if (!sheet.header.isEmpty())
            worksheet_freeze_panes(ws, headerRow + 1, 0);
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return Failure{tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error)))};
    QFile written(temporary);
    if (!written.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot write %1: %2").arg(path, written.errorString())};
    return ExportFile::write(path, written.readAll());
}

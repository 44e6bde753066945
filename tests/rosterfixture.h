#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <xlsxwriter.h>

// The roster an office saves from Excel on a Chinese Windows: GB18030 without BOM, quoted
// fields with commas, quotes and line breaks, full-width digits, three date styles, a lower-case
// x check character, and three bad rows.
struct RosterFixture
{
    struct Record
    {
        QStringList cells;
        QString rejectedFor; // the start of the reason, or empty for a good row
    };

    QList<Record> records;

    RosterFixture()
    {
        auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };
        records = {
            {{s("楼栋"), s("单元"), s("房号"), s("姓名"), s("身份"), s("性别"), s("证件类型"), s("证件号码"),
              s("手机"), s("入住日期"), s("车牌"), s("备注")}, {}},
            {{s("3"), s("2"), s("1201"), s("张三"), s("业主"), s("男"), s("居民身份证"), s("11010119800106123x"),
              s("１３８ ００１３ ８０００"), s("2024/3/1"), s("粤B·12345"), s("钥匙放物业, 周末在家 \"老张\"")}, {}},
            {{s("3栋"), s("2单元"), s("1202室"), s("李四"), s("租户"), s("女"), QString(), s("310104196102013971"),
              s("+86 139-1234-5678"), s("2024年3月1日"), s("粤B 54321、粤AD12345"), QString()}, {}},
            {{s("5"), s("1"), s("301"), s("王五"), s("业主"), s("男"), QString(), s("310104196203057949"),
              s("13700137000"), s("2023-12-01"), QString(), s("第一行\n第二行, 有逗号")}, {}},
            {{s("5"), s("1"), s("302"), s("赵六"), s("业主"), s("男"), QString(), s("110105194912310021"),
              s("13600136000"), s("2024-01-01"), QString(), QString()}, s("ID number:")},
            {{s("5"), s("1"), QString(), s("钱七"), s("业主"), QString(), QString(), QString(), s("13500135000"),
              QString(), QString(), QString()}, s("Room:")},
            {{s("6"), s("1"), s("101"), s("孙八"), s("家庭成员"), QString(), QString(), QString(), s("1234567"),
              QString(), QString(), QString()}, s("Mobile:")},
            {{s("3"), s("2"), s("1201"), s("张小三"), s("家庭成员"), s("男"), s("护照"), s("E12345678"), QString(),
              s("2024-03-01"), QString(), QString()}, {}},
        };
    }

    int goodRows() const
    {
        int n = 0;
        for (qsizetype i = 1; i < records.size(); ++i)
            n += records.at(i).rejectedFor.isEmpty() ? 1 : 0;
        return n;
    }

    static QString csvField(const QString &text)
    {
        if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
            return text;
        QString quoted = text;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }

    // The CSV text with CRLF line ends (as Excel writes); lineOf[i] is the line record i starts on.
    QString csv(QList<int> *lineOf = nullptr) const
    {
        QString text;
        for (const Record &r : records) {
            if (lineOf)
                lineOf->append(int(text.count(QLatin1Char('\n'))) + 1);
            QStringList fields;
            for (const QString &cell : r.cells) {
                QString value = cell;
                value.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
                fields << csvField(value);
            }
            text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        return text;
    }

    QByteArray gb18030(QList<int> *lineOf = nullptr) const
    {
        QStringEncoder encoder("GB18030");
        const QByteArray bytes = encoder(csv(lineOf));
        return encoder.hasError() ? QByteArray() : bytes;
    }

    // The same roster as Excel would save it: the move-in of the first resident as a real date cell
    // and a phone number as a number cell. Sheet rows are the record indexes + 1.
    bool writeXlsx(const QString &path) const
    {
        lxw_workbook *workbook = workbook_new(path.toUtf8().constData());
        if (!workbook)
            return false;
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
        lxw_format *dateFormat = workbook_add_format(workbook);
        format_set_num_format(dateFormat, "yyyy/m/d");
        for (qsizetype r = 0; r < records.size(); ++r) {
            const QStringList &cells = records.at(r).cells;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const QString &cell = cells.at(c);
                if (cell.isEmpty())
                    continue;
                const auto row = lxw_row_t(r);
                const auto col = lxw_col_t(c);
                if (r == 1 && c == 9) {
                    lxw_datetime when = {2024, 3, 1, 0, 0, 0.0};
                    worksheet_write_datetime(sheet, row, col, &when, dateFormat);
                } else if (r == 4 && c == 8) {
                    worksheet_write_number(sheet, row, col, cell.toDouble(), nullptr);
                } else {
                    worksheet_write_string(sheet, row, col, cell.toUtf8().constData(), nullptr);
                }
            }
        }
        return workbook_close(workbook) == LXW_NO_ERROR;
    }
};

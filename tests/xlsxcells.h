#pragma once

// The cells of an XLSX sheet as stored (type, value, number format), to check what a
// spreadsheet program will see: a number is a <c> without t="s", its format a numFmt code.
#include "models/io/zipreader.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QXmlStreamReader>

struct XlsxCell
{
    QString type;   // "" or "n": a number; "s": a shared string; "str": a formula's text
    QString value;  // the number, or the string itself
    QString format; // the number format's code ("0.0%", "yyyy-mm-dd hh:mm"), "" for General
    QString formula;
    bool isNumber() const { return type.isEmpty() || type == QLatin1String("n"); }
    double number() const { return value.toDouble(); }
};

class XlsxCells
{
public:
    // sheet: 1 for the first sheet of the workbook (libxlsxwriter names them sheet1.xml, ...).
    bool load(const QString &path, int sheet)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !m_zip.open(file.readAll()))
            return false;
        readShared();
        readStyles();
        const auto data = m_zip.read(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
        if (!data)
            return false;
        QXmlStreamReader xml(data.value());
        QString ref;
        XlsxCell cell;
        QString *target = nullptr;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("c")) {
                    ref = xml.attributes().value(QLatin1String("r")).toString();
                    cell = XlsxCell();
                    cell.type = xml.attributes().value(QLatin1String("t")).toString();
                    cell.format = m_formats.value(xml.attributes().value(QLatin1String("s")).toInt());
                } else if (xml.name() == QLatin1String("v")) {
                    target = &cell.value;
                } else if (xml.name() == QLatin1String("f")) {
                    target = &cell.formula;
                }
            } else if (token == QXmlStreamReader::Characters && target) {
                *target += xml.text();
            } else if (token == QXmlStreamReader::EndElement) {
                if (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("f"))
                    target = nullptr;
                else if (xml.name() == QLatin1String("c")) {
                    if (cell.type == QLatin1String("s"))
                        cell.value = m_shared.value(cell.value.toInt());
                    m_cells.insert(ref, cell);
                }
            }
        }
        return !xml.hasError();
    }

    XlsxCell at(const QString &ref) const { return m_cells.value(ref); }
    // The row (1-based) whose column A holds text, or 0.
    int rowOf(const QString &text, const QString &column = QStringLiteral("A")) const
    {
        for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
            if (it.key().startsWith(column) && it.key().mid(column.size()).toInt() > 0 && it->value == text
                && !it->isNumber())
                return it.key().mid(column.size()).toInt();
        }
        return 0;
    }
    static double serial(const QDate &date) { return double(QDate(1899, 12, 30).daysTo(date)); }

private:
    void readShared()
    {
        const auto data = m_zip.read(QStringLiteral("xl/sharedStrings.xml"));
        if (!data)
            return;
        QXmlStreamReader xml(data.value());
        bool inText = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
                m_shared << QString();
            else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("t"))
                inText = true;
            else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("t"))
                inText = false;
            else if (token == QXmlStreamReader::Characters && inText && !m_shared.isEmpty())
                m_shared.last() += xml.text();
        }
    }
    void readStyles()
    {
        const auto data = m_zip.read(QStringLiteral("xl/styles.xml"));
        if (!data)
            return;
        QHash<int, QString> codes{{0, QString()}, {10, QStringLiteral("0.00%")}, {9, QStringLiteral("0%")}};
        QXmlStreamReader xml(data.value());
        bool inXfs = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("numFmt"))
                    codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                 xml.attributes().value(QLatin1String("formatCode")).toString());
                else if (xml.name() == QLatin1String("cellXfs"))
                    inXfs = true;
                else if (xml.name() == QLatin1String("xf") && inXfs)
                    m_formats << codes.value(xml.attributes().value(QLatin1String("numFmtId")).toInt());
            } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs")) {
                inXfs = false;
            }
        }
    }

    ZipReader m_zip;
    QStringList m_shared;
    QStringList m_formats;
    QMap<QString, XlsxCell> m_cells;
};

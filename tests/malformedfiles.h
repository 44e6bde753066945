#pragma once

// Small damaged or hostile files for the importers' tests: a ZIP writer that can lie about
// its parts' sizes, and workbooks and CSV files that real malformed input looks like.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <zlib.h>

namespace Malformed {

struct ZipPart
{
    QByteArray name;
    QByteArray data;
    bool deflate = true;
    qint64 declaredSize = -1; // the uncompressed size written into the directory; -1: the real one
};

inline void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

inline void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

inline QByteArray rawDeflate(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

inline QByteArray zip(const QList<ZipPart> &parts)
{
    QByteArray out;
    QByteArray directory;
    for (const ZipPart &part : parts) {
        const QByteArray body = part.deflate ? rawDeflate(part.data) : part.data;
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(part.data.constData()), uInt(part.data.size())));
        const quint32 size = quint32(part.declaredSize < 0 ? part.data.size() : part.declaredSize);
        const quint32 offset = quint32(out.size());
        const quint16 method = part.deflate ? 8 : 0;
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0);
        put16(out, method);
        put32(out, 0);
        put32(out, crc);
        put32(out, quint32(body.size()));
        put32(out, size);
        put16(out, quint16(part.name.size()));
        put16(out, 0);
        out += part.name;
        out += body;
        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, 0);
        put16(directory, method);
        put32(directory, 0);
        put32(directory, crc);
        put32(directory, quint32(body.size()));
        put32(directory, size);
        put16(directory, quint16(part.name.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, offset);
        directory += part.name;
    }
    const quint32 directoryAt = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(parts.size()));
    put16(out, quint16(parts.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryAt);
    put16(out, 0);
    return out;
}

// A minimal workbook whose first sheet holds sheetData (the XML inside <sheetData>), with
// inline strings so that no shared-strings part is needed.
inline QByteArray workbook(const QByteArray &sheetData, qint64 declaredSheetSize = -1)
{
    const QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                             "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                             "<sheetData>" + sheetData + "</sheetData></worksheet>";
    return zip({
        {"[Content_Types].xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"xl/workbook.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
         "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", sheet, true, declaredSheetSize},
    });
}

// One row of inline-string cells, starting at column A of row r.
inline QByteArray sheetRow(int r, const QList<QByteArray> &cells)
{
    QByteArray row = "<row r=\"" + QByteArray::number(r) + "\">";
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QByteArray column;
        for (qsizetype n = i + 1; n > 0; n = (n - 1) / 26)
            column.prepend(char('A' + (n - 1) % 26));
        row += "<c r=\"" + column + QByteArray::number(r) + "\" t=\"inlineStr\"><is><t>" + cells.at(i) + "</t></is></c>";
    }
    return row + "</row>";
}

// A zip bomb's sheet: many repeated rows (they deflate a thousandfold), with the size the
// directory declares for them: the real one is 1 MiB, a bomb declares either far more
// (1.5 GiB, as a 1.5 MB bomb would) or far less than it unpacks to.
inline QByteArray zipBomb(qint64 declaredSheetSize)
{
    QByteArray rows = sheetRow(1, {"building", "room", "name", "role"});
    const QByteArray filler = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
    rows.reserve(1024 * 1024 + filler.size());
    while (rows.size() < 1024 * 1024)
        rows += filler;
    return workbook(rows, declaredSheetSize);
}

} // namespace Malformed

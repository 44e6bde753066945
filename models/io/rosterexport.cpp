#include "models/io/rosterexport.h"

#include "models/database/database.h"
#include "models/database/query.h"
#include "models/domain/residentfile.h"
#include "models/io/exportfile.h"
#include "models/io/spreadsheet.h"
#include "models/repositories/auditlog.h"

#include <QDate>
#include <QFileInfo>

QStringList RosterExport::columnKeys()
{
    return {QStringLiteral("building"), QStringLiteral("unit"),      QStringLiteral("room"),
            QStringLiteral("name"),     QStringLiteral("role"),      QStringLiteral("gender"),
            QStringLiteral("id_type"),  QStringLiteral("id_number"), QStringLiteral("mobile"),
            QStringLiteral("move_in"),  QStringLiteral("plate"),     QStringLiteral("notes"),
            QStringLiteral("landline"), QStringLiteral("emergency_contact"), QStringLiteral("emergency_phone")};
}

QStringList RosterExport::translatedHeaders()
{
    return {tr("Building"), tr("Unit"),       tr("Room"),  tr("Name"),  tr("Role"),
            tr("Gender"),   tr("Document type"), tr("Document number"), tr("Mobile"), tr("Move-in date"),
            tr("Plate"),    tr("Notes"),      tr("Landline"), tr("Emergency contact"), tr("Emergency contact phone")};
}

Result<QList<QStringList>> RosterExport::rows()
{
    // Residents with their current houses, then residents with none.
    Query q(m_db, QStringLiteral(
                      "SELECT r.id, b.code, u.code, h.room, r.name, l.role, r.gender, r.document_type, "
                      "r.document_number, r.mobile, r.mobile2, l.start_date, r.notes, r.landline, "
                      "r.emergency_contact, r.emergency_phone FROM residents r "
                      "LEFT JOIN resident_houses l ON l.resident_id = r.id AND l.ended = 0 "
                      "LEFT JOIN houses h ON h.id = l.house_id LEFT JOIN units u ON u.id = h.unit_id "
                      "LEFT JOIN buildings b ON b.id = u.building_id WHERE r.voided = 0 "
                      "ORDER BY CASE WHEN h.id IS NULL THEN 1 ELSE 0 END, b.code, u.code, h.room, l.role, r.id"));
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    Query plates(m_db, QStringLiteral("SELECT plate FROM vehicles WHERE resident_id = :id AND voided = 0 ORDER BY id"));
    QList<QStringList> list;
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
        QStringList mobiles{q.value(9).toString(), q.value(10).toString()};
        mobiles.removeAll(QString());
        // In the order of columnKeys(); the plates are filled in below.
        list << QStringList{q.value(1).toString(),  q.value(2).toString(),  q.value(3).toString(),
                            q.value(4).toString(),  q.value(5).toString(),  q.value(6).toString(),
                            q.value(7).toString(),  q.value(8).toString(),  mobiles.join(QLatin1Char(';')),
                            q.value(11).toString(), QString(),              q.value(12).toString(),
                            q.value(13).toString(), q.value(14).toString(), q.value(15).toString()};
    }
    const qsizetype plateColumn = columnKeys().indexOf(QStringLiteral("plate"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        plates.bind(QStringLiteral(":id"), ids.at(i));
        if (Status s = plates.exec(); !s)
            return Failure{s.error()};
        QStringList found;
        while (plates.next())
            found << plates.value(0).toString();
        list[i][plateColumn] = found.join(QLatin1Char(';'));
    }
    return list;
}

Status RosterExport::writeXlsx(const QString &path, const QStringList &header, const QList<QStringList> &data)
{
    // Document and phone numbers stay text: as numbers a spreadsheet would round them
    // (4.40305196102111E+17). The move-in date is a date cell.
    const qsizetype moveIn = columnKeys().indexOf(QStringLiteral("move_in"));
    Sheet sheet;
    sheet.name = tr("Residents");
    sheet.header = header;
    for (const QStringList &row : data) {
        QList<SheetCell> cells;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QDate date = c == moveIn ? QDate::fromString(row.at(c), Qt::ISODate) : QDate();
            cells << (date.isValid() ? SheetCell::day(date) : SheetCell::of(row.at(c)));
        }
        sheet.rows << cells;
    }
    sheet.columnWidths = {8, 8, 8};
    return SpreadsheetWriter::write(path, {sheet});
}

void RosterExport::translateValues(QList<QStringList> &data)
{
    const auto column = [](const char *key) { return columnKeys().indexOf(QLatin1String(key)); };
    const qsizetype role = column("role");
    const qsizetype gender = column("gender");
    const qsizetype type = column("id_type");
    for (QStringList &row : data) {
        row[role] = ResidentCodes::roleName(row.at(role));
        row[gender] = ResidentCodes::genderName(row.at(gender));
        row[type] = ResidentCodes::documentTypeName(row.at(type));
    }
}

Result<int> RosterExport::exportFile(const Session &who, const QString &path, Headers headers)
{
    AuditLog audit(m_db);
    // SPEC 7: the roster is personal data (full document numbers, phones, plates).
    if (Status allowed = audit.require(who, Permission::ViewFullDocuments, QStringLiteral("resident_export"));
        !allowed)
        return Failure{tr("%1 Exporting the residents' personal data is for administrators and managers only.")
                           .arg(allowed.error())};
    auto data = rows();
    if (!data)
        return Failure{data.error()};
    const QStringList header = headers == Headers::Keys ? columnKeys() : translatedHeaders();
    // The GUI's file speaks the user's language (业主, 男, 居民身份证), which the roster import
    // reads back as well as the codes that the command line writes.
    if (headers == Headers::Translated)
        translateValues(data.value());
    const bool xlsx = QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    if (xlsx) {
        if (Status s = writeXlsx(path, header, data.value()); !s)
            return Failure{s.error()};
    } else {
        QString text = ExportFile::csvLine(header);
        for (const QStringList &row : data.value())
            text += ExportFile::csvLine(row);
        // The BOM tells Excel the file is UTF-8.
        if (Status s = ExportFile::write(path, QByteArray("\xEF\xBB\xBF") + text.toUtf8()); !s)
            return Failure{s.error()};
    }
    const int count = int(data->size());
    if (Status s = audit.record(who, QStringLiteral("export"), QStringLiteral("resident"), {}, {}, {},
                                tr("%1: %n resident row(s), document numbers %2", nullptr, count)
                                    .arg(QFileInfo(path).fileName(), tr("in full")));
        !s)
        return Failure{s.error()};
    return count;
}

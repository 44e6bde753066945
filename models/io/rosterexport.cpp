#include "models/io/rosterexport.h"

#include "models/database/database.h"
#include "models/database/query.h"
#include "models/io/exportfile.h"
#include "models/repositories/auditlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

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
    // libxlsxwriter writes where it is told, with the default permissions and bit by bit:
    // into a private temporary file first, then the whole file or nothing, owner-only.
    QTemporaryFile temporary(QDir::temp().filePath(QStringLiteral("estatedesk-XXXXXX.xlsx")));
    if (!temporary.open())
        return Failure{tr("Cannot create %1.").arg(path)};
    temporary.close();
    const QByteArray fileName = QFile::encodeName(temporary.fileName());
    lxw_workbook *workbook = workbook_new(fileName.constData());
    if (!workbook)
        return Failure{tr("Cannot create %1.").arg(path)};
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, tr("Residents").toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    // Document and phone numbers stay text: as numbers Excel would round them. A sheet's text
    // cell is never run as a formula, so only the apostrophes that the import takes away are added.
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), bold);
    for (int r = 0; r < data.size(); ++r) {
        const QStringList &row = data.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const QString &cell = row.at(c);
            if (cell.isEmpty())
                continue;
            const QString text = cell.startsWith(QLatin1Char('\'')) ? ExportFile::protectCell(cell) : cell;
            worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), text.toUtf8().constData(), nullptr);
        }
    }
    worksheet_set_column(sheet, 0, 2, 8, nullptr);
    worksheet_set_column(sheet, 7, 8, 22, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return Failure{tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error)))};
    QFile written(temporary.fileName());
    if (!written.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot write %1: %2").arg(path, written.errorString())};
    return ExportFile::write(path, written.readAll());
}

Result<int> RosterExport::exportFile(const Session &who, const QString &path, Headers headers)
{
    AuditLog audit(m_db);
    // SPEC 7: the roster is personal data (full document numbers, phones, plates).
    if (Status allowed = audit.require(who, Permission::ViewFullDocuments, QStringLiteral("resident_export"));
        !allowed)
        return Failure{tr("%1 Exporting the residents' personal data is for administrators and managers only.")
                           .arg(allowed.error())};
    const auto data = rows();
    if (!data)
        return Failure{data.error()};
    const QStringList header = headers == Headers::Keys ? columnKeys() : translatedHeaders();
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

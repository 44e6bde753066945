#include "models/io/rosterexport.h"

#include "models/database/database.h"
#include "models/database/query.h"
#include "models/domain/validation.h"
#include "models/repositories/auditlog.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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

QString RosterExport::csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Result<QList<QStringList>> RosterExport::rows(const Session &who)
{
    const bool full = AuditLog::allows(m_db, who, Permission::ViewFullDocuments);
    // Residents with their current houses, then residents with none.
    Query q(m_db, QStringLiteral(
                      "SELECT b.code, u.code, h.room, r.name, l.role, r.gender, r.document_type, r.document_number, "
                      "r.mobile, r.mobile2, l.start_date, r.notes, r.landline, r.emergency_contact, "
                      "r.emergency_phone, r.id FROM residents r "
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
        QStringList row;
        for (int i = 0; i < 15; ++i)
            row << q.value(i).toString();
        if (!full)
            row[7] = Validation::maskDocument(row.at(7));
        const QString mobile2 = row.takeAt(9);
        if (!mobile2.isEmpty())
            row[8] += QLatin1Char(';') + mobile2;
        ids << row.takeLast().toLongLong();
        list << row;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        plates.bind(QStringLiteral(":id"), ids.at(i));
        if (Status s = plates.exec(); !s)
            return Failure{s.error()};
        QStringList found;
        while (plates.next())
            found << plates.value(0).toString();
        list[i].insert(10, found.join(QLatin1Char(';')));
    }
    return list;
}

Result<int> RosterExport::exportFile(const Session &who, const QString &path, Headers headers)
{
    AuditLog audit(m_db);
    if (Status allowed = audit.require(who, Permission::EditResidents, QStringLiteral("resident")); !allowed)
        return Failure{allowed.error()};
    const auto data = rows(who);
    if (!data)
        return Failure{data.error()};
    const QStringList header = headers == Headers::Keys ? columnKeys() : translatedHeaders();
    const bool xlsx = QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;

    if (xlsx) {
        const QByteArray fileName = QFile::encodeName(path);
        lxw_workbook *workbook = workbook_new(fileName.constData());
        if (!workbook)
            return Failure{tr("Cannot create %1.").arg(path)};
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, tr("Residents").toUtf8().constData());
        lxw_format *bold = workbook_add_format(workbook);
        format_set_bold(bold);
        // Document and phone numbers stay text: as numbers Excel would round them.
        for (int c = 0; c < header.size(); ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), bold);
        for (int r = 0; r < data->size(); ++r) {
            const QStringList &row = data->at(r);
            for (int c = 0; c < row.size(); ++c) {
                if (!row.at(c).isEmpty())
                    worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), row.at(c).toUtf8().constData(),
                                           nullptr);
            }
        }
        worksheet_set_column(sheet, 0, 2, 8, nullptr);
        worksheet_set_column(sheet, 7, 8, 22, nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
        const lxw_error error = workbook_close(workbook);
        if (error != LXW_NO_ERROR)
            return Failure{tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error)))};
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Failure{tr("Cannot write %1: %2").arg(path, file.errorString())};
        QString text;
        QStringList fields;
        for (const QString &h : header)
            fields << csvField(h);
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
        for (const QStringList &row : data.value()) {
            fields.clear();
            for (const QString &cell : row)
                fields << csvField(cell);
            text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
        }
        file.write("\xEF\xBB\xBF"); // the BOM tells Excel the file is UTF-8
        file.write(text.toUtf8());
        if (!file.commit())
            return Failure{tr("Cannot write %1: %2").arg(path, file.errorString())};
    }
    const int count = int(data->size());
    if (Status s = audit.record(who, QStringLiteral("export"), QStringLiteral("resident"), {}, {}, {},
                                tr("%1: %n resident row(s), document numbers %2", nullptr, count)
                                    .arg(QFileInfo(path).fileName(),
                                         AuditLog::allows(m_db, who, Permission::ViewFullDocuments) ? tr("in full")
                                                                                                     : tr("masked")));
        !s)
        return Failure{s.error()};
    return count;
}

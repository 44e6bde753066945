#include "app/cli/commandtable.h"

#include "models/domain/gaterules.h"
#include "models/domain/translations.h"
#include "models/io/checklistprinter.h"
#include "models/io/exportfile.h"
#include "models/repositories/checklisttemplaterepository.h"
#include "models/repositories/gaterepository.h"
#include "models/sync/gatesync.h"
#include "models/repositories/settingsrepository.h"
#include "models/reports/reportcharts.h"
#include "models/reports/reportdocument.h"
#include "models/reports/reportkeys.h"
#include "models/reports/reportoutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

// The commands that record at the gate and print documents (checklists, reports).
namespace Cli {

namespace {

// Writes the whole file or nothing; "-" is standard output.
bool writeJson(const QString &path, const QJsonObject &object, QTextStream &out, QString *error)
{
    const QByteArray data = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (path == QLatin1String("-")) {
        out << QString::fromUtf8(data);
        out.flush();
        return true;
    }
    if (Status written = ExportFile::write(path, data); !written) {
        *error = written.error();
        return false;
    }
    return true;
}

} // namespace

int inspectionTemplates(CommandContext &c)
{
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    ChecklistTemplateRepository templates(c.db);
    const auto list = templates.currentTemplates(c.session);
    if (!list)
        return c.fail(kFailed, list.error());
    for (const ChecklistTemplate &t : list.value()) {
        const auto count = templates.itemCount(t.id);
        if (!count)
            return c.fail(kFailed, count.error());
        c.out << t.code << '\t' << t.version << '\t' << count.value() << '\t' << t.name << Qt::endl;
    }
    return kOk;
}

int inspectionPrintBlank(CommandContext &c)
{
    const QString pdf = c.args.options.value(QStringLiteral("pdf"));
    if (c.args.words.size() != 1 || pdf.isEmpty())
        return c.fail(kUsage, QStringLiteral("usage: inspection print-blank CODE --pdf FILE.pdf"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const auto tpl = ChecklistTemplateRepository(c.db).current(c.session, c.args.words.first());
    if (!tpl)
        return c.fail(kFailed, tpl.error());
    Translations::install(c.documentLanguage);
    const QString html = ChecklistPrinter::blankHtml(tpl.value(), SettingsRepository(c.db).estateName());
    if (Status s = ChecklistPrinter::writePdf(html, pdf, tpl->name); !s)
        return c.fail(kFailed, s.error());
    c.out << "wrote " << pdf << Qt::endl;
    return kOk;
}

int gateRecord(CommandContext &c)
{
    const QString plate = c.args.options.value(QStringLiteral("plate"));
    const QString direction = c.args.options.value(QStringLiteral("direction"));
    if (plate.trimmed().isEmpty() || (direction != QLatin1String("in") && direction != QLatin1String("out")))
        return c.fail(kUsage, QStringLiteral("usage: gate record --plate P --direction in|out [--at ISO8601] "
                                           "[--category C] [--permit N]"));
    VehicleEventInput input;
    input.plate = plate;
    input.direction = direction == QLatin1String("in") ? GateDirection::In : GateDirection::Out;
    input.permitNumber = c.args.options.value(QStringLiteral("permit"));
    // A camera cannot confirm an unusual plate; the record keeps the warning for the guard.
    input.plateConfirmed = true;
    if (c.args.options.contains(QStringLiteral("category"))) {
        const auto category = GateRules::fromCode(c.args.options.value(QStringLiteral("category")));
        if (!category)
            return c.fail(kUsage, QStringLiteral("--category: one of %1").arg(GateRules::codes().join(QLatin1Char('|'))));
        input.category = category;
    }
    QDateTime at;
    if (c.args.options.contains(QStringLiteral("at"))) {
        at = QDateTime::fromString(c.args.options.value(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid())
            return c.fail(kUsage, QStringLiteral("--at: expected an ISO 8601 time, e.g. 2026-03-02T09:30"));
    }
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    if (at.isValid() && at.timeSpec() == Qt::LocalTime) // no offset given: the estate's wall c.clock
        at = QDateTime(at.date(), at.time(), SettingsRepository(c.db).timeZone());
    input.at = at;
    // On a gatehouse store the records are the gate's, by its name; elsewhere the PC's.
    GateRepository gate(c.db, GateSync(c.db).gateName());
    const auto decision = gate.recordVehicle(c.session, input);
    if (!decision)
        return c.fail(kFailed, decision.error());
    if (!decision->plateWarning.isEmpty())
        c.err << "estatedesk-cli: warning: " << decision->plateWarning << Qt::endl;
    const QString category = GateRules::code(decision->category);
    if (decision->refused) {
        c.out << "refused " << category << Qt::endl;
        c.err << "estatedesk-cli: " << decision->reason << Qt::endl;
        return kOk;
    }
    QString line = (decision->direction == GateDirection::In ? QStringLiteral("in ") : QStringLiteral("out "))
                   + category;
    if (decision->direction == GateDirection::Out)
        line += QLatin1Char(' ')
                + (decision->stayMs >= 0 ? GateRules::formatStay(decision->stayMs) : QStringLiteral("-"))
                + QLatin1Char(' ') + GateRules::formatYuan(decision->feeFen);
    if (decision->flagged)
        line += QStringLiteral(" flagged");
    c.out << line << Qt::endl;
    if (!decision->note.isEmpty())
        c.err << "estatedesk-cli: note: " << decision->note << Qt::endl;
    return kOk;
}

int report(CommandContext &c)
{
    const bool monthly = c.sub == QLatin1String("monthly");
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    static const QRegularExpression yearPattern(QStringLiteral("^\\d{4}$"));
    const auto month = monthPattern.match(c.args.options.value(QStringLiteral("month")));
    const QString yearText = c.args.options.value(QStringLiteral("year"));
    if (monthly ? !month.hasMatch() : !yearPattern.match(yearText).hasMatch())
        return c.fail(kUsage, monthly ? QStringLiteral("usage: report monthly --month YYYY-MM [--as-of ISO8601] "
                                                     "[--pdf F] [--xlsx F] [--json F]")
                                    : QStringLiteral("usage: report yearly --year YYYY [--pdf F] [--xlsx F] [--json F]"));
    QDateTime asOf;
    if (c.args.options.contains(QStringLiteral("as-of"))) {
        asOf = QDateTime::fromString(c.args.options.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid())
            return c.fail(kUsage, QStringLiteral("--as-of: expected an ISO 8601 time, e.g. 2026-10-01T00:00:00+08:00"));
    }
    const QString pdf = c.args.options.value(QStringLiteral("pdf"));
    const QString xlsx = c.args.options.value(QStringLiteral("xlsx"));
    const QString json = c.args.options.value(QStringLiteral("json"), pdf.isEmpty() && xlsx.isEmpty()
                                                                        ? QStringLiteral("-") : QString());
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    if (asOf.isValid() && asOf.timeSpec() == Qt::LocalTime) // no offset given: the estate's wall c.clock
        asOf = QDateTime(asOf.date(), asOf.time(), SettingsRepository(c.db).timeZone());
    Translations::install(c.documentLanguage);
    ReportDocumentBuilder builder(c.db);
    QString error;
    if (monthly) {
        const int year = month.captured(1).toInt();
        const int monthNumber = month.captured(2).toInt();
        const auto doc = builder.build(c.session, year, monthNumber, asOf, !pdf.isEmpty());
        if (!doc)
            return c.fail(kFailed, doc.error());
        if (!json.isEmpty() && !writeJson(json, doc->toJson(), c.out, &error))
            return c.fail(kFailed, error);
        if (!xlsx.isEmpty()) {
            if (Status s = ReportOutput::writeMonthlyXlsx(doc.value(), xlsx); !s)
                return c.fail(kFailed, s.error());
        }
        if (!pdf.isEmpty()) {
            if (Status s = ReportOutput::writeMonthlyPdf(doc.value(), pdf, ReportCharts::images(doc->trend)); !s)
                return c.fail(kFailed, s.error());
        }
    } else {
        const int year = yearText.toInt();
        const auto months = builder.year(c.session, year);
        if (!months)
            return c.fail(kFailed, months.error());
        QJsonArray list;
        for (const QJsonObject &m : months.value())
            list.append(m);
        const QJsonObject root{{ReportKeys::Year, year},
                               {ReportKeys::Estate, SettingsRepository(c.db).estateName()},
                               {ReportKeys::Months, list}};
        if (!json.isEmpty() && !writeJson(json, root, c.out, &error))
            return c.fail(kFailed, error);
        if (!xlsx.isEmpty()) {
            if (Status s = ReportOutput::writeYearlyXlsx(root, xlsx); !s)
                return c.fail(kFailed, s.error());
        }
        if (!pdf.isEmpty()) {
            if (Status s = ReportOutput::writeYearlyPdf(root, pdf); !s)
                return c.fail(kFailed, s.error());
        }
    }
    if (json != QLatin1String("-")) {
        for (const QString &path : {json, xlsx, pdf}) {
            if (!path.isEmpty())
                c.out << "wrote " << path << Qt::endl;
        }
    }
    return kOk;
}

} // namespace Cli

#include "app/cli/commandtable.h"

#include "models/domain/fees.h"
#include "models/domain/translations.h"
#include "models/io/exportfile.h"
#include "models/io/feedocuments.h"
#include "models/repositories/feequeries.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/settingsrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

// The fee documents (SPEC 10.1): the notices of a month and the half-yearly statement.
namespace Cli {

namespace {

class FeeDocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(FeeDocumentCommands)
};

FeeOffice office(Database &db)
{
    SettingsRepository settings(db);
    return FeeOffice{settings.estateName(), settings.value(FeeDocuments::contactKey())};
}

QDate today(Database &db)
{
    return db.clock().now().toTimeZone(SettingsRepository(db).timeZone()).date();
}

} // namespace

int feesNotices(CommandContext &c)
{
    const auto &o = c.args.options;
    const QString usage = QStringLiteral("usage: fees notices --kind collection|reminder --month YYYY-MM "
                                         "[--building B] --pdf FILE.pdf");
    if (!o.contains(QStringLiteral("kind")) || !o.contains(QStringLiteral("month")) || !o.contains(QStringLiteral("pdf")))
        return c.fail(kUsage, usage);
    const QString kindText = o.value(QStringLiteral("kind"));
    if (kindText != QLatin1String("collection") && kindText != QLatin1String("reminder"))
        return c.fail(kUsage, FeeDocumentCommands::tr("--kind: one of collection, reminder"));
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    const auto month = monthPattern.match(o.value(QStringLiteral("month")));
    if (!month.hasMatch())
        return c.fail(kUsage, FeeDocumentCommands::tr("--month: expected a month as YYYY-MM, e.g. 2026-07"));
    const QString pdf = o.value(QStringLiteral("pdf"));
    if (pdf.trimmed().isEmpty())
        return c.fail(kUsage, FeeDocumentCommands::tr("--pdf: give the file to write"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const QString building = o.value(QStringLiteral("building")).trimmed();
    if (o.contains(QStringLiteral("building"))) {
        const auto buildings = HouseRepository(c.db).buildings(c.session);
        if (!buildings)
            return c.fail(kFailed, buildings.error());
        if (!buildings->contains(building))
            return c.fail(kFailed, FeeDocumentCommands::tr("--building: there is no building \"%1\" (the estate has: %2)")
                                       .arg(building, buildings->join(QStringLiteral(", "))));
    }
    NoticeBatch batch;
    batch.kind = kindText == QLatin1String("collection") ? NoticeKind::Collection : NoticeKind::Reminder;
    batch.year = month.captured(1).toInt();
    batch.month = month.captured(2).toInt();
    batch.issuedOn = today(c.db);
    batch.office = office(c.db);
    const auto houses = FeeQueries(c.db).notices(c.session, batch.kind, batch.year, batch.month, building);
    if (!houses)
        return c.fail(kFailed, houses.error());
    if (houses->isEmpty())
        return c.fail(kFailed, batch.kind == NoticeKind::Collection
                                   ? FeeDocumentCommands::tr("no bills of a period starting in %1%2: nothing to print")
                                         .arg(o.value(QStringLiteral("month")),
                                              building.isEmpty() ? QString()
                                                                 : FeeDocumentCommands::tr(" in building %1").arg(building))
                                   : FeeDocumentCommands::tr("no house has arrears at the end of %1%2: nothing to print")
                                         .arg(o.value(QStringLiteral("month")),
                                              building.isEmpty() ? QString()
                                                                 : FeeDocumentCommands::tr(" in building %1").arg(building)));
    batch.houses = *houses;
    Translations::install(c.documentLanguage);
    if (Status s = FeeDocuments::writeNoticesPdf(batch, pdf); !s)
        return c.fail(kFailed, s.error());
    c.out << "wrote " << pdf << ": " << batch.houses.size() << " notices, " << FeeDocuments::pageCount(batch.houses)
          << " pages" << Qt::endl;
    return kOk;
}

int feesStatement(CommandContext &c)
{
    const auto &o = c.args.options;
    const QString usage = QStringLiteral("usage: fees statement --half YYYYH1|YYYYH2 --pdf FILE.pdf [--json FILE.json]");
    if (!o.contains(QStringLiteral("half")) || !o.contains(QStringLiteral("pdf")))
        return c.fail(kUsage, usage);
    const QString half = o.value(QStringLiteral("half"));
    if (!FeeRules::parseHalf(half))
        return c.fail(kUsage, FeeDocumentCommands::tr("--half: expected a half year such as 2026H1 or 2026H2, not \"%1\"")
                                  .arg(half));
    const QString pdf = o.value(QStringLiteral("pdf"));
    const QString json = o.value(QStringLiteral("json"));
    if (pdf.trimmed().isEmpty())
        return c.fail(kUsage, FeeDocumentCommands::tr("--pdf: give the file to write"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const auto statement = FeeQueries(c.db).statement(c.session, half);
    if (!statement)
        return c.fail(kFailed, statement.error());
    Translations::install(c.documentLanguage);
    const QString html = FeeDocuments::statementHtml(*statement, office(c.db), today(c.db));
    if (Status s = FeeDocuments::writeStatementPdf(html, pdf, FeeDocuments::statementTitle(*statement)); !s)
        return c.fail(kFailed, s.error());
    c.out << "wrote " << pdf << Qt::endl;
    if (!json.isEmpty()) {
        const QByteArray data = QJsonDocument(FeeDocuments::statementJson(*statement)).toJson(QJsonDocument::Indented);
        if (Status s = ExportFile::write(json, data); !s)
            return c.fail(kFailed, s.error());
        c.out << "wrote " << json << Qt::endl;
    }
    return kOk;
}

} // namespace Cli

#include "app/cli/commandtable.h"

#include "models/domain/fees.h"
#include "models/domain/money.h"
#include "models/domain/residentfile.h"
#include "models/io/arrearsimport.h"
#include "models/io/exportfile.h"
#include "models/io/houselistimport.h"
#include "models/io/meterreadingimport.h"
#include "models/repositories/feequeries.h"
#include "models/repositories/feerepository.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/settingsrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

// The fee commands (SPEC 10.1): items, billing a month, payments, arrears, and the imports of
// the house list and the arrears ledger (SPEC 9.5).
namespace Cli {

namespace {

class FeeCommands
{
    Q_DECLARE_TR_FUNCTIONS(FeeCommands)
};

// YYYY-MM → year and month.
bool parseMonth(const QString &text, int *year, int *month)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch() || m.captured(2).toInt() < 1 || m.captured(2).toInt() > 12)
        return false;
    *year = m.captured(1).toInt();
    *month = m.captured(2).toInt();
    return true;
}

// An ISO 8601 instant; without an offset, the estate's wall clock.
QDateTime parseInstant(const QString &text, const QTimeZone &zone)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            at = QDateTime(day, QTime(0, 0));
    }
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), zone);
    return at;
}

} // namespace

int feesItemAdd(CommandContext &c)
{
    const auto &o = c.args.options;
    const QString usage = QStringLiteral("usage: fees item add --code C --name N --basis area|fixed|metered --rate YUAN "
                                         "--cycle month|quarter|half|year [--kind K] [--vacant-percent P] [--from YYYY-MM] "
                                         "[--house-types residential,shop,parking,other]");
    if (c.args.words != QStringList{QStringLiteral("add")} || !o.contains(QStringLiteral("code"))
        || !o.contains(QStringLiteral("name")) || !o.contains(QStringLiteral("basis"))
        || !o.contains(QStringLiteral("rate")) || !o.contains(QStringLiteral("cycle")))
        return c.fail(kUsage, usage);
    FeeItem item;
    item.code = o.value(QStringLiteral("code"));
    item.name = o.value(QStringLiteral("name"));
    const auto basis = FeeRules::basisFromCode(o.value(QStringLiteral("basis")));
    if (!basis)
        return c.fail(kUsage, FeeCommands::tr("--basis: one of area, fixed, metered"));
    item.basis = *basis;
    const auto cycle = FeeRules::cycleFromCode(o.value(QStringLiteral("cycle")));
    if (!cycle)
        return c.fail(kUsage, FeeCommands::tr("--cycle: one of month, quarter, half, year"));
    item.cycle = *cycle;
    const auto rate = Money::parseRate(o.value(QStringLiteral("rate")));
    if (!rate)
        return c.fail(kUsage, FeeCommands::tr("--rate: expected an amount in yuan with at most four decimals, e.g. 1.85"));
    item.rateCentiFen = *rate;
    if (o.contains(QStringLiteral("kind"))) {
        const auto kind = FeeRules::kindFromText(o.value(QStringLiteral("kind")));
        if (!kind)
            return c.fail(kUsage, FeeCommands::tr("--kind: one of %1").arg(FeeRules::kindCodes().join(QStringLiteral(", "))));
        item.kind = *kind;
    }
    if (o.contains(QStringLiteral("vacant-percent"))) {
        bool ok = false;
        item.vacantPercent = o.value(QStringLiteral("vacant-percent")).toInt(&ok);
        if (!ok)
            return c.fail(kUsage, FeeCommands::tr("--vacant-percent: expected a whole number from 0 to 100"));
    }
    if (o.contains(QStringLiteral("house-types")))
        item.houseTypes = o.value(QStringLiteral("house-types")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    if (o.contains(QStringLiteral("from"))) {
        item.firstMonth = o.value(QStringLiteral("from"));
    } else {
        const QDate today = c.db.clock().now().toTimeZone(SettingsRepository(c.db).timeZone()).date();
        item.firstMonth = QStringLiteral("%1-%2").arg(today.year()).arg(today.month(), 2, 10, QLatin1Char('0'));
    }
    const auto id = FeeRepository(c.db).addItem(c.session, item);
    if (!id)
        return c.fail(kFailed, id.error());
    c.out << FeeCommands::tr("fee item %1 added").arg(item.code.trimmed()) << Qt::endl;
    return kOk;
}

int feesBill(CommandContext &c)
{
    int year = 0;
    int month = 0;
    if (!parseMonth(c.args.options.value(QStringLiteral("month")), &year, &month))
        return c.fail(kUsage, QStringLiteral("usage: fees bill --month YYYY-MM"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const auto result = FeeRepository(c.db).generateBills(c.session, year, month);
    if (!result)
        return c.fail(kFailed, result.error());
    c.out << FeeCommands::tr("billed %1 bills, %2 yuan").arg(result->bills).arg(Money::formatYuan(result->amountFen)) << Qt::endl;
    if (result->housesWithoutArea > 0)
        c.err << "estatedesk-cli: "
              << FeeCommands::tr("note: %1 house(s) have no floor area on file and were not billed by area")
                     .arg(result->housesWithoutArea)
              << Qt::endl;
    return kOk;
}

int feesPay(CommandContext &c)
{
    const auto &o = c.args.options;
    const QString usage = QStringLiteral("usage: fees pay --house 3-2-1201 --amount YUAN "
                                         "--method cash|wechat|alipay|bank|pos [--at ISO8601]");
    if (!o.contains(QStringLiteral("house")) || !o.contains(QStringLiteral("amount")) || !o.contains(QStringLiteral("method")))
        return c.fail(kUsage, usage);
    const auto amount = Money::parseYuan(o.value(QStringLiteral("amount")));
    if (!amount || *amount <= 0)
        return c.fail(kUsage, FeeCommands::tr("--amount: expected an amount in yuan above 0, e.g. 300.00"));
    const auto method = FeeRules::methodFromText(o.value(QStringLiteral("method")));
    if (!method)
        return c.fail(kUsage, FeeCommands::tr("--method: one of cash, wechat, alipay, bank, pos"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const QTimeZone zone = SettingsRepository(c.db).timeZone();
    FeePaymentInput input;
    input.amountFen = *amount;
    input.method = *method;
    if (o.contains(QStringLiteral("at"))) {
        input.receivedAt = parseInstant(o.value(QStringLiteral("at")), zone);
        if (!input.receivedAt.isValid())
            return c.fail(kUsage, FeeCommands::tr("--at: expected an ISO 8601 time, e.g. 2026-07-15T10:30"));
    }
    const auto house = HouseRepository(c.db).houseByNumber(c.session, o.value(QStringLiteral("house")));
    if (!house)
        return c.fail(kFailed, house.error());
    input.houseId = house->id;
    const auto receipt = FeeRepository(c.db).pay(c.session, input);
    if (!receipt)
        return c.fail(kFailed, receipt.error());
    c.out << receipt->receiptNo << ' ' << house->number << ' ' << Money::formatYuan(receipt->amountFen) << Qt::endl;
    for (const FeeAllocation &a : receipt->allocations)
        c.out << FeeCommands::tr("paid %1 %2 %3").arg(a.itemCode, a.period, Money::formatYuan(a.fen)) << Qt::endl;
    c.out << FeeCommands::tr("prepaid %1").arg(Money::formatYuan(receipt->prepaidFen)) << Qt::endl;
    return kOk;
}

int feesArrears(CommandContext &c)
{
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const QTimeZone zone = SettingsRepository(c.db).timeZone();
    QDateTime asOf;
    if (c.args.options.contains(QStringLiteral("as-of"))) {
        asOf = parseInstant(c.args.options.value(QStringLiteral("as-of")), zone);
        if (!asOf.isValid())
            return c.fail(kUsage, FeeCommands::tr("--as-of: expected an ISO 8601 time, e.g. 2026-09-01T00:00+08:00"));
    }
    const auto rows = FeeQueries(c.db).arrears(c.session, asOf);
    if (!rows)
        return c.fail(kFailed, rows.error());
    QString text = ExportFile::csvLine({QStringLiteral("house"), QStringLiteral("owner"), QStringLiteral("item"),
                                        QStringLiteral("period"), QStringLiteral("due_date"), QStringLiteral("amount"),
                                        QStringLiteral("paid"), QStringLiteral("outstanding"),
                                        QStringLiteral("days_overdue")});
    for (const ArrearsRow &r : *rows) {
        text += ExportFile::csvLine({r.house, r.owner, r.itemCode, r.period, r.dueDate.toString(Qt::ISODate),
                                     Money::formatYuan(r.amountFen), Money::formatYuan(r.paidFen),
                                     Money::formatYuan(r.outstandingFen()), QString::number(r.daysOverdue)});
    }
    const QString csv = c.args.options.value(QStringLiteral("csv"));
    if (csv.isEmpty()) {
        c.out << text;
        c.out.flush();
        return kOk;
    }
    // UTF-8 with a BOM, so that Excel opens the owners' names right.
    if (Status s = ExportFile::write(csv, QByteArray("\xEF\xBB\xBF") + text.toUtf8()); !s)
        return c.fail(kFailed, s.error());
    c.out << FeeCommands::tr("exported %1 rows to %2").arg(rows->size()).arg(csv) << Qt::endl;
    return kOk;
}

int importHouses(CommandContext &c)
{
    if (c.args.words.size() != 1)
        return c.fail(kUsage, QStringLiteral("usage: import houses FILE.csv|FILE.xlsx"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const auto result = HouseListImport(c.db).importFile(c.session, c.args.words.first());
    if (!result)
        return c.fail(kFailed, result.error());
    c.out << FeeCommands::tr("imported %1, rejected %2").arg(result->imported).arg(result->rejected.size()) << Qt::endl;
    for (const HouseListIssue &issue : result->rejected)
        c.out << FeeCommands::tr("line %1: %2").arg(issue.line).arg(issue.message) << Qt::endl;
    if (result->unchanged > 0)
        c.err << "estatedesk-cli: "
              << FeeCommands::tr("note: %1 house(s) were already on file as the list says").arg(result->unchanged) << Qt::endl;
    return kOk;
}

int importArrears(CommandContext &c)
{
    if (c.args.words.size() != 1)
        return c.fail(kUsage, QStringLiteral("usage: import arrears FILE.csv|FILE.xlsx"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const auto result = ArrearsImport(c.db).importFile(c.session, c.args.words.first());
    if (!result)
        return c.fail(kFailed, result.error());
    c.out << FeeCommands::tr("imported %1, rejected %2").arg(result->imported).arg(result->rejected.size()) << Qt::endl;
    for (const ArrearsImportIssue &issue : result->rejected)
        c.out << FeeCommands::tr("line %1: %2").arg(issue.line).arg(issue.message) << Qt::endl;
    if (result->unchanged > 0)
        c.err << "estatedesk-cli: "
              << FeeCommands::tr("note: %1 bill(s) were already on file and were left as they are").arg(result->unchanged)
              << Qt::endl;
    return kOk;
}

int importReadings(CommandContext &c)
{
    if (c.args.words.size() != 1)
        return c.fail(kUsage, QStringLiteral("usage: import readings FILE.csv|FILE.xlsx"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const auto result = MeterReadingImport(c.db).importFile(c.session, c.args.words.first());
    if (!result)
        return c.fail(kFailed, result.error());
    c.out << FeeCommands::tr("imported %1, rejected %2").arg(result->imported).arg(result->rejected.size()) << Qt::endl;
    for (const MeterReadingIssue &issue : result->rejected)
        c.out << FeeCommands::tr("line %1: %2").arg(issue.line).arg(issue.message) << Qt::endl;
    return kOk;
}

} // namespace Cli

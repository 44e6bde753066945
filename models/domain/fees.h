#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The plain rules of fee collection (SPEC 13): calendar periods, bill amounts, ageing.
// No SQL here; FeeRepository and FeeQueries apply them.

enum class FeeCycle { Month, Quarter, Half, Year };
enum class FeeBasis { Area, Fixed, Metered };

// One calendar period of a cycle: 2026-07, 2026Q3, 2026H1, 2026 (SPEC 9.5).
struct FeePeriod
{
    FeeCycle cycle = FeeCycle::Month;
    int year = 0;
    int index = 1; // month 1–12, quarter 1–4, half 1–2, 1 for a year

    bool isValid() const { return year > 0; }
    QDate start() const;
    QDate end() const; // the last day: the due date of its bills
    int months() const;
    QString code() const;

    // "2026-07", "2026Q3", "2026H1", "2026" (also "2026q3", "2026h1").
    static std::optional<FeePeriod> parse(const QString &text);
    // The period of this cycle that starts in the month, if one does (a quarter starts in
    // January, April, July and October).
    static std::optional<FeePeriod> startingIn(FeeCycle cycle, int year, int month);
    // The period of this cycle that contains the day.
    static FeePeriod containing(FeeCycle cycle, const QDate &day);
};

bool operator==(const FeePeriod &a, const FeePeriod &b);

class FeeRules
{
    Q_DECLARE_TR_FUNCTIONS(FeeRules)

public:

    // SPEC 13: months × rate × (area for `area`) × vacant percentage / 100, rounded once to the
    // fen, half up; `metered`: quantity × unit price. rate in hundredths of a fen, area in
    // hundredths of a m², quantity in thousandths. vacantPercent applies only to a vacant house.
    static qint64 billAmountFen(FeeBasis basis, int months, qint64 rateCentiFen, qint64 areaCenti, int vacantPercent,
                                 qint64 quantityMilli);

    // Days overdue at a local day: day − due date (≤ 0: not overdue).
    static qint64 daysOverdue(const QDate &dueDate, const QDate &localDay);

    // Ageing buckets of SPEC 13, by days overdue: d1_30, d31_90, d91_180, d181_365, over_365.
    enum class Ageing { D1_30, D31_90, D91_180, D181_365, Over365 };
    static std::optional<Ageing> ageing(qint64 daysOverdue); // nullopt when not overdue
    static QString ageingKey(Ageing bucket);                 // "d1_30"
    static QString ageingName(Ageing bucket);                // translated: "1–30 days"
    static QList<Ageing> ageingBuckets();

    // Codes stored in the database and written by the command line; names translated.
    static QString cycleCode(FeeCycle cycle); // month / quarter / half / year
    static std::optional<FeeCycle> cycleFromCode(const QString &code);
    static QString cycleName(FeeCycle cycle);
    static QString basisCode(FeeBasis basis); // area / fixed / metered
    static std::optional<FeeBasis> basisFromCode(const QString &code);
    static QString basisName(FeeBasis basis);

    // Fee kinds: public_service 公共性服务费, pass_through 代收代缴, special_service 特约服务,
    // repair_fund 维修基金, parking 车位.
    static QStringList kindCodes();
    static QString kindName(const QString &code);
    // Accepts a code or the Chinese name.
    static std::optional<QString> kindFromText(const QString &text);

    // Payment methods: cash 现金, wechat 微信, alipay 支付宝, bank 银行转账, pos POS
    // (and ledger: an amount carried over from the office's arrears ledger).
    static QStringList methodCodes(); // the five a clerk takes; not ledger
    static QString methodName(const QString &code);
    static std::optional<QString> methodFromText(const QString &text);

    // Spending categories of the half-yearly statement: labour 人工, cleaning 保洁, greening 绿化,
    // security 秩序维护, repairs 维修, energy 能耗, other 其他; repair_fund: the repair fund's own.
    static QStringList spendingCategories();
    static QString spendingCategoryName(const QString &code);

    // "SJ2026-000042"
    static QString receiptNumber(int year, qint64 sequence);

    // "2026H1" → year and half; nullopt when it is not a half year.
    static std::optional<FeePeriod> parseHalf(const QString &text);
};

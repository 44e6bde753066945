#pragma once

#include <QString>

#include <optional>

// Money is integer fen everywhere; yuan text only at the edges (forms, files, print).
namespace Money {
// "2000", "2000.5", "2,000.50", "¥15", full-width digits → fen; nullopt when not an amount.
std::optional<qint64> parseYuan(const QString &text);
// 150050 → "1500.50"
QString formatYuan(qint64 fen);

// The amount in Chinese capitals 大写 as written on receipts and cheques:
// 12345 → "壹佰贰拾叁元肆角伍分", 100000 → "壹仟元整", 100500 → "壹仟零伍元整", 1005 → "壹拾元零伍分",
// 0 → "零元整"; a negative amount starts with 负.
QString chineseCapitals(qint64 fen);

// A rate (yuan per m² per month, per house per month, per unit) may have four decimals
// (0.5283 yuan per kWh): it is kept in hundredths of a fen. "1.85" → 18500; nullopt when not
// a rate.
std::optional<qint64> parseRate(const QString &text);
// 18500 → "1.85", 5283 → "0.5283" (two decimals at least, trailing zeros beyond dropped).
QString formatRate(qint64 centiFen);

// numerator / denominator rounded once, half up (away from zero for a negative numerator).
// denominator > 0.
qint64 divideHalfUp(qint64 numerator, qint64 denominator);
} // namespace Money

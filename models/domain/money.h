#pragma once

#include <QString>

#include <optional>

// Money is integer fen everywhere; yuan text only at the edges (forms, files, print).
namespace Money {
// "2000", "2000.5", "2,000.50", "¥15", full-width digits → fen; nullopt when not an amount.
std::optional<qint64> parseYuan(const QString &text);
// 150050 → "1500.50"
QString formatYuan(qint64 fen);
} // namespace Money

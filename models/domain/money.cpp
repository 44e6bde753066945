#include "models/domain/money.h"

#include <QRegularExpression>

std::optional<qint64> Money::parseYuan(const QString &input)
{
    QString text;
    for (QChar c : input) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width digits
            c = QChar(c.unicode() - 0xFF10 + '0');
        else if (c.unicode() == 0xFF0E)
            c = QLatin1Char('.');
        if (c == QLatin1Char(',') || c == QChar(0xFF0C) || c.isSpace() || c == QChar(0xA5) || c == QChar(0xFFE5))
            continue;
        text += c;
    }
    if (text.endsWith(QStringLiteral("元")))
        text.chop(1);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,10})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    qint64 fen = match.captured(1).toLongLong() * 100;
    const QString decimals = match.captured(2);
    if (!decimals.isEmpty())
        fen += decimals.size() == 1 ? decimals.toInt() * 10 : decimals.toInt();
    return fen;
}

QString Money::formatYuan(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 absolute = qAbs(fen);
    return sign + QStringLiteral("%1.%2").arg(absolute / 100).arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

namespace {
QString normalisedNumber(const QString &input)
{
    QString text;
    for (QChar c : input) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(c.unicode() - 0xFF10 + '0');
        else if (c.unicode() == 0xFF0E)
            c = QLatin1Char('.');
        if (c == QLatin1Char(',') || c == QChar(0xFF0C) || c.isSpace() || c == QChar(0xA5) || c == QChar(0xFFE5))
            continue;
        text += c;
    }
    if (text.endsWith(QStringLiteral("元")))
        text.chop(1);
    return text;
}
} // namespace

std::optional<qint64> Money::parseRate(const QString &input)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,4}))?$"));
    const auto match = pattern.match(normalisedNumber(input));
    if (!match.hasMatch())
        return std::nullopt;
    qint64 value = match.captured(1).toLongLong() * 10000;
    QString decimals = match.captured(2);
    while (decimals.size() < 4)
        decimals += QLatin1Char('0');
    return value + decimals.toLongLong();
}

QString Money::formatRate(qint64 centiFen)
{
    const QString sign = centiFen < 0 ? QStringLiteral("-") : QString();
    const qint64 absolute = qAbs(centiFen);
    QString decimals = QStringLiteral("%1").arg(absolute % 10000, 4, 10, QLatin1Char('0'));
    while (decimals.size() > 2 && decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    return sign + QString::number(absolute / 10000) + QLatin1Char('.') + decimals;
}

qint64 Money::divideHalfUp(qint64 numerator, qint64 denominator)
{
    if (numerator < 0)
        return -divideHalfUp(-numerator, denominator);
    return (numerator + denominator / 2) / denominator;
}

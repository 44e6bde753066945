#include "models/domain/money.h"

#include <QList>
#include <QRegularExpression>

namespace {
// An amount as typed: full-width digits and point made half-width; grouping commas, spaces,
// the yuan signs and a trailing 元 dropped.
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

std::optional<qint64> Money::parseYuan(const QString &input)
{
    const QString text = normalisedNumber(input);
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

namespace {
// One group of four digits (0–9999) without its group unit; zeros inside collapse to one 零,
// none at the end.
QString capitalGroup(int group)
{
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    static const QString units[] = {QString(), QStringLiteral("拾"), QStringLiteral("佰"), QStringLiteral("仟")};
    QString out;
    bool pendingZero = false;
    for (int position = 3; position >= 0; --position) {
        int power = 1;
        for (int i = 0; i < position; ++i)
            power *= 10;
        const int digit = group / power % 10;
        if (digit == 0) {
            if (!out.isEmpty())
                pendingZero = true;
            continue;
        }
        if (pendingZero)
            out += digits.at(0);
        pendingZero = false;
        out += digits.at(digit);
        out += units[position];
    }
    return out;
}
} // namespace

QString Money::chineseCapitals(qint64 fen)
{
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    static const QString groupUnits[] = {QString(), QStringLiteral("万"), QStringLiteral("亿"), QStringLiteral("万亿")};
    if (fen < 0)
        return QStringLiteral("负") + chineseCapitals(-fen);
    qint64 yuan = fen / 100;
    const int jiao = int(fen / 10 % 10);
    const int cents = int(fen % 10);

    // The yuan in groups of four digits, lowest first.
    QList<int> groups;
    for (qint64 rest = yuan; rest > 0; rest /= 10000)
        groups.prepend(int(rest % 10000));
    QString out;
    bool zeroBefore = false; // a group of zeros (or a short group) since the last digit written
    for (int i = 0; i < groups.size(); ++i) {
        const int group = groups.at(i);
        const int unit = int(groups.size()) - 1 - i;
        if (group == 0) {
            zeroBefore = !out.isEmpty();
            continue;
        }
        if (!out.isEmpty() && (zeroBefore || group < 1000))
            out += digits.at(0);
        out += capitalGroup(group) + groupUnits[qMin(unit, 3)];
        zeroBefore = false;
    }
    if (out.isEmpty() && jiao == 0 && cents == 0)
        return QStringLiteral("零元整");
    if (!out.isEmpty())
        out += QStringLiteral("元");
    if (jiao == 0 && cents == 0)
        return out + QStringLiteral("整");
    if (jiao > 0)
        out += digits.at(jiao) + QStringLiteral("角");
    else if (!out.isEmpty())
        out += digits.at(0); // 壹拾元零伍分
    if (cents > 0)
        out += digits.at(cents) + QStringLiteral("分");
    return out;
}

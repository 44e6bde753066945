#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QString>
#include <QUuid>

#include <iterator>

// Names, numbers and plates the demo data is made of (demodata.cpp, demogate.cpp).
namespace DemoNames {

inline const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                        "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
inline const char *const kGiven[] = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
                                     "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华"};

template <typename T, size_t N>
const T &pick(QRandomGenerator &random, const T (&list)[N])
{
    return list[random.bounded(int(N))];
}

inline QString personName(QRandomGenerator &random)
{
    return QString::fromUtf8(pick(random, kSurnames)) + QString::fromUtf8(pick(random, kGiven));
}

// A resident ID number with a correct GB 11643 check character.
inline QString residentId(QRandomGenerator &random)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    const QDate birth = QDate(1950, 1, 1).addDays(random.bounded(365 * 50));
    QString body = QStringLiteral("440305") + birth.toString(QStringLiteral("yyyyMMdd"))
                   + QStringLiteral("%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (body.at(i).unicode() - '0') * weights[i];
    return body + QLatin1Char("10X98765432"[sum % 11]);
}

// A plate of the given province and city prefix: five letters and digits, no I or O.
inline QString plate(QRandomGenerator &random, const QString &prefix = QStringLiteral("粤B"))
{
    static const char letters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    QString serial;
    for (int i = 0; i < 5; ++i)
        serial += QLatin1Char(letters[random.bounded(int(sizeof(letters) - 1))]);
    return prefix + serial;
}

inline QString mobile(QRandomGenerator &random)
{
    return QStringLiteral("1%1%2").arg(3 + random.bounded(7)).arg(random.bounded(1000000000), 9, 10, QLatin1Char('0'));
}

// A version-4 UUID from the generator, so that a seed makes the same gate records.
inline QString uuid(QRandomGenerator &random)
{
    const quint64 hi = (random.generate64() & ~quint64(0xF000)) | quint64(0x4000);
    const quint64 lo = (random.generate64() & ~(quint64(0xC) << 60)) | (quint64(0x8) << 60);
    return QUuid(uint(hi >> 32), ushort(hi >> 16), ushort(hi), uchar(lo >> 56), uchar(lo >> 48), uchar(lo >> 40),
                 uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8), uchar(lo))
        .toString(QUuid::WithoutBraces);
}

} // namespace DemoNames

#include "models/domain/pinyin.h"

#include <QHash>
#include <QStringList>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace {

// Surnames whose reading differs from the character's everyday reading.
const QHash<QChar, QString> &surnameReadings()
{
    static const QHash<QChar, QString> readings = {
        {QChar(0x5355), QStringLiteral("shan")}, // 单
        {QChar(0x66FE), QStringLiteral("zeng")}, // 曾
        {QChar(0x4EC7), QStringLiteral("qiu")},  // 仇
        {QChar(0x89E3), QStringLiteral("xie")},  // 解
        {QChar(0x533A), QStringLiteral("ou")},   // 区
        {QChar(0x67E5), QStringLiteral("zha")},  // 查
        {QChar(0x6734), QStringLiteral("piao")}, // 朴
        {QChar(0x4E50), QStringLiteral("yue")},  // 乐
        {QChar(0x7FDF), QStringLiteral("zhai")}, // 翟
        {QChar(0x76D6), QStringLiteral("ge")},   // 盖
        {QChar(0x7EAA), QStringLiteral("ji")},   // 纪
        {QChar(0x7F2A), QStringLiteral("miao")}, // 缪
        {QChar(0x8983), QStringLiteral("qin")},  // 覃
        {QChar(0x5C09), QStringLiteral("yu")},   // 尉
    };
    return readings;
}

// One transliterator per thread: creating one takes milliseconds, using one is not thread-safe.
icu::Transliterator *transliterator()
{
    thread_local std::unique_ptr<icu::Transliterator> instance;
    thread_local bool tried = false;
    if (!tried) {
        tried = true;
        UErrorCode status = U_ZERO_ERROR;
        instance.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"),
                                                           UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            instance.reset();
    }
    return instance.get();
}

QString transliterate(const QString &text)
{
    icu::Transliterator *t = transliterator();
    if (!t)
        return text;
    icu::UnicodeString u(reinterpret_cast<const char16_t *>(text.constData()), int32_t(text.size()));
    t->transliterate(u);
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

} // namespace

Pinyin::Spelling Pinyin::of(const QString &text)
{
    Spelling spelling;
    if (text.isEmpty())
        return spelling;
    QString source = text.trimmed();
    QString surname;
    if (!source.isEmpty() && surnameReadings().contains(source.at(0))) {
        surname = surnameReadings().value(source.at(0));
        source.remove(0, 1);
    }
    // Han-Latin separates the syllables of Chinese characters with spaces; Latin words keep theirs.
    QStringList words;
    if (!surname.isEmpty())
        words << surname;
    const QString latin = transliterate(source).toLower();
    const QStringList parts = latin.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString word;
        for (const QChar c : part) {
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                word += c;
        }
        if (!word.isEmpty())
            words << word;
    }
    for (const QString &word : words) {
        spelling.full += word;
        spelling.initials += word.at(0);
    }
    return spelling;
}

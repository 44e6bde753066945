#pragma once

#include <QString>

// Pinyin of Chinese names for search as you type (张三 → "zhangsan", initials "zs"),
// through ICU's Han-Latin transliterator.
class Pinyin
{
public:
    struct Spelling
    {
        QString full;     // "zhangsan": lower-case ASCII, no tones, no spaces
        QString initials; // "zs"
    };

    static Spelling of(const QString &text);
    static QString initials(const QString &text) { return of(text).initials; }
    static QString full(const QString &text) { return of(text).full; }
};

#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// SPEC 11: field rules shared by the dialogs, the repositories and the roster import.
// Every rejection names the field and the reason; the caller keeps what was typed.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    // The longest text each kind of field holds, in characters: one table for every repository.
    struct MaxLength
    {
        static constexpr int name = 50;       // a person's name, an emergency contact, a visitor
        static constexpr int plate = 10;      // normalised; national plates have 7 or 8 characters
        static constexpr int code = 30;       // vehicle type, colour, parking space, house number
        static constexpr int line = 200;      // a purpose, a reason, a one-line note
        static constexpr int notes = 2000;    // multi-line notes
    };
    enum class TextKind { SingleLine, MultiLine };

    // Refuses text longer than maxLength, and control, format and bidi-override characters
    // (U+202E and the like, which make a name read differently from what is stored); only
    // multi-line text may hold line breaks and tabs. Names the field and the reason.
    static Status checkText(const QString &text, const QString &field, int maxLength,
                            TextKind kind = TextKind::SingleLine);
    // normalizePlate(), then refuses what cannot be a plate at all (typed or read by a camera):
    // empty, longer than MaxLength::plate, or holding anything but A-Z, 0-9 and Chinese characters.
    // An unusual but possible plate passes: plateWarning() is for those.
    static Result<QString> checkPlate(const QString &input, const QString &field = QString());

    struct ResidentId
    {
        QString number;  // normalised: upper-case X, no spaces
        QDate birthDate;
        bool legacy = false; // a 15-digit number from before 1999: accepted, flagged
    };

    // 居民身份证 (GB 11643-1999). `today` bounds the birth date.
    static Result<ResidentId> checkResidentId(const QString &input, const QDate &today,
                                              const QString &field = QString());
    // Mobile: 11 digits starting 1[3-9] after removing +86/86, spaces, dashes; full-width tolerated.
    static Result<QString> normalizeMobile(const QString &input, const QString &field = QString());
    // Landline: 0 + 2-3 digit area code, 7-8 digits, optional extension. Returned as 0755-12345678[-123].
    static Result<QString> normalizeLandline(const QString &input, const QString &field = QString());
    // Any phone field that takes either kind: a number starting with 0 is checked as a landline,
    // one starting with 1 (or +86) as a mobile, so the reason given fits what was typed.
    // Every form's phone field goes through this (or one of the two above when only one kind fits).
    static Result<QString> normalizePhone(const QString &input, const QString &field = QString());
    // Upper case, full-width to half-width, spaces, dashes, dots and · removed.
    static QString normalizePlate(const QString &input);
    // GA 36 formats. Empty when the plate looks right, else a warning to confirm (never a refusal).
    static QString plateWarning(const QString &normalizedPlate);
    // 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日 (full-width digits tolerated).
    static Result<QDate> parseDate(const QString &input, const QString &field = QString());

    // Full-width ASCII (U+FF01..FF5E) and the ideographic space to their half-width forms.
    static QString toHalfWidth(const QString &input);
    // 110101********123X: first 6 and last 4 shown (shorter documents: last 4 only).
    static QString maskDocument(const QString &number);
};

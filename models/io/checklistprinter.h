#pragma once

#include "models/domain/inspection.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QTimeZone>

class QPagedPaintDevice;
class QTextDocument;

// The paper side of inspections: a blank checklist to carry on the walk (A4: item,
// sampling, criterion, tick boxes 合格/不合格/不适用, signature line) and a finished run
// with its findings. Renders HTML for a QTextDocument; the GUI previews and prints it,
// writePdf() writes a PDF with the fonts embedded. The form is a Chinese document: its
// fixed labels are written in Chinese (through tr(), so that another language can be given).
class ChecklistPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistPrinter)

public:
    static QString blankHtml(const ChecklistTemplate &tpl, const QString &estateName);
    static QString runHtml(const InspectionRun &run, const QList<NonConformity> &findings, const QString &estateName,
                           const QTimeZone &zone);

    // A document laid out for A4 with a font that has the Chinese glyphs.
    static void prepare(QTextDocument &document, const QString &html);
    // Needs a QGuiApplication (fonts); returns a user-facing error otherwise.
    static Status writePdf(const QString &html, const QString &path, const QString &title);
    static void print(const QString &html, QPagedPaintDevice &device);
};

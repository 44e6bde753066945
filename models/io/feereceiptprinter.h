#pragma once

#include "models/domain/result.h"
#include "models/repositories/feerepository.h"

#include <QCoreApplication>
#include <QTimeZone>

class QPagedPaintDevice;

// What a printed receipt 收据 shows besides the payment itself.
struct FeeReceiptContext
{
    QString estateName;
    QString owner;            // the house's owner(s) now
    qint64 housePrepaidFen = 0; // the house's prepaid balance 预存 after the payment
    QTimeZone zone;
};

// The receipt 收据 of a payment (SPEC 13): estate, receipt number SJYYYY-NNNNNN, house, payer,
// the items and periods it paid, the amount in figures and in Chinese capitals 大写, method,
// clerk, time (in the estate's zone), the prepaid balance left. HTML for a QTextDocument laid
// out on an A5 landscape page with a font that carries Chinese (the PDF embeds it); the GUI
// prints it on a QPrinter, writePdf() writes the PDF.
class FeeReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(FeeReceiptPrinter)

public:
    static QString html(const FeePayment &payment, const FeeReceiptContext &context);
    // A5 landscape, 10 mm margins.
    static void print(const QString &html, QPagedPaintDevice &device);
    // Needs a QGuiApplication (fonts); returns a user-facing error otherwise.
    static Status writePdf(const QString &html, const QString &path, const QString &receiptNo);
};

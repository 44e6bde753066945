#pragma once

#include "models/domain/convenienceservices.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QTimeZone>

class QPagedPaintDevice;

// The price list 《便民服务项目及价格表》 for the notice board (seed 002: posted at the office, in
// the garden's notice case or on the estate's screen): each service, paid or free, its price and
// unit, deposit and whether it is one-off or long-term, with who approved it and when. HTML for
// a QTextDocument; the GUI previews and prints it, writePdf() writes a PDF with a Chinese font
// embedded (the page set-up is the checklist printer's: A4, the CJK font families).
class ServicePriceListPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ServicePriceListPrinter)

public:
    static QString html(const ServicePriceList &list, const QString &estateName, const QTimeZone &zone);
    static Status writePdf(const ServicePriceList &list, const QString &estateName, const QTimeZone &zone,
                           const QString &path);
    static void print(const ServicePriceList &list, const QString &estateName, const QTimeZone &zone,
                      QPagedPaintDevice &device);
};

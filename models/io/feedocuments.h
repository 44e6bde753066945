#pragma once

#include "models/domain/result.h"
#include "models/repositories/feequeries.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

class QPagedPaintDevice;

// Who the notices and the statement come from: the estate's name and the office's contact
// (address, phone, hours), as the office wrote them in the settings.
struct FeeOffice
{
    QString estateName;
    QString contact;
};

// A batch of notices: the houses of one kind and month, as FeeQueries::notices gives them
// (by house number, so a building's houses stay together and in order).
struct NoticeBatch
{
    NoticeKind kind = NoticeKind::Collection;
    int year = 0;
    int month = 0;
    QDate issuedOn;           // the estate's day the notices are printed
    FeeOffice office;
    QList<NoticeHouse> houses;
};

// The paper side of fee collection (SPEC 13): the collection notice 《费用收缴通知单》 and the
// reminder 《费用催交通知单》, two to an A4 page with a cut line between, a new page for each
// building; and the half-yearly statement 收支公布 for the notice board, also as JSON.
// No widgets: the GUI previews and prints through the same functions (a QPrinter is a
// QPagedPaintDevice); PDFs embed the fonts. Needs a QGuiApplication for the fonts.
class FeeDocuments
{
    Q_DECLARE_TR_FUNCTIONS(FeeDocuments)

public:
    // One notice as HTML (the block that fills half a page).
    static QString noticeHtml(const NoticeBatch &batch, const NoticeHouse &house);
    // How many pages the batch prints on: two notices a page, each building on new pages.
    static int pageCount(const QList<NoticeHouse> &houses);
    // Paints the batch on the device (QPdfWriter, QPrinter), page after page.
    static Status printNotices(const NoticeBatch &batch, QPagedPaintDevice &device);
    static Status writeNoticesPdf(const NoticeBatch &batch, const QString &path);
    static QString noticeTitle(NoticeKind kind);

    static QString statementHtml(const FeeStatement &statement, const FeeOffice &office, const QDate &issuedOn);
    // The figures of the statement, money in fen (the keys are listed in the .cpp).
    static QJsonObject statementJson(const FeeStatement &statement);
    static void printStatement(const QString &html, QPagedPaintDevice &device);
    static Status writeStatementPdf(const QString &html, const QString &path, const QString &title);
    static QString statementTitle(const FeeStatement &statement);

    // The settings key of the office's contact line printed on every notice.
    static QString contactKey() { return QStringLiteral("fees.office_contact"); }
};

#pragma once

// The small estate of the fee tests (feestestsupport.h) with a repair-fund item, billed for
// July and August 2026 with two payments and the manager's spending of 2026H2; and how a test
// reads a PDF back (pdftotext, pdfinfo, pdffonts). Every figure below is worked out by hand:
//
// July bills (PF 1.85/m²·month, 1-1-102 vacant at 50 %; GB 10.00/month by quarter; RF 5.00/month):
//   1-1-101 张伟 PF 165.58 RF 5.00 GB 30.00 = 200.58   1-1-102 李娜 PF 111.00 RF 5.00 GB 30.00 = 146.00
//   1-1-201 王芳 PF 139.21 RF 5.00 GB 30.00 = 174.21   S-101 赵敏 PF 111.00 (a shop: PF only)
// 1-1-101 pays 200.58 on 10 July (all three); 1-1-201 pays 200.00 on 15 July: PF 139.21, RF 5.00,
// GB 30.00, 25.79 prepaid, which pays its August PF on 1 August.
// Spending 2026H2: labour 200.00, cleaning 50.00, repair fund 3.00; other 99.00 taken back.
// Statement 2026H2: income GB 60.00 + PF 330.58 (165.58 + 139.21 + 25.79) = 390.58, spending
// 250.00, balance 140.58; repair fund 0 + 10.00 − 3.00 = 7.00.

#include "clirun.h"
#include "feestestsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>

namespace FeeDocsTest {

using namespace FeesTest;

struct BilledEstate : Estate
{
    qint64 rf = 0;

    bool bill()
    {
        if (!build())
            return false;
        FeeRepository fees(*db);
        FeeItem fund;
        fund.code = QStringLiteral("RF");
        fund.name = u("维修基金");
        fund.kind = QStringLiteral("repair_fund");
        fund.basis = FeeBasis::Fixed;
        fund.rateCentiFen = 50000; // 5.00 yuan per house per month
        fund.cycle = FeeCycle::Month;
        fund.firstMonth = QStringLiteral("2026-07");
        const auto id = fees.addItem(manager, fund);
        if (!id)
            return fail(id.error());
        rf = *id;
        if (const auto july = fees.generateBills(clerk, 2026, 7); !july)
            return fail(july.error());
        if (const auto r = pay(h101, 20058, local(2026, 7, 10, 10)); !r)
            return fail(r.error());
        if (const auto r = pay(h201, 20000, local(2026, 7, 15, 11), QStringLiteral("wechat")); !r)
            return fail(r.error());
        clock.set(local(2026, 8, 1, 8));
        if (const auto august = fees.generateBills(clerk, 2026, 8); !august)
            return fail(august.error());
        return spend(QStringLiteral("labour"), 20000, QDate(2026, 7, 31)) > 0
               && spend(QStringLiteral("cleaning"), 5000, QDate(2026, 8, 15)) > 0
               && spend(QStringLiteral("repair_fund"), 300, QDate(2026, 8, 20)) > 0 && takeBackOther();
    }

    qint64 spend(const QString &category, qint64 fen, const QDate &on)
    {
        FeeSpending s;
        s.half = QStringLiteral("2026H2");
        s.category = category;
        s.amountFen = fen;
        s.spentOn = on;
        const auto id = FeeRepository(*db).addSpending(manager, s);
        if (!id)
            fail(id.error());
        return id ? *id : 0;
    }

    bool takeBackOther()
    {
        const qint64 id = spend(QStringLiteral("other"), 9900, QDate(2026, 8, 21));
        if (id == 0)
            return false;
        const Status s = FeeRepository(*db).voidSpending(manager, id, u("重复录入"));
        return s ? true : fail(s.error());
    }
};

inline QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// The text of a PDF with the white space removed (table cells wrap); empty without pdftotext.
inline QString pdfText(const QString &pdf)
{
    if (tool("pdftotext").isEmpty())
        return {};
    const CliRun::Run text = CliRun::run(tool("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                             QStringLiteral("-")});
    return QString(text.out).remove(QRegularExpression(QStringLiteral("\\s")));
}

// The page texts of a PDF, split at the form feeds pdftotext writes between pages.
inline QStringList pdfPages(const QString &pdf)
{
    const CliRun::Run text = CliRun::run(tool("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                             QStringLiteral("-")});
    QStringList pages = text.out.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &p : pages)
        p.remove(QRegularExpression(QStringLiteral("\\s")));
    return pages;
}

// pdfinfo's page count; -1 without pdfinfo.
inline int pdfPageCount(const QString &pdf)
{
    if (tool("pdfinfo").isEmpty())
        return -1;
    const CliRun::Run info = CliRun::run(tool("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// Every font of the PDF embedded, as pdffonts lists them (the emb column); false when a font
// is not, true without pdffonts only if the file carries a font program.
inline bool fontsEmbedded(const QString &pdf, QString *listing)
{
    if (tool("pdffonts").isEmpty())
        return false;
    const CliRun::Run fonts = CliRun::run(tool("pdffonts"), {pdf});
    *listing = fonts.out;
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    if (lines.isEmpty())
        return false;
    for (const QString &line : lines) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name type [encoding words…] emb sub uni object ID: emb is the fifth from the end.
        if (cols.size() < 6 || cols.at(cols.size() - 5) != QLatin1String("yes"))
            return false;
    }
    return true;
}

} // namespace FeeDocsTest

#include "models/io/checklistprinter.h"

#include "models/domain/formats.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QRegularExpression>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

const auto esc = Html::escape;

const char *kStyle = "<style>"
                     "body { font-size: 10pt; }"
                     "h1 { font-size: 16pt; text-align: center; margin: 0; }"
                     "p.sub { text-align: center; margin: 2px 0 8px 0; }"
                     "table.grid { border-collapse: collapse; }"
                     "table.grid th { background: #e8e8e8; font-weight: bold; }"
                     "table.grid td, table.grid th { border: 1px solid #000; padding: 3px; }"
                     "td.box { text-align: center; font-size: 12pt; }"
                     "</style>";

QString boxes(Verdict marked)
{
    auto box = [&](Verdict v) {
        return QStringLiteral("<td class=\"box\">%1</td>")
            .arg(marked == v ? QStringLiteral("☑") : QStringLiteral("□"));
    };
    return box(Verdict::Pass) + box(Verdict::Fail) + box(Verdict::NotApplicable);
}

// The page's head with the style, and the body opened.
QString documentStart()
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\">") + QLatin1String(kStyle)
           + QStringLiteral("</head><body>");
}

// The checklist's table opened with its header row: the item, how it is sampled and judged,
// the three boxes and a note.
QString gridHead()
{
    return QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>"
                          "<th width=\"6%\">%1</th><th width=\"21%\">%2</th><th width=\"17%\">%3</th>"
                          "<th width=\"21%\">%4</th><th width=\"8%\" nowrap>%5</th><th width=\"10%\" nowrap>%6</th>"
                          "<th width=\"10%\" nowrap>%7</th><th width=\"7%\">%8</th>"
                          "</tr></thead><tbody>")
        .arg(esc(ChecklistPrinter::tr("No.")), esc(ChecklistPrinter::tr("Item")),
             esc(ChecklistPrinter::tr("Sampling")), esc(ChecklistPrinter::tr("Pass criterion")),
             esc(ChecklistPrinter::tr("Pass")), esc(ChecklistPrinter::tr("Fail")), esc(ChecklistPrinter::tr("N/A")),
             esc(ChecklistPrinter::tr("Note")));
}

} // namespace

QString ChecklistPrinter::blankHtml(const ChecklistTemplate &tpl, const QString &estateName)
{
    QString html = documentStart();
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tpl.name));
    html += QStringLiteral("<p class=\"sub\">%1　%2</p>")
                .arg(esc(estateName), esc(tr("version %1").arg(tpl.version)));
    html += QStringLiteral("<p>%1 ________________　%2 ________________　%3 ______ / ______</p>")
                .arg(esc(tr("Area:")), esc(tr("Level:")), esc(tr("Units sampled:")));
    html += gridHead();
    for (const ChecklistItem &item : tpl.items) {
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td>")
                    .arg(item.position)
                    .arg(esc(item.text), esc(item.samplingRule), esc(item.criterion));
        html += boxes(Verdict::Unmarked) + QStringLiteral("<td></td></tr>");
    }
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<p>%1</p><p>&nbsp;</p>").arg(esc(tr("Problems found and what must be rectified:")));
    html += QStringLiteral("<p>&nbsp;</p><table width=\"100%\"><tr><td>%1 ________________</td>"
                           "<td>%2 ________________</td><td>%3 ____年____月____日 ____时</td></tr></table>")
                .arg(esc(tr("Inspector:")), esc(tr("Reviewed by:")), esc(tr("Date:")));
    html += QStringLiteral("</body></html>");
    return html;
}

QString ChecklistPrinter::runHtml(const InspectionRun &run, const QList<NonConformity> &findings,
                                  const QString &estateName, const QTimeZone &zone)
{
    const auto when = [&](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(zone).toString(Formats::dateTime()) : QString();
    };
    QString html = documentStart();
    html += QStringLiteral("<h1>%1</h1>").arg(esc(run.templateName));
    html += QStringLiteral("<p class=\"sub\">%1　%2　%3</p>")
                .arg(esc(estateName), esc(tr("version %1").arg(run.templateVersion)),
                     esc(run.state == RunState::Finished ? tr("finished") : tr("draft")));
    QString coverage = run.unitsTotal > 0 ? tr("%1 of %2 units").arg(run.unitsChecked).arg(run.unitsTotal) : QString();
    html += QStringLiteral("<p>%1%2　%3%4　%5%6</p><p>%7%8　%9%10</p>")
                .arg(esc(tr("Area:")), esc(run.area), esc(tr("Level:")),
                     esc(InspectionCodes::levelName(run.levelCode)), esc(tr("Units sampled:")), esc(coverage),
                     esc(tr("Started:")), esc(when(run.startedAt)), esc(tr("Finished:")))
                .arg(esc(when(run.finishedAt)));
    html += gridHead();
    for (const RunResult &r : run.results) {
        QString note = esc(r.note);
        if (!r.photoPath.isEmpty())
            note += (note.isEmpty() ? QString() : QStringLiteral("<br>")) + esc(tr("Photo: %1").arg(r.photoPath));
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td>")
                    .arg(r.position)
                    .arg(esc(r.itemText), esc(r.samplingRule), esc(r.criterion));
        html += boxes(r.verdict) + QStringLiteral("<td>%1</td></tr>").arg(note);
    }
    html += QStringLiteral("</tbody></table>");
    if (!run.notes.isEmpty())
        html += QStringLiteral("<p>%1%2</p>").arg(esc(tr("Notes:")), esc(run.notes));
    for (const RunCorrection &c : run.corrections) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Correction: item %1 is \"%2\"%3 (%4, %5 %6)")
                                 .arg(c.position)
                                 .arg(InspectionCodes::displayName(c.verdict),
                                      c.note.isEmpty() ? QString() : QStringLiteral("：") + c.note, c.reason, c.byName,
                                      when(c.at))));
    }
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Non-conformities and rectification")));
    if (findings.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None")));
    } else {
        html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr><th>%1</th><th>%2</th>"
                               "<th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead><tbody>")
                    .arg(esc(tr("Number")), esc(tr("Problem")), esc(tr("State")), esc(tr("Responsible")),
                         esc(tr("Deadline")), esc(tr("Measures / standard")));
        for (const NonConformity &n : findings) {
            QString state = InspectionCodes::displayName(n.state);
            if (n.repeatOfId > 0)
                state += QStringLiteral(" ") + tr("(found again, raised to %1)").arg(n.raisedToName);
            if (!n.requestNumber.isEmpty())
                state += QStringLiteral(" ") + tr("repair request %1").arg(n.requestNumber);
            html += QStringLiteral("<tr><td>#%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                        .arg(n.id)
                        .arg(esc(n.description), esc(state), esc(n.plan.responsibleName), esc(when(n.plan.deadline)),
                             esc(QStringList{n.plan.steps, n.plan.targetStandard}.join(QStringLiteral(" / "))
                                     .remove(QRegularExpression(QStringLiteral("^ / | / $")))));
        }
        html += QStringLiteral("</tbody></table>");
    }
    html += QStringLiteral("<p>&nbsp;</p><table width=\"100%\"><tr><td>%1 %2</td><td>%3 ________________</td>"
                           "<td>%4 %5</td></tr></table>")
                .arg(esc(tr("Inspector:")), esc(run.inspectorName), esc(tr("Reviewed by:")), esc(tr("Date:")),
                     esc(run.finishedAt.isValid() ? run.finishedAt.toTimeZone(zone).toString(Formats::date())
                                                  : QString()));
    html += QStringLiteral("</body></html>");
    return html;
}

void ChecklistPrinter::prepare(QTextDocument &document, const QString &html)
{
    QFont font;
    // Families with the Chinese glyphs on Windows, then on Linux; the first one present wins.
    font.setFamilies({QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun"), QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Sans Serif")});
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html);
}

void ChecklistPrinter::print(const QString &html, QPagedPaintDevice &device)
{
    QTextDocument document;
    prepare(document, html);
    document.setPageSize(device.pageLayout().paintRect(QPageLayout::Point).size());
    document.print(&device);
}

Status ChecklistPrinter::writePdf(const QString &html, const QString &path, const QString &title)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Failure{tr("PDF output needs the graphical part of Qt (fonts); run with QT_QPA_PLATFORM=offscreen.")};
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("EstateDesk"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    QTextDocument document;
    prepare(document, html);
    document.setPageSize(writer.pageLayout().paintRect(QPageLayout::Point).size());
    document.print(&writer);
    // QPdfWriter reports no errors itself: check that the file is there.
    QFile written(path);
    if (!written.exists() || written.size() == 0)
        return Failure{tr("The PDF %1 could not be written.").arg(QDir::toNativeSeparators(path))};
    return {};
}

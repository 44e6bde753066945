#include "models/io/cosignform.h"

#include "models/domain/formats.h"
#include "models/domain/money.h"
#include "models/domain/requesttimer.h"
#include "models/domain/timelimittable.h"
#include "models/domain/timelimit.h"

namespace {
const auto esc = Html::escapeLines;
} // namespace

QString CoSignForm::html(const RequestDetail &detail, const Context &context)
{
    const ServiceRequest &r = detail.request;
    const bool a5 = context.pageSize == PageSize::A5;
    auto when = [&](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(context.zone).toString(Formats::dateTime()) : QString();
    };
    auto yesNo = [](bool b) { return b ? tr("Yes") : tr("No"); };
    auto onTime = [&](const QDateTime &deadline, const QDateTime &done) {
        switch (RequestTimer::onTime(deadline, done, context.printedAt)) {
        case OnTime::Yes: return tr("on time");
        case OnTime::No: return tr("late");
        case OnTime::Pending: return tr("not yet due");
        case OnTime::NotMeasured: break;
        }
        return QString();
    };
    auto limitText = [](const QString &code) {
        const auto limit = TimeLimit::parse(code);
        return limit ? limit->displayText() : QString();
    };
    auto cell = [](const QString &label, const QString &value, int span = 1) {
        return QStringLiteral("<td class='l'>%1</td><td colspan='%2'>%3</td>").arg(esc(label)).arg(span).arg(value);
    };
    const QString blank = QStringLiteral("&nbsp;");
    const QString signature = QStringLiteral("&nbsp;<br>&nbsp;");

    QString out;
    out += QStringLiteral("<html><head><meta charset='utf-8'><style>"
                          "body { font-family: 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'SimSun', sans-serif;"
                          " font-size: %1pt; }"
                          "h1 { font-size: %2pt; text-align: center; margin: 0; }"
                          "p.sub { text-align: center; margin: 2px 0 6px 0; }"
                          "h2 { font-size: %3pt; margin: 8px 0 2px 0; }"
                          "table { border-collapse: collapse; }"
                          "td, th { border: 1px solid #000; padding: 3px; vertical-align: top; }"
                          "td.l { background: #eeeeee; white-space: nowrap; }"
                          "</style></head><body>")
               .arg(a5 ? 8 : 10)
               .arg(a5 ? 13 : 16)
               .arg(a5 ? 9 : 11);
    out += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Owner (Resident) Service Registration Co-sign Form")));
    out += QStringLiteral("<p class='sub'>%1 &nbsp; %2 <b>%3</b> &nbsp; %4</p>")
               .arg(esc(context.estateName), esc(tr("No.:")), esc(r.number),
                    r.voided ? esc(tr("(void: %1)").arg(r.voidReason)) : QString());

    // Part 1: registration.
    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("1. Registration (filled in by the first-contact clerk)")));
    out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1'>");
    out += QStringLiteral("<tr>%1%2</tr>").arg(cell(tr("Type"), esc(RequestCodes::displayName(r.kind) + QStringLiteral(" / ") + TimeLimitTable::className(r.kind, r.classKey))),
                                               cell(tr("Channel"), esc(RequestCodes::displayName(r.channel))));
    out += QStringLiteral("<tr>%1%2</tr>").arg(cell(tr("Registered at"), esc(when(r.registeredAt))),
                                               cell(tr("First-contact clerk"), esc(r.registeredByName)));
    out += QStringLiteral("<tr>%1%2</tr>").arg(cell(r.kind == RequestKind::Complaint ? tr("Complainant") : tr("Reported by"),
                                                    esc(r.reporterName)),
                                               cell(tr("Phone"), esc(r.reporterPhone)));
    out += QStringLiteral("<tr>%1</tr>").arg(cell(r.houseNumber.isEmpty() ? tr("Public area") : tr("House"),
                                                  esc(r.location()), 3));
    out += QStringLiteral("<tr>%1</tr>").arg(cell(tr("Content"), esc(r.description), 3));
    out += QStringLiteral("<tr>%1%2</tr>")
               .arg(cell(tr("Major complaint"), r.kind == RequestKind::Complaint ? esc(yesNo(r.major)) : QStringLiteral("—")),
                    cell(tr("Resident's signature"), r.signatureConfirmed ? esc(tr("signed")) : esc(tr("to be signed later"))));
    out += QStringLiteral("<tr>%1%2</tr>")
               .arg(cell(tr("Arrival limit"), r.arrivalDeadline.isValid()
                                          ? esc(tr("%1, by %2").arg(limitText(r.arrivalLimit), when(r.arrivalDeadline)))
                                          : QStringLiteral("—")),
                    cell(tr("Completion limit"), r.completionDeadline.isValid()
                                          ? esc(tr("%1, by %2").arg(limitText(r.completionLimit), when(r.completionDeadline)))
                                          : QStringLiteral("—")));
    if (r.agreedAt.isValid())
        out += QStringLiteral("<tr>%1</tr>").arg(cell(tr("Agreed time"), esc(when(r.agreedAt)), 3));
    out += QStringLiteral("</table>");

    // Part 2: handover of the form (会签单交接记录).
    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("2. Dispatch and handover")));
    out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1'><tr>");
    for (const QString &h : {tr("Handed over at"), tr("Department"), tr("Handed over by"), tr("Received by"), tr("Receiver's signature")})
        out += QStringLiteral("<th>%1</th>").arg(esc(h));
    out += QStringLiteral("</tr>");
    for (const RequestHandover &h : detail.handovers)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                   .arg(esc(when(h.at)), esc(RequestCodes::departmentName(h.department)), esc(h.handedByName),
                        esc(h.receivedByName), blank);
    if (detail.handovers.isEmpty())
        out += QStringLiteral("<tr><td>%1</td><td></td><td></td><td></td><td></td></tr>").arg(signature);
    out += QStringLiteral("</table>");

    // Part 3: the work.
    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("3. Work done (filled in by the technician or handler)")));
    out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1'>");
    out += QStringLiteral("<tr>%1%2</tr>")
               .arg(cell(tr("Arrived at"), esc(when(r.arrivedAt)) + QStringLiteral(" ") + esc(onTime(r.arrivalDeadline, r.arrivedAt))),
                    cell(tr("Completed at"),
                         esc(when(r.completedAt)) + QStringLiteral(" ") + esc(onTime(r.completionDeadline, r.completedAt))));
    out += QStringLiteral("<tr>%1</tr>").arg(cell(tr("Work done"), r.workDone.isEmpty() ? signature : esc(r.workDone), 3));
    out += QStringLiteral("<tr>%1%2</tr>")
               .arg(cell(tr("Fee (yuan)"), r.feeFen ? esc(Money::formatYuan(*r.feeFen)) : esc(tr("none"))),
                    cell(tr("Payment"), r.feeFen ? esc(r.paid ? tr("paid, receipt no. %1").arg(r.receiptNo) : tr("unpaid"))
                                                  : QStringLiteral("—")));
    out += QStringLiteral("<tr>%1%2</tr>").arg(cell(tr("Technician's signature"), signature), cell(tr("Owner's (resident's) signature"), signature));
    out += QStringLiteral("<tr>%1</tr>").arg(cell(tr("Slip returned at"), esc(when(r.slipReturnedAt)), 3));
    out += QStringLiteral("</table>");

    // Part 4: the callback.
    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("4. Callback (filled in by customer service)")));
    out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1'><tr>");
    for (const QString &h : {tr("Called back at"), tr("Solved"), tr("Attitude"), tr("Charged"), tr("Score"), tr("Suggestions"),
                             tr("Called back by")})
        out += QStringLiteral("<th>%1</th>").arg(esc(h));
    out += QStringLiteral("</tr>");
    for (const RequestCallback &c : detail.callbacks)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                   .arg(esc(when(c.at)), c.solved ? esc(yesNo(*c.solved)) : QString(),
                        c.attitude ? esc(RequestCodes::displayName(*c.attitude)) : QString(),
                        c.charged ? esc(yesNo(*c.charged)) : QString(),
                        c.score ? QString::number(*c.score) : QString(), esc(c.suggestions), esc(c.byName));
    if (detail.callbacks.isEmpty())
        out += QStringLiteral("<tr><td>%1</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>").arg(signature);
    out += QStringLiteral("</table>");

    if (!detail.extensions.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Extensions (approved by the manager)")));
        out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1'><tr>");
        for (const QString &h : {tr("Approved at"), tr("Old deadline"), tr("New deadline"), tr("Reason"), tr("Approved by")})
            out += QStringLiteral("<th>%1</th>").arg(esc(h));
        out += QStringLiteral("</tr>");
        for (const RequestExtension &e : detail.extensions)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                       .arg(esc(when(e.at)), esc(when(e.oldDeadline)), esc(when(e.newDeadline)), esc(e.reason),
                            esc(e.approverName));
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("<p>%1 %2 &nbsp; %3 %4 &nbsp; %5 %6</p>")
               .arg(esc(tr("State:")), esc(RequestCodes::displayName(r.state)), esc(tr("Printed:")), esc(when(context.printedAt)),
                    esc(tr("Printed by:")), esc(context.printedBy));
    out += QStringLiteral("</body></html>");
    return out;
}

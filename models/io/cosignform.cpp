#include "models/io/cosignform.h"

#include "models/domain/money.h"
#include "models/domain/requesttimer.h"
#include "models/domain/timelimit.h"

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

QString CoSignForm::kindName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Repair: return tr("报修");
    case RequestKind::Complaint: return tr("投诉");
    case RequestKind::Enquiry: return tr("咨询");
    }
    return {};
}

QString CoSignForm::channelName(RequestChannel channel)
{
    switch (channel) {
    case RequestChannel::Visit: return tr("来访");
    case RequestChannel::Phone: return tr("来电");
    case RequestChannel::Letter: return tr("来信");
    case RequestChannel::Patrol: return tr("巡查发现");
    case RequestChannel::Other: return tr("其他");
    }
    return {};
}

QString CoSignForm::className(RequestKind kind, const QString &key)
{
    if (kind == RequestKind::Repair) {
        if (key == QLatin1String("emergency")) return tr("急修");
        if (key == QLatin1String("simple")) return tr("简易维修");
        if (key == QLatin1String("general")) return tr("一般维修");
        if (key == QLatin1String("public_urgent")) return tr("公共紧急");
        if (key == QLatin1String("public_other")) return tr("公共一般");
    } else if (kind == RequestKind::Complaint) {
        if (key == QLatin1String("attitude_ordinary")) return tr("服务态度(一般)");
        if (key == QLatin1String("attitude_serious")) return tr("服务态度(严重)");
        if (key == QLatin1String("engineering")) return tr("工程维修");
        if (key == QLatin1String("public_urgent")) return tr("公共区域(紧急)");
        if (key == QLatin1String("public_other")) return tr("公共区域(一般)");
        if (key == QLatin1String("neighbour")) return tr("邻里行为");
        if (key == QLatin1String("other")) return tr("其他");
    } else {
        if (key == QLatin1String("general")) return tr("小区一般信息");
        if (key == QLatin1String("fees")) return tr("收费");
        if (key == QLatin1String("external")) return tr("管理中心以外的服务");
        if (key == QLatin1String("other_department")) return tr("其他部门办理事项");
    }
    return key;
}

QString CoSignForm::stateName(RequestState state)
{
    switch (state) {
    case RequestState::Registered: return tr("已登记");
    case RequestState::Dispatched: return tr("已派工");
    case RequestState::OnSite: return tr("已到场");
    case RequestState::Completed: return tr("已完工");
    case RequestState::Returned: return tr("已回单");
    case RequestState::CalledBack: return tr("已回访");
    case RequestState::Closed: return tr("已归档");
    }
    return {};
}

QString CoSignForm::attitudeName(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Satisfied: return tr("满意");
    case Attitude::Basic: return tr("一般");
    case Attitude::Unsatisfied: return tr("不满意");
    }
    return {};
}

QString CoSignForm::html(const RequestDetail &detail, const Context &context)
{
    const ServiceRequest &r = detail.request;
    const bool a5 = context.pageSize == PageSize::A5;
    auto when = [&](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(context.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    };
    auto yesNo = [](bool b) { return b ? tr("是") : tr("否"); };
    auto onTime = [&](const QDateTime &deadline, const QDateTime &done) {
        switch (RequestTimer::onTime(deadline, done, context.printedAt)) {
        case OnTime::Yes: return tr("按时");
        case OnTime::No: return tr("超时");
        case OnTime::Pending: return tr("未到期");
        case OnTime::NotMeasured: break;
        }
        return QString();
    };
    auto limitText = [](const QString &code) {
        const auto limit = TimeLimit::parse(code);
        if (!limit)
            return QString();
        switch (limit->unit) {
        case TimeLimit::Unit::Minutes: return tr("%1分钟").arg(limit->amount);
        case TimeLimit::Unit::Hours: return tr("%1小时").arg(limit->amount);
        case TimeLimit::Unit::WorkingDays: return tr("%1个工作日").arg(limit->amount);
        }
        return QString();
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
    out += QStringLiteral("<h1>%1</h1>").arg(esc(tr("业主(住户)服务登记会签单")));
    out += QStringLiteral("<p class='sub'>%1 &nbsp; %2 <b>%3</b> &nbsp; %4</p>")
               .arg(esc(context.estateName), esc(tr("编号:")), esc(r.number),
                    r.voided ? esc(tr("(已作废: %1)").arg(r.voidReason)) : QString());

    // Part 1: registration.
    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("一、登记(首接责任人填写)")));
    out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1'>");
    out += QStringLiteral("<tr>%1%2</tr>").arg(cell(tr("类型"), esc(kindName(r.kind) + QStringLiteral(" / ") + className(r.kind, r.classKey))),
                                               cell(tr("来源"), esc(channelName(r.channel))));
    out += QStringLiteral("<tr>%1%2</tr>").arg(cell(tr("登记时间"), esc(when(r.registeredAt))),
                                               cell(tr("首接责任人"), esc(r.registeredByName)));
    out += QStringLiteral("<tr>%1%2</tr>").arg(cell(r.kind == RequestKind::Complaint ? tr("投诉人") : tr("报修(咨询)人"),
                                                    esc(r.reporterName)),
                                               cell(tr("联系电话"), esc(r.reporterPhone)));
    out += QStringLiteral("<tr>%1</tr>").arg(cell(r.houseNumber.isEmpty() ? tr("公共区域") : tr("房号"),
                                                  esc(r.location()), 3));
    out += QStringLiteral("<tr>%1</tr>").arg(cell(tr("内容"), esc(r.description), 3));
    out += QStringLiteral("<tr>%1%2</tr>")
               .arg(cell(tr("重大投诉"), r.kind == RequestKind::Complaint ? esc(yesNo(r.major)) : QStringLiteral("—")),
                    cell(tr("住户签字"), r.signatureConfirmed ? esc(tr("已签字确认")) : esc(tr("事后补签"))));
    out += QStringLiteral("<tr>%1%2</tr>")
               .arg(cell(tr("到场时限"), r.arrivalDeadline.isValid()
                                          ? esc(tr("%1,%2前").arg(limitText(r.arrivalLimit), when(r.arrivalDeadline)))
                                          : QStringLiteral("—")),
                    cell(tr("完成时限"), r.completionDeadline.isValid()
                                          ? esc(tr("%1,%2前").arg(limitText(r.completionLimit), when(r.completionDeadline)))
                                          : QStringLiteral("—")));
    if (r.agreedAt.isValid())
        out += QStringLiteral("<tr>%1</tr>").arg(cell(tr("约定时间"), esc(when(r.agreedAt)), 3));
    out += QStringLiteral("</table>");

    // Part 2: handover of the form (会签单交接记录).
    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("二、派工与交接")));
    out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1'><tr>");
    for (const QString &h : {tr("交接时间"), tr("部门"), tr("移交人"), tr("接收人"), tr("接收人签字")})
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
    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("三、处理情况(维修人/处理人填写)")));
    out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1'>");
    out += QStringLiteral("<tr>%1%2</tr>")
               .arg(cell(tr("到场时间"), esc(when(r.arrivedAt)) + QStringLiteral(" ") + esc(onTime(r.arrivalDeadline, r.arrivedAt))),
                    cell(tr("完工时间"),
                         esc(when(r.completedAt)) + QStringLiteral(" ") + esc(onTime(r.completionDeadline, r.completedAt))));
    out += QStringLiteral("<tr>%1</tr>").arg(cell(tr("完成情况"), r.workDone.isEmpty() ? signature : esc(r.workDone), 3));
    out += QStringLiteral("<tr>%1%2</tr>")
               .arg(cell(tr("收费(元)"), r.feeFen ? esc(Money::formatYuan(*r.feeFen)) : esc(tr("无"))),
                    cell(tr("收费情况"), r.feeFen ? esc(r.paid ? tr("已付,收据号 %1").arg(r.receiptNo) : tr("未付"))
                                                  : QStringLiteral("—")));
    out += QStringLiteral("<tr>%1%2</tr>").arg(cell(tr("维修人签字"), signature), cell(tr("业主(住户)签字"), signature));
    out += QStringLiteral("<tr>%1</tr>").arg(cell(tr("回单时间"), esc(when(r.slipReturnedAt)), 3));
    out += QStringLiteral("</table>");

    // Part 4: the callback.
    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("四、回访(客服中心填写)")));
    out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1'><tr>");
    for (const QString &h : {tr("回访时间"), tr("是否解决"), tr("服务态度"), tr("是否收费"), tr("评分"), tr("意见建议"),
                             tr("回访人")})
        out += QStringLiteral("<th>%1</th>").arg(esc(h));
    out += QStringLiteral("</tr>");
    for (const RequestCallback &c : detail.callbacks)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                   .arg(esc(when(c.at)), c.solved ? esc(yesNo(*c.solved)) : QString(),
                        c.attitude ? esc(attitudeName(*c.attitude)) : QString(),
                        c.charged ? esc(yesNo(*c.charged)) : QString(),
                        c.score ? QString::number(*c.score) : QString(), esc(c.suggestions), esc(c.byName));
    if (detail.callbacks.isEmpty())
        out += QStringLiteral("<tr><td>%1</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>").arg(signature);
    out += QStringLiteral("</table>");

    if (!detail.extensions.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("延期记录(经理批准)")));
        out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1'><tr>");
        for (const QString &h : {tr("批准时间"), tr("原截止时间"), tr("新截止时间"), tr("原因"), tr("批准人")})
            out += QStringLiteral("<th>%1</th>").arg(esc(h));
        out += QStringLiteral("</tr>");
        for (const RequestExtension &e : detail.extensions)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                       .arg(esc(when(e.at)), esc(when(e.oldDeadline)), esc(when(e.newDeadline)), esc(e.reason),
                            esc(e.approverName));
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("<p>%1 %2 &nbsp; %3 %4 &nbsp; %5 %6</p>")
               .arg(esc(tr("状态:")), esc(stateName(r.state)), esc(tr("打印:")), esc(when(context.printedAt)),
                    esc(tr("打印人:")), esc(context.printedBy));
    out += QStringLiteral("</body></html>");
    return out;
}

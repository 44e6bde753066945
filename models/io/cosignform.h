#pragma once

#include "models/domain/servicerequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

// 业主(住户)服务登记会签单: the four-part paper form of one request (registration,
// handover, work, callback) that the office still files, rendered as HTML for a
// QTextDocument (print preview, printer, PDF). No widgets here, so it is unit-tested.
//
// The form reproduces the office's Chinese paper form, so its source texts are the
// form's own Chinese wording (still through tr(), so an English office can translate).
class CoSignForm
{
    Q_DECLARE_TR_FUNCTIONS(CoSignForm)

public:
    enum class PageSize { A4, A5 };

    struct Context
    {
        QString estateName;
        QTimeZone zone;
        QDateTime printedAt; // UTC
        QString printedBy;
        PageSize pageSize = PageSize::A4;
    };

    static QString html(const RequestDetail &detail, const Context &context);

    // The form's own names (Chinese on the paper form).
    static QString kindName(RequestKind kind);
    static QString channelName(RequestChannel channel);
    static QString className(RequestKind kind, const QString &classKey);
    static QString attitudeName(Attitude attitude);
    static QString stateName(RequestState state);
};

#pragma once

#include "models/domain/servicerequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

// 业主(住户)服务登记会签单: the four-part paper form of one request (registration,
// handover, work, callback) that the office still files, rendered as HTML for a
// QTextDocument (print preview, printer, PDF). No widgets here, so it is unit-tested.
// Its wording is the paper form's, in the user's language.
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
};

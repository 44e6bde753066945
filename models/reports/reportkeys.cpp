#include "models/reports/reportkeys.h"

QJsonValue ReportKeys::value(const QJsonObject &root, QStringView key)
{
    QJsonValue v = root;
    for (const QStringView part : key.split(u'.')) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(part);
    }
    return v;
}

void ReportKeys::insert(QJsonObject &root, QStringView key, const QJsonValue &value)
{
    const qsizetype dot = key.indexOf(u'.');
    if (dot < 0) {
        root.insert(key, value);
        return;
    }
    const QStringView head = key.left(dot);
    QJsonObject child = root.value(head).toObject();
    insert(child, key.mid(dot + 1), value);
    root.insert(head, child);
}

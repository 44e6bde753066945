#include "models/io/tablecolumns.h"

#include "models/domain/validation.h"
#include "models/io/exportfile.h"

#include <QRegularExpression>

TableColumns::TableColumns(const QStringList &headers, KeyOf keyFor)
{
    for (int i = 0; i < headers.size(); ++i) {
        const QString key = keyFor(headers.at(i));
        if (!key.isEmpty() && !m_index.contains(key))
            m_index.insert(key, i);
    }
}

QString TableColumns::normalise(const QString &header)
{
    static const QRegularExpression spaces(QStringLiteral("\\s"));
    QString name = Validation::toHalfWidth(header);
    name.remove(QChar(0xFEFF)).remove(QLatin1Char('*')).remove(spaces);
    return name.toLower();
}

QString TableColumns::keyOf(const QString &header, const QHash<QString, QString> &names)
{
    return names.value(normalise(header));
}

QStringList TableColumns::missing(const QList<QPair<QString, QString>> &required) const
{
    QStringList labels;
    for (const auto &[key, label] : required) {
        if (!m_index.contains(key))
            labels << label;
    }
    return labels;
}

QString TableColumns::cell(const TableRow &row, const QString &key) const
{
    const int index = m_index.value(key, -1);
    return index < 0 ? QString() : ExportFile::unprotectCell(row.cells.value(index).trimmed()).trimmed();
}

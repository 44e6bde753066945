#include "models/io/exportfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool startsFormula(const QString &text)
{
    static const QRegularExpression formula(QStringLiteral("^'*[=+\\-@\\t\\r]"));
    return formula.match(text).hasMatch();
}

} // namespace

QString ExportFile::protectCell(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d+(\\.\\d+)?$"));
    if (!startsFormula(text) || number.match(text).hasMatch())
        return text;
    return QLatin1Char('\'') + text;
}

QString ExportFile::unprotectCell(const QString &text)
{
    if (text.startsWith(QLatin1Char('\'')) && startsFormula(text))
        return text.mid(1);
    return text;
}

QString ExportFile::csvField(const QString &text)
{
    const QString cell = protectCell(text);
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n'))
        && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString ExportFile::csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &field : fields)
        out << csvField(field);
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

Status ExportFile::write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{tr("Cannot write %1: %2").arg(path, file.errorString())};
    // The temporary file is narrowed before the data goes in, so no one else can read it even
    // for a moment; the rename keeps the permissions.
    file.setPermissions(kOwnerOnly);
    if (file.write(data) != data.size() || !file.commit())
        return Failure{tr("Cannot write %1: %2").arg(path, file.errorString())};
    restrictToOwner(path);
    return {};
}

bool ExportFile::restrictToOwner(const QString &path)
{
    return QFile::setPermissions(path, kOwnerOnly);
}

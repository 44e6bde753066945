#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

// Reads the parts of a ZIP archive (an .xlsx workbook) from memory: stored and deflated
// entries, no encryption, no ZIP64. At most ImportLimits::kMaxZipEntries parts, each unpacked
// to at most ImportLimits::kMaxInflatedPart bytes (a zip bomb is refused before it is inflated).
//
// Why not QuaZip: Debian's libquazip1-qt6 exports its own modified minizip (zipOpen3, unzOpen...)
// and calls it through the PLT, while libxlsxwriter uses the system libminizip with the same
// symbol names and other signatures. Loaded into one process (the CLI both imports and exports
// XLSX), one library's calls land in the other's code and crash. zlib alone has no such clash.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    // Reads the central directory; the archive bytes are kept.
    Status open(const QByteArray &archive);
    bool contains(const QString &name) const { return m_entries.contains(name); }
    Result<QByteArray> read(const QString &name) const;

private:
    struct Entry
    {
        quint16 method = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localHeader = 0;
    };

    QByteArray m_archive;
    QHash<QString, Entry> m_entries;
};

#include "models/io/zipreader.h"

#include "models/io/importlimits.h"

#include <QtEndian>

#include <zlib.h>

namespace {

quint16 u16(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;

} // namespace

Status ZipReader::open(const QByteArray &archive)
{
    m_archive = archive;
    m_entries.clear();
    const Failure damaged{tr("The file is not a ZIP archive or it is damaged.")};
    // The end-of-directory record is in the last 22 bytes plus at most a 64 KiB comment.
    qsizetype end = -1;
    for (qsizetype at = archive.size() - 22; at >= 0 && at >= archive.size() - 22 - 65535; --at) {
        if (u32(archive, at) == kEndOfDirectory) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return damaged;
    const quint16 count = u16(archive, end + 10);
    if (count > ImportLimits::kMaxZipEntries)
        return Failure{tr("The archive has %1 parts; a workbook this program reads has at most %2.")
                           .arg(count)
                           .arg(ImportLimits::kMaxZipEntries)};
    qsizetype at = u32(archive, end + 16);
    for (quint16 i = 0; i < count; ++i) {
        if (at + 46 > archive.size() || u32(archive, at) != kDirectoryEntry)
            return damaged;
        Entry entry;
        const quint16 flags = u16(archive, at + 8);
        entry.method = u16(archive, at + 10);
        entry.compressedSize = u32(archive, at + 20);
        entry.size = u32(archive, at + 24);
        const quint16 nameLength = u16(archive, at + 28);
        const quint16 extraLength = u16(archive, at + 30);
        const quint16 commentLength = u16(archive, at + 32);
        entry.localHeader = u32(archive, at + 42);
        if (at + 46 + nameLength > archive.size())
            return damaged;
        const QByteArray rawName = archive.mid(at + 46, nameLength);
        // Bit 11: the name is UTF-8; otherwise code page 437, which is ASCII for xlsx part names.
        const QString name = (flags & 0x0800) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        if (flags & 0x0001)
            return Failure{tr("The archive is encrypted.")};
        if (entry.size == 0xFFFFFFFFu || entry.compressedSize == 0xFFFFFFFFu || entry.localHeader == 0xFFFFFFFFu)
            return Failure{tr("The archive part %1 is larger than 4 GiB (ZIP64), more than a workbook this program "
                              "reads.")
                               .arg(name)};
        m_entries.insert(name, entry);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return {};
}

Result<QByteArray> ZipReader::read(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return Failure{tr("The archive has no part %1.").arg(name)};
    const Entry &entry = it.value();
    const qsizetype header = entry.localHeader;
    if (header + 30 > m_archive.size() || u32(m_archive, header) != kLocalHeader)
        return Failure{tr("The archive part %1 is damaged.").arg(name)};
    const qsizetype start = header + 30 + u16(m_archive, header + 26) + u16(m_archive, header + 28);
    if (start + qsizetype(entry.compressedSize) > m_archive.size())
        return Failure{tr("The archive part %1 is damaged.").arg(name)};
    const QByteArray compressed = m_archive.mid(start, entry.compressedSize);
    if (entry.method == 0)
        return compressed;
    if (entry.method != 8)
        return Failure{tr("The archive part %1 uses a compression this program cannot read.").arg(name)};
    // The size the directory declares is checked before anything is allocated, and the part
    // is unpacked into exactly that much: a part that unpacks to more is refused, not grown.
    if (qint64(entry.size) > ImportLimits::kMaxInflatedPart)
        return Failure{tr("The archive part %1 unpacks to %2 MiB; at most %3 MiB are read.")
                           .arg(name)
                           .arg(qint64(entry.size) / (1024 * 1024))
                           .arg(ImportLimits::kMaxInflatedPart / (1024 * 1024))};

    QByteArray out(qsizetype(entry.size), Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) // raw deflate, as ZIP stores it
        return Failure{tr("The archive part %1 cannot be unpacked.").arg(name)};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = inflate(&stream, Z_FINISH);
    const uLong produced = stream.total_out;
    inflateEnd(&stream);
    if (result == Z_BUF_ERROR && produced == entry.size)
        return Failure{tr("The archive part %1 unpacks to more than the %2 bytes its directory declares; "
                          "the file is damaged or not a real workbook.")
                           .arg(name)
                           .arg(entry.size)};
    if (result != Z_STREAM_END || produced != entry.size)
        return Failure{tr("The archive part %1 is damaged.").arg(name)};
    return out;
}

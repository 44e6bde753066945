#pragma once

#include "models/domain/result.h"
#include "models/io/texttable.h"

#include <QByteArray>
#include <QCoreApplication>

// CSV as Excel and WPS save it: UTF-8 with or without BOM, or GB18030/GBK on a Chinese
// Windows; comma-separated; fields quoted with "" when they hold commas, quotes or
// line breaks. Decoding and splitting are separate steps from what the rows mean.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // UTF-8 (BOM or valid UTF-8), otherwise GB18030 (a superset of GBK and GB2312).
    static Result<QString> decode(const QByteArray &bytes);
    // The first non-empty record is the header.
    static TextTable parse(const QString &text);
    static Result<TextTable> readFile(const QString &path);
};

// A resident roster (CSV, or XLSX when the input is a ZIP) through the import preview, which
// checks every row against the estate database and changes nothing.
#include "fuzzsupport.h"

#include "models/io/rosterimport.h"
#include "models/io/tablereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Database &db = Fuzz::database();
    const QByteArray input = Fuzz::bytes(data, size);
    const auto table = input.startsWith("PK") ? TableReader::readXlsxData(input) : TableReader::readCsv(input);
    if (!table)
        return 0;
    const auto preview = RosterImport(db).preview(Session::commandLine(), table.value(), QStringLiteral("fuzz.csv"));
    if (preview) {
        for (const RosterRow &row : preview->rows) {
            if (row.name.isEmpty() || row.room.isEmpty())
                std::abort(); // an accepted row has what is required
        }
    }
    return 0;
}

// Workbook bytes (a ZIP of XML parts) through the XLSX reader.
#include "fuzzsupport.h"

#include "models/io/importlimits.h"
#include "models/io/tablereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::application();
    const auto table = TableReader::readXlsxData(Fuzz::bytes(data, size));
    if (table) {
        for (const TableRow &row : table->rows) {
            if (row.cells.size() > ImportLimits::kMaxColumns)
                std::abort();
        }
    } else if (table.error().isEmpty()) {
        std::abort();
    }
    return 0;
}

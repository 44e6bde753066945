// CSV bytes through decoding and splitting, as every import reads a CSV file.
#include "fuzzsupport.h"

#include "models/io/importlimits.h"
#include "models/io/tablereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::application();
    const auto table = TableReader::readCsv(Fuzz::bytes(data, size));
    if (table) {
        if (table->rows.size() > ImportLimits::kMaxRows)
            std::abort();
        for (const TableRow &row : table->rows) {
            if (row.cells.size() > ImportLimits::kMaxColumns || row.line < 1)
                std::abort();
        }
    } else if (table.error().isEmpty()) {
        std::abort(); // a refusal always says why
    }
    return 0;
}

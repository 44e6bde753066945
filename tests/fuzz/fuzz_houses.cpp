// A house list (CSV, or XLSX when the input is a ZIP) through the import preview, which
// checks every row against the estate database and changes nothing (SPEC 9.5).
#include "fuzzsupport.h"

#include "models/io/houselistimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto preview = Fuzz::preview<HouseListImport>(data, size);
    if (preview) {
        for (const HouseListRow &row : preview->rows) {
            // An accepted row names its building and room (a house without units has no unit) and
            // has a sensible area.
            if (row.building.isEmpty() || row.room.isEmpty() || row.areaCenti < -1
                || row.areaCenti > 100000000)
                std::abort();
        }
    }
    return 0;
}

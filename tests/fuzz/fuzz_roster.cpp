// A resident roster (CSV, or XLSX when the input is a ZIP) through the import preview, which
// checks every row against the estate database and changes nothing.
#include "fuzzsupport.h"

#include "models/io/rosterimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto preview = Fuzz::preview<RosterImport>(data, size);
    if (preview) {
        for (const RosterRow &row : preview->rows) {
            if (row.name.isEmpty() || row.room.isEmpty())
                std::abort(); // an accepted row has what is required
        }
    }
    return 0;
}

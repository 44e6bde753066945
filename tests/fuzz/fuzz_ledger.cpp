// A repair or complaint ledger (CSV, or XLSX when the input is a ZIP) through a dry-run
// import: every row is checked and its deadlines computed, nothing is stored.
#include "fuzzsupport.h"

#include "models/io/ledgerimporter.h"
#include "models/repositories/requestrepository.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Database &db = Fuzz::database();
    static RequestRepository requests(db);
    const auto read = Fuzz::table(data, size);
    if (!read)
        return 0;
    const auto table = LedgerImporter::fromTable(read.value());
    if (!table)
        return 0;
    for (RequestKind kind : {RequestKind::Repair, RequestKind::Complaint}) {
        const auto report = LedgerImporter(db, requests).importTable(Session::commandLine(), kind, table.value(),
                                                                     QStringLiteral("fuzz.csv"), true);
        if (report && report->imported + report->alreadyPresent + report->rejected.size() > table->rows.size())
            std::abort(); // every row is counted once
    }
    return 0;
}

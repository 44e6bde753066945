// An arrears ledger 欠费台账 (CSV, or XLSX when the input is a ZIP) through the import preview
// against an estate with a house and a fee item; the preview changes nothing (SPEC 9.5).
#include "fuzzsupport.h"

#include "models/io/arrearsimport.h"
#include "models/repositories/feerepository.h"
#include "models/repositories/houserepository.h"

namespace {
// House 1-1-101 and the property fee WY, made once in the shared fuzz database, so that rows
// can be accepted and the checks behind acceptance are reached.
bool seedEstate(Database &db)
{
    const Session admin = Session::commandLine();
    if (!HouseRepository(db).ensureHouse(admin, QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("101")))
        std::abort();
    FeeItem item;
    item.code = QStringLiteral("WY");
    item.name = QStringLiteral("物业服务费");
    item.basis = FeeBasis::Fixed;
    item.cycle = FeeCycle::Month;
    item.rateCentiFen = 10000;
    item.firstMonth = QStringLiteral("2020-01");
    if (!FeeRepository(db).addItem(admin, item))
        std::abort();
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool seeded = seedEstate(Fuzz::database());
    (void)seeded;
    const auto preview = Fuzz::preview<ArrearsImport>(data, size);
    if (preview) {
        for (const ArrearsImportRow &row : preview->rows) {
            // An accepted row is a bill of a known house and item, paid no more than it asks.
            if (row.houseId <= 0 || row.itemId <= 0 || row.period.isEmpty() || !row.dueDate.isValid()
                || row.amountFen < 0 || row.paidFen < 0 || row.paidFen > row.amountFen)
                std::abort();
        }
    }
    return 0;
}

// A holiday schedule (holiday-cn JSON or iCalendar) through the parser the calendar import uses.
#include "fuzzsupport.h"

#include "models/io/holidayparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::application();
    const auto parsed = HolidayParser::parse(Fuzz::bytes(data, size));
    if (!parsed && parsed.error().isEmpty())
        std::abort();
    return 0;
}

#pragma once

#include <Qt>

// Custom item data roles shared by every EstateDesk model.
namespace ItemRoles {
enum : int {
    IdRole = Qt::UserRole + 1, // the record's database id
    SortRole,                  // a value that sorts right (instants as msecs, numbers as numbers)
    CodeRole,                  // the stored code behind a translated text ("admin", "login")
};
}

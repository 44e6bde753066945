#pragma once

#include <Qt>

// Custom item data roles shared by every EstateDesk model.
namespace ItemRoles {
enum : int {
    IdRole = Qt::UserRole + 1, // the record's database id
    SortRole,                  // a value that sorts right (instants as msecs, numbers as numbers)
    CodeRole,                  // the stored code behind a translated text ("admin", "login")
    TimerStateRole,            // int(TimerState) of a request's timer
    DueRole,                   // the instant (UTC QDateTime) a timer runs to
    MsecsLeftRole,             // qint64 ms left to that instant, negative once overdue
    EscalatedRole,             // bool: overdue, to be shown to the managers
    RowVersionRole,            // int: the version to pass back with a change (optimistic locking)
    SourceRole,                // int(BoardSource) of a timer board line
    RaisedToMeRole,            // bool: a repeated non-conformity raised to the user looking
};
}

#pragma once

#include "models/domain/result.h"

class Database;

// Rolls back unless commit() was called. Nested scopes join the outer one;
// a rolled-back inner scope dooms the whole transaction.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    Database &m_db;
    bool m_active = false; // started, and neither committed nor rolled back
    bool m_open = true;    // this scope still counts in the database's nesting
};

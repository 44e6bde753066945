#pragma once

#include "models/domain/inspection.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>

class Database;

// Checklist templates 检查表, versioned: saving a template inserts a new version and the
// old one stays for the runs that used it. Only managers (and the administrator) edit.
class ChecklistTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistTemplateRepository)

public:
    explicit ChecklistTemplateRepository(Database &db) : m_db(db), m_audit(db) {}

    // The current version of every template, by code, without items.
    Result<QList<ChecklistTemplate>> currentTemplates(const Session &who) const;
    // One version with its items.
    Result<ChecklistTemplate> byId(const Session &who, qint64 templateId) const;
    Result<ChecklistTemplate> current(const Session &who, const QString &code) const;
    Result<QList<ChecklistTemplate>> versions(const Session &who, const QString &code) const;

    // Saves tpl as the next version of tpl.code (the first if the code is new). Items keep
    // their itemKey; new items (itemKey 0) get fresh keys. Returns the new version's id.
    Result<qint64> saveVersion(const Session &who, ChecklistTemplate tpl);

    // The item count of a template version, for listings.
    Result<int> itemCount(qint64 templateId) const;

private:
    Status canRead(const Session &who) const;
    Result<ChecklistTemplate> load(qint64 templateId) const;

    Database &m_db;
    mutable AuditLog m_audit;
};

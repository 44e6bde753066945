#include "models/repositories/checklisttemplaterepository.h"

#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/repositories/recordsupport.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace RecordSupport;

namespace {
const QString kEntity = QStringLiteral("inspection_template");
// A template's header (headerFrom), with the condition appended.
const QString kSelectHeader = QStringLiteral(
    "SELECT id, code, version, name, category, is_current, created_at, created_by FROM inspection_templates ");

ChecklistTemplate headerFrom(const Query &q)
{
    ChecklistTemplate t;
    t.id = q.value(0).toLongLong();
    t.code = q.value(1).toString();
    t.version = q.value(2).toInt();
    t.name = q.value(3).toString();
    t.category = q.value(4).toString();
    t.current = q.value(5).toInt() != 0;
    t.createdAt = fromStored(q.value(6).toLongLong());
    t.createdBy = q.value(7).toString();
    return t;
}

} // namespace

Status ChecklistTemplateRepository::canRead(const Session &who) const
{
    if (AuditLog::allows(m_db, who, Permission::ManageLimitsAndTemplates))
        return {};
    return m_audit.require(who, Permission::RunInspections, kEntity);
}

Result<QList<ChecklistTemplate>> ChecklistTemplateRepository::currentTemplates(const Session &who) const
{
    if (Status s = canRead(who); !s)
        return Failure{s.error()};
    Query q(m_db, kSelectHeader + QStringLiteral("WHERE is_current = 1 ORDER BY code"));
    return q.rows([](Query &row) { return headerFrom(row); });
}

Result<ChecklistTemplate> ChecklistTemplateRepository::load(qint64 templateId) const
{
    Query q(m_db, kSelectHeader + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), templateId);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no such checklist template.")};
    ChecklistTemplate t = headerFrom(q);
    q.finish();
    Query items(m_db, QStringLiteral("SELECT id, position, item_key, text, sampling_rule, criterion "
                                     "FROM inspection_template_items WHERE template_id = :id ORDER BY position"));
    items.bind(QStringLiteral(":id"), templateId);
    if (Status s = items.exec(); !s)
        return Failure{s.error()};
    while (items.next()) {
        ChecklistItem item;
        item.id = items.value(0).toLongLong();
        item.position = items.value(1).toInt();
        item.itemKey = items.value(2).toInt();
        item.text = items.value(3).toString();
        item.samplingRule = items.value(4).toString();
        item.criterion = items.value(5).toString();
        t.items << item;
    }
    return t;
}

Result<ChecklistTemplate> ChecklistTemplateRepository::byId(const Session &who, qint64 templateId) const
{
    if (Status s = canRead(who); !s)
        return Failure{s.error()};
    return load(templateId);
}

Result<ChecklistTemplate> ChecklistTemplateRepository::current(const Session &who, const QString &code) const
{
    if (Status s = canRead(who); !s)
        return Failure{s.error()};
    Query q(m_db, QStringLiteral("SELECT id FROM inspection_templates WHERE code = :code AND is_current = 1"));
    q.bind(QStringLiteral(":code"), code);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no checklist template %1.").arg(code)};
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return load(id);
}

Result<QList<ChecklistTemplate>> ChecklistTemplateRepository::versions(const Session &who, const QString &code) const
{
    if (Status s = canRead(who); !s)
        return Failure{s.error()};
    Query q(m_db, kSelectHeader + QStringLiteral("WHERE code = :code ORDER BY version DESC"));
    q.bind(QStringLiteral(":code"), code);
    return q.rows([](Query &row) { return headerFrom(row); });
}

Result<int> ChecklistTemplateRepository::itemCount(qint64 templateId) const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM inspection_template_items WHERE template_id = :id"));
    q.bind(QStringLiteral(":id"), templateId);
    const auto n = q.scalar();
    if (!n)
        return Failure{n.error()};
    return int(n.value());
}

Result<qint64> ChecklistTemplateRepository::saveVersion(const Session &who, ChecklistTemplate tpl)
{
    return GuardedWrite::runFor<qint64>(m_db, who, Permission::ManageLimitsAndTemplates, kEntity,
                                        [&](qint64 &out) -> Result<GuardedWrite::AuditRow> {
        static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
        tpl.code = tpl.code.trimmed();
        tpl.name = tpl.name.simplified();
        if (!codePattern.match(tpl.code).hasMatch())
            return Failure{tr("Code: use lower-case letters, digits and underscores, starting with a letter.")};
        if (tpl.name.isEmpty())
            return Failure{tr("Name: the checklist needs a name.")};
        QList<ChecklistItem> items;
        for (ChecklistItem item : std::as_const(tpl.items)) {
            item.text = item.text.trimmed();
            item.samplingRule = item.samplingRule.trimmed();
            item.criterion = item.criterion.trimmed();
            if (item.text.isEmpty() && item.samplingRule.isEmpty() && item.criterion.isEmpty())
                continue; // an empty row left in the editor
            if (item.text.isEmpty())
                return Failure{tr("Items: item %1 has no text.").arg(items.size() + 1)};
            items << item;
        }
        if (items.isEmpty())
            return Failure{tr("Items: a checklist needs at least one item.")};

        Query last(m_db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM inspection_templates WHERE code = :code"));
        last.bind(QStringLiteral(":code"), tpl.code);
        const auto version = last.scalar();
        if (!version)
            return Failure{version.error()};
        Query keys(m_db, QStringLiteral("SELECT COALESCE(MAX(i.item_key), 0) FROM inspection_template_items i "
                                        "JOIN inspection_templates t ON t.id = i.template_id WHERE t.code = :code"));
        keys.bind(QStringLiteral(":code"), tpl.code);
        const auto maxKey = keys.scalar();
        if (!maxKey)
            return Failure{maxKey.error()};
        Query retire(m_db, QStringLiteral("UPDATE inspection_templates SET is_current = 0 WHERE code = :code"));
        retire.bind(QStringLiteral(":code"), tpl.code);
        if (Status s = retire.exec(); !s)
            return Failure{s.error()};
        const int newVersion = int(version.value()) + 1;
        const QString by = who.displayName.isEmpty() ? who.username : who.displayName;
        Query insert(m_db, QStringLiteral("INSERT INTO inspection_templates (code, version, name, category, is_current, "
                                          "created_at, created_by) VALUES (:code, :version, :name, :category, 1, :at, :by) "
                                          "RETURNING id"));
        insert.bind(QStringLiteral(":code"), tpl.code).bind(QStringLiteral(":version"), newVersion);
        insert.bind(QStringLiteral(":name"), tpl.name).bind(QStringLiteral(":category"), notNull(tpl.category));
        insert.bind(QStringLiteral(":at"), toStored(m_db.clock().now())).bind(QStringLiteral(":by"), by);
        const auto id = insert.scalar();
        if (!id)
            return Failure{id.error()};
        int nextKey = int(maxKey.value());
        QJsonArray itemsJson;
        for (int i = 0; i < items.size(); ++i) {
            const ChecklistItem &item = items.at(i);
            const int key = item.itemKey > 0 ? item.itemKey : ++nextKey;
            Query row(m_db, QStringLiteral("INSERT INTO inspection_template_items (template_id, position, item_key, text, "
                                           "sampling_rule, criterion) VALUES (:t, :pos, :key, :text, :rule, :crit)"));
            row.bind(QStringLiteral(":t"), id.value()).bind(QStringLiteral(":pos"), i + 1);
            row.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":text"), item.text);
            row.bind(QStringLiteral(":rule"), notNull(item.samplingRule)).bind(QStringLiteral(":crit"), notNull(item.criterion));
            if (Status s = row.exec(); !s)
                return Failure{s.error()};
            itemsJson.append(QJsonObject{{QStringLiteral("key"), key},
                                         {QStringLiteral("text"), item.text},
                                         {QStringLiteral("sampling"), item.samplingRule},
                                         {QStringLiteral("criterion"), item.criterion}});
        }
        const QString detail = json(QJsonObject{{QStringLiteral("name"), tpl.name},
                                                {QStringLiteral("category"), tpl.category},
                                                {QStringLiteral("items"), itemsJson}});
        out = id.value();
        return GuardedWrite::AuditRow{QStringLiteral("template_saved"), kEntity,
                                      QStringLiteral("%1 v%2").arg(tpl.code).arg(newVersion),
                                      version.value() > 0 ? QStringLiteral("v%1").arg(version.value()) : QString(),
                                      QStringLiteral("v%1").arg(newVersion), detail};
    });
}

#include "dialogs/ledgerimportdialog.h"

#include <QFileInfo>
#include <QLabel>

LedgerImportDialog::LedgerImportDialog(LedgerImporter &importer, const Session &actor, RequestKind kind,
                                       QWidget *parent)
    : ImportPreviewDialog(kind == RequestKind::Repair ? tr("Import a repair ledger") : tr("Import a complaint ledger"),
                          {tr("Line"), tr("Reason")}, parent),
      m_importer(importer), m_actor(actor), m_kind(kind)
{
}

bool LedgerImportDialog::load(const QString &path)
{
    const auto preview = m_importer.importFile(m_actor, m_kind, path, true);
    if (!preview) {
        showError(preview.error());
        return false;
    }
    m_path = path;
    m_preview = preview.value();
    summary()->setText(tr("%1: %2 row(s) can be imported, %3 row(s) are already on file and %4 row(s) are rejected "
                          "and listed below. Imported requests get their deadlines from the limits in force.")
                           .arg(QFileInfo(path).fileName())
                           .arg(m_preview.imported)
                           .arg(m_preview.alreadyPresent)
                           .arg(m_preview.rejected.size()));
    QList<QStringList> issues;
    for (const ImportRejection &r : std::as_const(m_preview.rejected))
        issues.append({QString::number(r.line), r.reason});
    showIssues(issues, tr("Import %n row(s)", nullptr, m_preview.imported), m_preview.imported > 0);
    return true;
}

void LedgerImportDialog::accept()
{
    runImport(tr("Importing the ledger…"), [&] { return m_importer.importFile(m_actor, m_kind, m_path); }, m_result);
}

#include "dialogs/rosterimportdialog.h"

#include <QLabel>

RosterImportDialog::RosterImportDialog(RosterImport &import, const Session &actor, QWidget *parent)
    : ImportPreviewDialog(tr("Import a resident roster"), {tr("Line"), tr("Kind"), tr("Reason")}, parent),
      m_import(import), m_actor(actor)
{
}

bool RosterImportDialog::load(const QString &path)
{
    const auto preview = m_import.preview(m_actor, path);
    if (!preview) {
        showError(preview.error());
        return false;
    }
    m_preview = preview.value();
    summary()->setText(tr("%1 (%2): %3 row(s) can be imported, %4 row(s) are rejected and listed below. "
                          "Rows already on file are not added again.")
                           .arg(m_preview.fileName, m_preview.encoding)
                           .arg(m_preview.rows.size())
                           .arg(m_preview.rejected.size()));
    QList<QStringList> issues;
    for (const RosterIssue &issue : std::as_const(m_preview.rejected))
        issues.append({QString::number(issue.line), tr("Rejected"), issue.message});
    for (const RosterIssue &issue : std::as_const(m_preview.warnings))
        issues.append({QString::number(issue.line), tr("Warning"), issue.message});
    showIssues(issues, tr("Import %n row(s)", nullptr, int(m_preview.rows.size())), !m_preview.rows.isEmpty());
    return true;
}

void RosterImportDialog::accept()
{
    runImport(tr("Importing the residents…"), [&] { return m_import.commit(m_actor, m_preview); }, m_result);
}

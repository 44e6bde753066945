#include "dialogs/rosterimportdialog.h"
#include "dialogs/busyprogress.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RosterImportDialog::RosterImportDialog(RosterImport &import, const Session &actor, QWidget *parent)
    : FormDialog(parent), m_import(import), m_actor(actor), m_summary(new QLabel(this)), m_issues(new QTableWidget(this))
{
    setWindowTitle(tr("Import a resident roster"));
    setAsksBeforeDiscarding(false); // closing loses nothing worth a question
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_issues->setObjectName(QStringLiteral("issues"));
    m_issues->setColumnCount(3);
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Kind"), tr("Reason")});
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setWordWrap(true);
    formLayout()->addWidget(m_summary);
    formLayout()->addWidget(m_issues);
    finishLayout();
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(false);
    resize(760, 480);
}

bool RosterImportDialog::load(const QString &path)
{
    const auto preview = m_import.preview(m_actor, path);
    if (!preview) {
        showError(preview.error());
        return false;
    }
    m_preview = preview.value();
    m_summary->setText(tr("%1 (%2): %3 row(s) can be imported, %4 row(s) are rejected and listed below. "
                          "Rows already on file are not added again.")
                           .arg(m_preview.fileName, m_preview.encoding)
                           .arg(m_preview.rows.size())
                           .arg(m_preview.rejected.size()));
    m_issues->setRowCount(int(m_preview.rejected.size() + m_preview.warnings.size()));
    int row = 0;
    auto addIssue = [&](const RosterIssue &issue, const QString &kind) {
        m_issues->setItem(row, 0, new QTableWidgetItem(QString::number(issue.line)));
        m_issues->setItem(row, 1, new QTableWidgetItem(kind));
        m_issues->setItem(row, 2, new QTableWidgetItem(issue.message));
        ++row;
    };
    for (const RosterIssue &issue : std::as_const(m_preview.rejected))
        addIssue(issue, tr("Rejected"));
    for (const RosterIssue &issue : std::as_const(m_preview.warnings))
        addIssue(issue, tr("Warning"));
    m_issues->resizeColumnsToContents();
    m_issues->horizontalHeader()->setStretchLastSection(true);
    auto *ok = buttons()->button(QDialogButtonBox::Ok);
    ok->setText(tr("Import %n row(s)", nullptr, int(m_preview.rows.size())));
    ok->setEnabled(!m_preview.rows.isEmpty());
    return true;
}

void RosterImportDialog::accept()
{
    const auto result = [&] {
        BusyProgress progress(this, tr("Importing the residents…"));
        return m_import.commit(m_actor, m_preview);
    }();
    if (!result) {
        showError(result.error());
        return;
    }
    m_result = result.value();
    FormDialog::accept();
}

#include "dialogs/ledgerimportdialog.h"
#include "dialogs/busyprogress.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

LedgerImportDialog::LedgerImportDialog(LedgerImporter &importer, const Session &actor, RequestKind kind,
                                       QWidget *parent)
    : FormDialog(parent), m_importer(importer), m_actor(actor), m_kind(kind), m_summary(new QLabel(this)),
      m_issues(new QTableWidget(this))
{
    setWindowTitle(kind == RequestKind::Repair ? tr("Import a repair ledger") : tr("Import a complaint ledger"));
    setAsksBeforeDiscarding(false); // closing loses nothing worth a question
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_issues->setObjectName(QStringLiteral("issues"));
    m_issues->setColumnCount(2);
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
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

bool LedgerImportDialog::load(const QString &path)
{
    const auto preview = m_importer.importFile(m_actor, m_kind, path, true);
    if (!preview) {
        showError(preview.error());
        return false;
    }
    m_path = path;
    m_preview = preview.value();
    m_summary->setText(tr("%1: %2 row(s) can be imported, %3 row(s) are already on file and %4 row(s) are rejected "
                          "and listed below. Imported requests get their deadlines from the limits in force.")
                           .arg(QFileInfo(path).fileName())
                           .arg(m_preview.imported)
                           .arg(m_preview.alreadyPresent)
                           .arg(m_preview.rejected.size()));
    m_issues->setRowCount(int(m_preview.rejected.size()));
    int row = 0;
    for (const ImportRejection &r : std::as_const(m_preview.rejected)) {
        m_issues->setItem(row, 0, new QTableWidgetItem(QString::number(r.line)));
        m_issues->setItem(row, 1, new QTableWidgetItem(r.reason));
        ++row;
    }
    m_issues->resizeColumnsToContents();
    m_issues->horizontalHeader()->setStretchLastSection(true);
    auto *ok = buttons()->button(QDialogButtonBox::Ok);
    ok->setText(tr("Import %n row(s)", nullptr, m_preview.imported));
    ok->setEnabled(m_preview.imported > 0);
    return true;
}

void LedgerImportDialog::accept()
{
    const auto result = [&] {
        BusyProgress progress(this, tr("Importing the ledger…"));
        return m_importer.importFile(m_actor, m_kind, m_path);
    }();
    if (!result) {
        showError(result.error());
        return;
    }
    m_result = result.value();
    FormDialog::accept();
}

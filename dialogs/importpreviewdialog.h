#pragma once

#include "dialogs/busyprogress.h"
#include "dialogs/formdialog.h"

#include <QList>
#include <QStringList>

class QLabel;
class QTableWidget;

// What the import dialogs share: a summary above a table of the rows with something to say
// (their line, the reason), OK enabled once a file with rows to import is loaded, and the
// import itself run under a progress bar, the dialog staying open with the reason when it fails.
class ImportPreviewDialog : public FormDialog
{
    Q_OBJECT

protected:
    ImportPreviewDialog(const QString &title, const QStringList &issueHeaders, QWidget *parent);

    QLabel *summary() const { return m_summary; }
    // Fills the table (one list of cells a row) and names OK after what it imports.
    void showIssues(const QList<QStringList> &rows, const QString &okText, bool canImport);

    // Runs the import under a progress bar saying busyText; on success keeps its result in
    // out and closes the dialog as accepted.
    template<typename T, typename Run>
    void runImport(const QString &busyText, Run run, T &out)
    {
        const auto result = [&] {
            BusyProgress progress(this, busyText);
            return run();
        }();
        if (!result) {
            showError(result.error());
            return;
        }
        out = result.value();
        FormDialog::accept();
    }

private:
    QLabel *m_summary;
    QTableWidget *m_issues;
};

#pragma once

#include "dialogs/importpreviewdialog.h"
#include "models/domain/session.h"
#include "models/io/rosterimport.h"

// The preview of a roster import: what will come in, and every rejected row with its
// line and reason. OK imports the valid rows in one transaction; nothing else is touched.
class RosterImportDialog : public ImportPreviewDialog
{
    Q_OBJECT

public:
    RosterImportDialog(RosterImport &import, const Session &actor, QWidget *parent = nullptr);

    // Reads the file and fills the preview; false (with the reason shown) when it cannot be read.
    bool load(const QString &path);
    const RosterPreview &preview() const { return m_preview; }
    RosterImportResult importResult() const { return m_result; }
    void accept() override;

private:
    RosterImport &m_import;
    Session m_actor;
    RosterPreview m_preview;
    RosterImportResult m_result;
};

#pragma once

#include "dialogs/importpreviewdialog.h"
#include "models/domain/servicerequest.h"
#include "models/domain/session.h"
#include "models/io/ledgerimporter.h"

// The preview of a historical ledger import (SPEC 9.2): how many rows will come in, how
// many are already on file, and every rejected row with its line and reason. OK imports
// the good rows in one transaction.
class LedgerImportDialog : public ImportPreviewDialog
{
    Q_OBJECT

public:
    LedgerImportDialog(LedgerImporter &importer, const Session &actor, RequestKind kind, QWidget *parent = nullptr);

    bool load(const QString &path);
    const ImportReport &preview() const { return m_preview; }
    const ImportReport &result() const { return m_result; }
    void accept() override;

private:
    LedgerImporter &m_importer;
    Session m_actor;
    RequestKind m_kind;
    QString m_path;
    ImportReport m_preview;
    ImportReport m_result;
};

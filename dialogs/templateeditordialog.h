#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/inspection.h"
#include "models/domain/session.h"

class ChecklistTemplateRepository;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// The checklist template editor (managers): saving makes a new version; runs keep theirs.
class TemplateEditorDialog : public FormDialog
{
    Q_OBJECT

public:
    TemplateEditorDialog(ChecklistTemplateRepository &repository, const Session &actor, const QString &code,
                         QWidget *parent = nullptr);
    void accept() override;
    void load(const QString &code);
    void addItem(const QString &text = {}, const QString &sampling = {}, const QString &criterion = {});
    QTableWidget *itemTable() const { return m_items; }
    qint64 savedId() const { return m_savedId; }

private:
    void removeItem();
    void moveItem(int delta);

    ChecklistTemplateRepository &m_repository;
    Session m_actor;
    QComboBox *m_code;
    QLineEdit *m_name;
    QLineEdit *m_category;
    QLabel *m_version;
    QTableWidget *m_items;
    qint64 m_savedId = 0;
};

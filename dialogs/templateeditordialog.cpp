#include "dialogs/templateeditordialog.h"

#include "models/repositories/checklisttemplaterepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TemplateEditorDialog::TemplateEditorDialog(ChecklistTemplateRepository &repository, const Session &actor,
                                           const QString &code, QWidget *parent)
    : FormDialog(parent), m_repository(repository), m_actor(actor), m_code(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_category(new QLineEdit(this)), m_version(new QLabel(this)),
      m_items(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Checklist templates"));
    m_code->setObjectName(QStringLiteral("templateCode"));
    m_name->setObjectName(QStringLiteral("templateName"));
    m_items->setObjectName(QStringLiteral("templateItems"));
    m_code->setEditable(true);
    if (const auto list = repository.currentTemplates(actor)) {
        for (const ChecklistTemplate &t : list.value())
            m_code->addItem(t.code);
    }
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Sampling"), tr("Pass criterion")});
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_items->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add item"), this);
    auto *remove = new QPushButton(tr("&Remove item"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    auto *rowButtons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down}) {
        b->setAutoDefault(false);
        rowButtons->addWidget(b);
    }
    rowButtons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("Version:"), m_version);
    formLayout()->addLayout(form);
    formLayout()->addWidget(m_items, 1);
    formLayout()->addLayout(rowButtons);
    registerField(m_code, {QStringLiteral("Code"), tr("Code")});
    registerField(m_name, {QStringLiteral("Name"), tr("Name")});
    registerField(m_items, {QStringLiteral("Items"), tr("Items")});
    finishLayout();

    connect(add, &QPushButton::clicked, this, [this] { addItem(); });
    connect(remove, &QPushButton::clicked, this, &TemplateEditorDialog::removeItem);
    connect(up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveItem(1); });
    connect(m_code, &QComboBox::textActivated, this, &TemplateEditorDialog::load);
    m_code->setCurrentText(code);
    load(code);
    resize(900, 640);
}

void TemplateEditorDialog::load(const QString &code)
{
    clearError();
    m_items->setRowCount(0);
    const auto tpl = m_repository.current(m_actor, code);
    if (!tpl) {
        m_version->setText(tr("new checklist"));
        m_name->clear();
        return;
    }
    m_name->setText(tpl->name);
    m_category->setText(tpl->category);
    m_version->setText(tr("%1 (saving makes version %2)").arg(tpl->version).arg(tpl->version + 1));
    for (const ChecklistItem &item : tpl->items) {
        addItem(item.text, item.samplingRule, item.criterion);
        m_items->item(m_items->rowCount() - 1, 0)->setData(Qt::UserRole, item.itemKey);
    }
}

void TemplateEditorDialog::addItem(const QString &text, const QString &sampling, const QString &criterion)
{
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    m_items->setItem(row, 0, new QTableWidgetItem(text));
    m_items->setItem(row, 1, new QTableWidgetItem(sampling));
    m_items->setItem(row, 2, new QTableWidgetItem(criterion));
    m_items->item(row, 0)->setData(Qt::UserRole, 0);
}

void TemplateEditorDialog::removeItem()
{
    if (m_items->currentRow() >= 0)
        m_items->removeRow(m_items->currentRow());
}

void TemplateEditorDialog::moveItem(int delta)
{
    const int row = m_items->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_items->rowCount())
        return;
    for (int column = 0; column < m_items->columnCount(); ++column) {
        QTableWidgetItem *a = m_items->takeItem(row, column);
        QTableWidgetItem *b = m_items->takeItem(target, column);
        m_items->setItem(row, column, b);
        m_items->setItem(target, column, a);
    }
    m_items->setCurrentCell(target, m_items->currentColumn());
}

void TemplateEditorDialog::accept()
{
    ChecklistTemplate tpl;
    tpl.code = m_code->currentText();
    tpl.name = m_name->text();
    tpl.category = m_category->text();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        ChecklistItem item;
        auto text = [&](int column) { return m_items->item(row, column) ? m_items->item(row, column)->text() : QString(); };
        item.text = text(0);
        item.samplingRule = text(1);
        item.criterion = text(2);
        item.itemKey = m_items->item(row, 0) ? m_items->item(row, 0)->data(Qt::UserRole).toInt() : 0;
        tpl.items << item;
    }
    const auto saved = m_repository.saveVersion(m_actor, tpl);
    if (!saved) {
        showFieldError(saved.error());
        return;
    }
    m_savedId = saved.value();
    FormDialog::accept();
}

#include "dialogs/importpreviewdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportPreviewDialog::ImportPreviewDialog(const QString &title, const QStringList &issueHeaders, QWidget *parent)
    : FormDialog(parent), m_summary(new QLabel(this)), m_issues(new QTableWidget(this))
{
    setWindowTitle(title);
    setAsksBeforeDiscarding(false); // closing loses nothing worth a question
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_issues->setObjectName(QStringLiteral("issues"));
    m_issues->setColumnCount(int(issueHeaders.size()));
    m_issues->setHorizontalHeaderLabels(issueHeaders);
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

void ImportPreviewDialog::showIssues(const QList<QStringList> &rows, const QString &okText, bool canImport)
{
    m_issues->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList &cells = rows.at(row);
        for (int column = 0; column < cells.size(); ++column)
            m_issues->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_issues->resizeColumnsToContents();
    m_issues->horizontalHeader()->setStretchLastSection(true);
    auto *ok = buttons()->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    ok->setEnabled(canImport);
}

#include "dialogs/reasondialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(const QString &title, const QString &question,
                           std::function<Status(const QString &)> action, QWidget *parent)
    : FormDialog(parent), m_action(std::move(action)), m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaximumHeight(90);
    formLayout()->addWidget(label);
    formLayout()->addWidget(m_reason);
    finishLayout();
    setMinimumWidth(400);
}

void ReasonDialog::accept()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        showError(tr("Reason: required."), m_reason);
        return;
    }
    if (Status s = m_action(reason); !s) {
        showError(s.error(), m_reason);
        return;
    }
    FormDialog::accept();
}

#include "dialogs/formdialog.h"

#include "dialogs/dialogkeys.h"
#include "models/repositories/userrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent), m_layout(new QVBoxLayout), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    DialogKeys::install(this);
}

void FormDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        m_openedState = DialogKeys::fieldState(this);
    }
}

bool FormDialog::isFilledIn() const
{
    return m_shown && DialogKeys::fieldState(this) != m_openedState;
}

void FormDialog::reject()
{
    if (m_asksBeforeDiscarding && isVisible() && isFilledIn()) {
        QMessageBox ask(QMessageBox::Question, windowTitle(), tr("Discard what was typed in this form?"),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("discardQuestion"));
        ask.button(QMessageBox::Discard)->setText(tr("&Discard"));
        ask.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
        ask.setDefaultButton(QMessageBox::Cancel); // Esc twice by mistake keeps the form
        if (ask.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void FormDialog::followTheClock(std::function<void()> update)
{
    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, std::move(update));
    timer->start();
}

void FormDialog::finishLayout()
{
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(m_layout);
    outer->addWidget(m_error);
    outer->addWidget(m_buttons);
    // The buttons were made first, before the subclass's fields: put them last in the tab order.
    QWidget *last = nullptr;
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (isAncestorOf(w) && !m_buttons->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            last = w;
    }
    if (last) {
        for (QAbstractButton *button : m_buttons->buttons()) {
            QWidget::setTabOrder(last, button);
            last = button;
        }
    }
}

QString FormDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void FormDialog::showError(const QString &message, QWidget *field)
{
    clearError();
    m_error->setText(message);
    m_error->show();
    if (field) {
        m_marked = field;
        field->setStyleSheet(QStringLiteral("border: 2px solid #b3261e;"));
        field->setFocus(Qt::OtherFocusReason);
    }
}

void FormDialog::clearError()
{
    m_error->clear();
    m_error->hide();
    if (m_marked) {
        m_marked->setStyleSheet(QString());
        m_marked = nullptr;
    }
}

FormDialog::PasswordPair FormDialog::addPasswordRows(QFormLayout *form, const QString &label)
{
    PasswordPair pair{new QLineEdit(this), new QLineEdit(this)};
    pair.password->setObjectName(QStringLiteral("password"));
    pair.confirm->setObjectName(QStringLiteral("confirm"));
    pair.password->setEchoMode(QLineEdit::Password);
    pair.confirm->setEchoMode(QLineEdit::Password);
    form->addRow(label, pair.password);
    form->addRow(tr("&Repeat password:"), pair.confirm);
    return pair;
}

bool FormDialog::checkPasswordPair(const PasswordPair &pair)
{
    if (Status s = UserRepository::checkPassword(pair.password->text()); !s) {
        showError(s.error(), pair.password);
        return false;
    }
    if (pair.confirm->text() != pair.password->text()) {
        showError(tr("Repeat password: the two passwords differ."), pair.confirm);
        return false;
    }
    return true;
}

bool FormDialog::checkNewAccount(QLineEdit *username, QLineEdit *fullName, const QString &fullNameMissing,
                                 const PasswordPair &pair)
{
    if (Status s = UserRepository::checkUsername(username->text().trimmed()); !s) {
        showError(s.error(), username);
        return false;
    }
    if (fullName->text().trimmed().isEmpty()) {
        showError(fullNameMissing, fullName);
        return false;
    }
    return checkPasswordPair(pair);
}

void FormDialog::registerField(QWidget *field, const QStringList &names)
{
    m_fields.append({names, field});
}

void FormDialog::showFieldError(const QString &message)
{
    qsizetype colon = message.indexOf(QLatin1Char(':'));
    const qsizetype wide = message.indexOf(QChar(0xFF1A)); // full-width colon
    if (colon < 0 || (wide >= 0 && wide < colon))
        colon = wide;
    const QString prefix = colon > 0 ? message.left(colon).trimmed() : QString();
    for (const auto &[names, field] : std::as_const(m_fields)) {
        if (!prefix.isEmpty() && names.contains(prefix, Qt::CaseInsensitive)) {
            showError(message, field);
            return;
        }
    }
    showError(message);
}

bool FormDialog::askToReload(const QString &reason, const QString &question, const QString &otherAnswer)
{
    QMessageBox ask(QMessageBox::Question, windowTitle(), reason + QStringLiteral("\n\n") + question,
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("reloadQuestion"));
    QPushButton *reload = ask.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reload"));
    ask.addButton(otherAnswer, QMessageBox::RejectRole)->setObjectName(QStringLiteral("keepInput"));
    ask.exec();
    return ask.clickedButton() == reload;
}

#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QLabel;
class QVBoxLayout;

// A dialog that validates in accept(): on a refusal it stays open with the
// user's input intact, says which field is wrong and why, and marks that field.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(QWidget *parent = nullptr);

    QString errorText() const;
    // Esc, Cancel and the window's X on a form with something typed or chosen ask first.
    void reject() override;
    // Whether the fields differ from how the dialog opened.
    bool isFilledIn() const;

protected:
    // Subclasses put their form in formLayout() and the buttons are added below.
    QVBoxLayout *formLayout() const { return m_layout; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    void finishLayout();

    void showError(const QString &message, QWidget *field = nullptr);
    // After a stale save: "<reason>\n\n<question>" with Reload and the other answer; true for
    // Reload. The buttons are named "reload" and "keepInput", the box "reloadQuestion".
    bool askToReload(const QString &reason, const QString &question, const QString &otherAnswer);

    // Names a field goes by in the data layer's messages ("Mobile: ..."), so that a
    // refusal marks the right widget. Matched against the text before the first colon.
    void registerField(QWidget *field, const QStringList &names);
    void showFieldError(const QString &message);
    // Runs update every second while the dialog is open: previews that depend on "now"
    // (deadlines, the verdict of a time still following the clock) stay true as time passes.
    void followTheClock(std::function<void()> update);
    // A dialog whose closing loses nothing (a sign-in, a read-only preview) closes without asking.
    void setAsksBeforeDiscarding(bool ask) { m_asksBeforeDiscarding = ask; }
    void showEvent(QShowEvent *event) override;

    // The "password" and "repeat password" rows shared by the account dialogs.
    struct PasswordPair
    {
        QLineEdit *password = nullptr;
        QLineEdit *confirm = nullptr;
    };
    PasswordPair addPasswordRows(QFormLayout *form, const QString &label);
    // Shows the reason and returns false when the pair is not an acceptable new password.
    bool checkPasswordPair(const PasswordPair &pair);
    // A new account's fields: the user name, the full name (fullNameMissing when it is empty) and
    // the password pair. Shows the first reason on its field and returns false when one is wrong.
    bool checkNewAccount(QLineEdit *username, QLineEdit *fullName, const QString &fullNameMissing,
                         const PasswordPair &pair);
    void clearError();

private:
    QVBoxLayout *m_layout;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QWidget *m_marked = nullptr;
    QList<QPair<QStringList, QWidget *>> m_fields;
    QString m_openedState;
    bool m_shown = false;
    bool m_asksBeforeDiscarding = true;
};

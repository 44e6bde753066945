#pragma once

#include <QDialog>

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

protected:
    // Subclasses put their form in formLayout() and the buttons are added below.
    QVBoxLayout *formLayout() const { return m_layout; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    void finishLayout();

    void showError(const QString &message, QWidget *field = nullptr);

    // Names a field goes by in the data layer's messages ("Mobile: ..."), so that a
    // refusal marks the right widget. Matched against the text before the first colon.
    void registerField(QWidget *field, const QStringList &names);
    void showFieldError(const QString &message);

    // The "password" and "repeat password" rows shared by the account dialogs.
    struct PasswordPair
    {
        QLineEdit *password = nullptr;
        QLineEdit *confirm = nullptr;
    };
    PasswordPair addPasswordRows(QFormLayout *form, const QString &label);
    // Shows the reason and returns false when the pair is not an acceptable new password.
    bool checkPasswordPair(const PasswordPair &pair);
    void clearError();

private:
    QVBoxLayout *m_layout;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QWidget *m_marked = nullptr;
    QList<QPair<QStringList, QWidget *>> m_fields;
};

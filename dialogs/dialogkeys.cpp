#include "dialogs/dialogkeys.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextEdit>

namespace {

bool inButtonBox(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QDialogButtonBox *>(p))
            return true;
    }
    return false;
}

// Ctrl+Tab types the tab that Tab no longer does.
class CtrlTabInserts final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_Tab || key->modifiers() != Qt::ControlModifier)
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // ours, not a shortcut's
            return false;
        }
        if (auto *plain = qobject_cast<QPlainTextEdit *>(watched); plain && !plain->isReadOnly())
            plain->insertPlainText(QStringLiteral("\t"));
        else if (auto *rich = qobject_cast<QTextEdit *>(watched); rich && !rich->isReadOnly())
            rich->insertPlainText(QStringLiteral("\t"));
        return true;
    }
};

class FirstShow final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && !m_done) {
            m_done = true;
            auto *root = static_cast<QWidget *>(watched);
            DialogKeys::prepareTextEdits(root);
            DialogKeys::focusFirstField(root);
        }
        return false;
    }

private:
    bool m_done = false;
};

class ResultKeys final : public QObject
{
public:
    ResultKeys(QLineEdit *search, QAbstractItemView *results, std::function<void(const QModelIndex &)> pick)
        : QObject(results), m_search(search), m_results(results), m_pick(std::move(pick))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool showing = m_results && m_results->isVisible() && m_results->model()
                             && m_results->model()->rowCount(m_results->rootIndex()) > 0;
        if (!showing || (!enter && !(watched == m_search && key->key() == Qt::Key_Down)))
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return false;
        }
        if (watched == m_search && key->key() == Qt::Key_Down) {
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_results->model()->index(0, 0, m_results->rootIndex()));
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
        QModelIndex current = m_results->currentIndex();
        if (!current.isValid())
            current = m_results->model()->index(0, 0, m_results->rootIndex());
        if (m_pick)
            m_pick(current);
        return true; // taken: the dialog's default button is not pressed
    }

private:
    QPointer<QLineEdit> m_search;
    QPointer<QAbstractItemView> m_results;
    std::function<void(const QModelIndex &)> m_pick;
};

bool isInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
           || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QComboBox *>(w)
           || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
           || (qobject_cast<const QAbstractButton *>(w) && !inButtonBox(w));
}

} // namespace

namespace DialogKeys {

void install(QDialog *dialog)
{
    dialog->installEventFilter(new FirstShow(dialog));
}

void prepareTextEdits(QWidget *root)
{
    const auto apply = [](auto *edit) {
        if (edit->property("edTabPrepared").toBool())
            return;
        edit->setProperty("edTabPrepared", true);
        edit->setTabChangesFocus(true);
        edit->installEventFilter(new CtrlTabInserts(edit));
    };
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        apply(edit);
    for (QTextEdit *edit : root->findChildren<QTextEdit *>()) {
        if (!edit->isReadOnly())
            apply(edit);
    }
}

void focusFirstField(QWidget *root)
{
    QWidget *current = root->focusWidget();
    if (current && current != root && !(qobject_cast<QAbstractButton *>(current) && inButtonBox(current)))
        return; // the dialog chose
    for (QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
        if (!root->isAncestorOf(w) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled()
            || !w->isVisibleTo(root) || !isInput(w))
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(w); edit && edit->isReadOnly())
            continue;
        w->setFocus(Qt::TabFocusReason);
        return;
    }
}

void attachResults(QLineEdit *search, QAbstractItemView *results, std::function<void(const QModelIndex &)> pick)
{
    auto *keys = new ResultKeys(search, results, std::move(pick));
    search->installEventFilter(keys);
    results->installEventFilter(keys);
}

QString fieldState(const QWidget *root)
{
    QStringList parts;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (w->property("followsClock").toBool())
            continue;
        const QWidget *parent = w->parentWidget();
        if (parent && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)))
            continue; // the line edit inside: counted with its owner
        const QString name = w->objectName();
        if (auto *edit = qobject_cast<const QLineEdit *>(w)) {
            if (!edit->isReadOnly())
                parts << name + QLatin1Char('=') + edit->text();
        } else if (auto *plain = qobject_cast<const QPlainTextEdit *>(w)) {
            if (!plain->isReadOnly())
                parts << name + QLatin1Char('=') + plain->toPlainText();
        } else if (auto *rich = qobject_cast<const QTextEdit *>(w)) {
            if (!rich->isReadOnly())
                parts << name + QLatin1Char('=') + rich->toPlainText();
        } else if (auto *combo = qobject_cast<const QComboBox *>(w)) {
            parts << name + QLatin1Char('=') + QString::number(combo->currentIndex()) + QLatin1Char('/')
                         + combo->currentText();
        } else if (auto *spin = qobject_cast<const QAbstractSpinBox *>(w)) {
            parts << name + QLatin1Char('=') + spin->text();
        } else if (auto *button = qobject_cast<const QAbstractButton *>(w)) {
            if (button->isCheckable() && !inButtonBox(button))
                parts << name + QLatin1Char('=') + (button->isChecked() ? QLatin1Char('1') : QLatin1Char('0'));
        } else if (auto *list = qobject_cast<const QListWidget *>(w)) {
            QString checks;
            for (int row = 0; row < list->count(); ++row)
                checks += QString::number(int(list->item(row)->checkState()));
            parts << name + QLatin1Char('=') + checks;
        }
    }
    return parts.join(QChar(0x1f));
}

QList<QPair<QChar, QString>> accelerators(const QWidget *root)
{
    QList<QPair<QChar, QString>> found;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        QString text;
        if (auto *label = qobject_cast<const QLabel *>(w)) {
            if (!label->buddy() || label->textFormat() == Qt::RichText)
                continue; // a mnemonic works only on a label with a buddy
            text = label->text();
        } else if (auto *button = qobject_cast<const QAbstractButton *>(w)) {
            text = button->text();
        } else if (auto *group = qobject_cast<const QGroupBox *>(w)) {
            text = group->title();
        } else {
            continue;
        }
        if (!w->isVisibleTo(root) && !w->isHidden())
            continue; // on a page of a tab or stack that is not shown: checked on its own
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            found.append({text.at(i + 1).toLower(), text});
            break;
        }
    }
    return found;
}

} // namespace DialogKeys

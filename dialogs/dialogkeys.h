#pragma once

#include <QString>

#include <functional>

class QAbstractItemView;
class QDialog;
class QLineEdit;
class QModelIndex;
class QWidget;

// The keyboard rules every dialog follows, in one place (SPEC 11: a clerk works the desk from
// the keyboard). FormDialog applies them to itself; a dialog of its own kind calls install().
namespace DialogKeys {

// On the dialog's first show: prepareTextEdits() and focusFirstField().
void install(QDialog *dialog);

// Tab and Shift+Tab leave every multi-line field under root (QPlainTextEdit, QTextEdit);
// Ctrl+Tab types a tab character into it instead.
void prepareTextEdits(QWidget *root);

// Unless the dialog gave the focus to a field of its choice, the first field in the tab
// order gets it (never a button of the button box).
void focusFirstField(QWidget *root);

// A search field with its list of results: Down in the field moves into the list, Enter in
// the list (or in the field while the list shows) picks the current result; that Enter is
// taken, so it does not press the dialog's default button.
void attachResults(QLineEdit *search, QAbstractItemView *results, std::function<void(const QModelIndex &)> pick);

// What the user can change in the fields under root, as one text: equal texts mean nothing
// was typed or chosen. A widget with the property "followsClock" set to true (a time field
// that still moves with the clock) is left out.
QString fieldState(const QWidget *root);

// The &-accelerators of the labels, buttons, check boxes and group boxes under root
// (lower case), with the text of each widget that uses it.
QList<QPair<QChar, QString>> accelerators(const QWidget *root);

} // namespace DialogKeys

#pragma once

#include <QDialog>

class QTextBrowser;

// Help → Manual (F1): the short user manual from the resources, in the program's language.
class ManualDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManualDialog(QWidget *parent = nullptr);

    // ":/manual/manual_zh_CN.html" when the program speaks Chinese, else the English one.
    static QString manualPath();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

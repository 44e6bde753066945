#include "dialogs/manualdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

ManualDialog::ManualDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("manualDialog"));
    setWindowTitle(tr("EstateDesk manual"));
    m_browser->setObjectName(QStringLiteral("manualText"));
    m_browser->setOpenExternalLinks(false);
    QFile file(manualPath());
    if (file.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(file.readAll()));
    else
        m_browser->setPlainText(tr("The manual is missing from this installation (%1).").arg(manualPath()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    m_browser->setFocus();
    resize(720, 560);
}

QString ManualDialog::manualPath()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral(":/manual/manual_zh_CN.html")
                                                    : QStringLiteral(":/manual/manual_en.html");
}

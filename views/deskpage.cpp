#include "views/deskpage.h"

#include <QDialog>
#include <QFont>
#include <QLabel>

DeskPage::DeskPage(Database &db, const Session &actor, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_zone(zone), m_message(new QLabel(this))
{
}

QString DeskPage::messageText() const
{
    return m_message->text();
}

int DeskPage::exec(QDialog &dialog)
{
    emit dialogOpened(&dialog);
    return dialog.exec();
}

void DeskPage::report(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(message);
}

void DeskPage::setTitleFont(QLabel *title, qreal scale)
{
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    title->setFont(font);
}

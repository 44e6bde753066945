#pragma once

#include "models/domain/session.h"

#include <QTimeZone>
#include <QWidget>

class Database;
class QDialog;
class QLabel;

// What the desk pages (residents, requests, inspections, fees) share: a line below the page
// that says what the last action came to (red when it was refused), and every dialog they open
// announced first (dialogOpened), so that a test or the guided tour can reach it; and what
// they work on: the database, the signed-in account and the estate's time zone.
class DeskPage : public QWidget
{
    Q_OBJECT

public:
    QString messageText() const;

signals:
    void dialogOpened(QWidget *dialog);

protected:
    DeskPage(Database &db, const Session &actor, const QTimeZone &zone, QWidget *parent);

    int exec(QDialog &dialog);
    void report(const QString &message, bool error = true);
    // The title over the chosen record's detail: bold, scale times the size.
    static void setTitleFont(QLabel *title, qreal scale = 1.3);

    Database &m_db;
    Session m_actor;
    QTimeZone m_zone;
    // The message line: the page names it and puts it in its layout.
    QLabel *const m_message;
};

#pragma once

#include <QFrame>

class Database;
class QLabel;
class QPushButton;
class QTimer;

// A banner across the top of the main window while the office server cannot be reached:
// what happened, that nothing typed is lost, and a button to connect again (it also tries by
// itself every few seconds). Hidden while the connection is fine.
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(Database &db, QWidget *parent = nullptr);
    ~ConnectionBanner() override;

    // Tries to connect again; hides the banner when it succeeds.
    bool reconnect();

signals:
    void reconnected();

private:
    void lost();

    Database &m_db;
    QLabel *m_text;
    QPushButton *m_retry;
    QTimer *m_retryTimer;
};

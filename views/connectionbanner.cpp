#include "views/connectionbanner.h"

#include "models/database/database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

ConnectionBanner::ConnectionBanner(Database &db, QWidget *parent)
    : QFrame(parent), m_db(db), m_text(new QLabel(this)), m_retry(new QPushButton(tr("&Reconnect"), this)),
      m_retryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    m_text->setObjectName(QStringLiteral("connectionBannerText"));
    m_retry->setObjectName(QStringLiteral("connectionRetry"));
    setStyleSheet(QStringLiteral("#connectionBanner { background: #fdecea; border: 1px solid #e0a39b; border-radius: 4px; }"
                                 "#connectionBannerText { color: #8a1c12; }"));
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    hide();
    m_retryTimer->setInterval(10 * 1000);
    connect(m_retryTimer, &QTimer::timeout, this, &ConnectionBanner::reconnect);
    connect(m_retry, &QPushButton::clicked, this, &ConnectionBanner::reconnect);
    // Told from inside the statement that failed: show the banner once that work is done.
    m_db.watchConnection(this, [this](bool isLost) {
        if (isLost)
            QTimer::singleShot(0, this, &ConnectionBanner::lost);
    });
}

ConnectionBanner::~ConnectionBanner()
{
    m_db.watchConnection(this, {});
}

void ConnectionBanner::lost()
{
    if (!m_db.connectionLost())
        return;
    m_text->setText(tr("The connection to the office server %1 was lost. Nothing was saved since; what you typed "
                       "stays in its window: save it again once the server is back. EstateDesk tries to connect "
                       "again every few seconds.")
                        .arg(m_db.location()));
    show();
    m_retryTimer->start();
}

bool ConnectionBanner::reconnect()
{
    if (!m_db.connectionLost()) {
        hide();
        m_retryTimer->stop();
        return true;
    }
    if (Status s = m_db.reconnect(); !s) {
        m_text->setText(tr("The office server %1 cannot be reached: %2. EstateDesk tries again every few seconds; "
                           "what you typed stays in its window.")
                            .arg(m_db.location(), s.error()));
        return false;
    }
    hide();
    m_retryTimer->stop();
    emit reconnected();
    return true;
}

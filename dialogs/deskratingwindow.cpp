#include "dialogs/deskratingwindow.h"

#include "models/repositories/reportrepository.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>
#include <QWindow>

DeskRatingWindow::DeskRatingWindow(ReportRepository &reports, const Session &session, QWidget *parent)
    : QWidget(parent, Qt::Window), m_reports(reports), m_session(session), m_prompt(new QLabel(this)),
      m_satisfied(new QPushButton(tr("Satisfied"), this)), m_basic(new QPushButton(tr("Basically satisfied"), this)),
      m_unsatisfied(new QPushButton(tr("Unsatisfied"), this))
{
    setWindowTitle(tr("Rate our service"));
    setObjectName(QStringLiteral("deskRatingWindow"));
    m_prompt->setObjectName(QStringLiteral("ratingPrompt"));
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setWordWrap(true);
    m_prompt->setStyleSheet(QStringLiteral("font-size: 36px;"));
    const QList<QPair<QPushButton *, QString>> styled{{m_satisfied, QStringLiteral("#2e7d32")},
                                                      {m_basic, QStringLiteral("#f9a825")},
                                                      {m_unsatisfied, QStringLiteral("#c62828")}};
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(40);
    for (const auto &[button, colour] : styled) {
        button->setMinimumSize(260, 220);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setStyleSheet(QStringLiteral("QPushButton { font-size: 40px; color: white; background: %1;"
                                             " border-radius: 16px; } QPushButton:disabled { background: #bdbdbd; }")
                                  .arg(colour));
        buttons->addWidget(button);
    }
    connect(m_satisfied, &QPushButton::clicked, this, [this] { rate(Attitude::Satisfied); });
    connect(m_basic, &QPushButton::clicked, this, [this] { rate(Attitude::Basic); });
    connect(m_unsatisfied, &QPushButton::clicked, this, [this] { rate(Attitude::Unsatisfied); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 60, 60, 60);
    layout->addWidget(m_prompt, 1);
    layout->addLayout(buttons, 3);
    setArmed(false);
}

QPushButton *DeskRatingWindow::button(Attitude answer) const
{
    switch (answer) {
    case Attitude::Satisfied: return m_satisfied;
    case Attitude::Basic: return m_basic;
    case Attitude::Unsatisfied: return m_unsatisfied;
    }
    return nullptr;
}

QString DeskRatingWindow::message() const
{
    return m_prompt->text();
}

void DeskRatingWindow::showOn(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        setGeometry(screen->geometry());
        winId(); // creates the native window so that it can be moved to the screen
        if (QWindow *window = windowHandle())
            window->setScreen(screen);
    }
    showFullScreen();
}

void DeskRatingWindow::startFromPrompt(QWidget *asker, const QDateTime &now)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *screen = screens.size() > 1 ? screens.at(1) : QGuiApplication::primaryScreen();
    const QString service = QInputDialog::getText(asker, tr("Desk rating"),
                                                  tr("Service to be rated (request number, or a counter service):"));
    arm(service.isEmpty() ? tr("counter %1").arg(now.toMSecsSinceEpoch()) : service);
    showOn(screen);
}

void DeskRatingWindow::arm(const QString &service, const QString &houseNumber)
{
    m_service = service.trimmed();
    m_house = houseNumber;
    setArmed(!m_service.isEmpty());
}

void DeskRatingWindow::setArmed(bool armed)
{
    for (QPushButton *b : {m_satisfied, m_basic, m_unsatisfied})
        b->setEnabled(armed);
    if (armed)
        m_prompt->setText(tr("How satisfied are you with the service you just received?"));
}

void DeskRatingWindow::rate(Attitude answer)
{
    if (!isArmed())
        return;
    const QString service = m_service;
    const auto saved = m_reports.addDeskRating(m_session, service, answer, m_house);
    m_service.clear();
    setArmed(false);
    if (!saved) {
        m_prompt->setText(saved.error());
        return;
    }
    m_prompt->setText(tr("Thank you for your rating!"));
    emit rated(service, answer);
}

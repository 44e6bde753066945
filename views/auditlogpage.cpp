#include "views/auditlogpage.h"

#include "models/database/clock.h"
#include "models/domain/formats.h"
#include "models/itemmodels/auditlogmodel.h"
#include "models/repositories/auditlog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AuditLogPage::AuditLogPage(AuditLog &audit, const Session &actor, const Clock &clock, const QTimeZone &zone,
                           QWidget *parent)
    : QWidget(parent), m_audit(audit), m_actor(actor), m_zone(zone), m_model(new AuditLogModel(this)),
      m_view(new QTableView(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_action(new QComboBox(this)), m_user(new QLineEdit(this)), m_status(new QLabel(this))
{
    m_model->setTimeZone(zone);
    const QDate today = clock.now().toTimeZone(zone).date();
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_user->setObjectName(QStringLiteral("auditUser"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Formats::date());
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_user->setPlaceholderText(tr("any user"));
    m_user->setClearButtonEnabled(true);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(new QLabel(tr("Action"), this));
    bar->addWidget(m_action, 1);
    bar->addWidget(new QLabel(tr("User"), this));
    bar->addWidget(m_user, 1);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    bar->addWidget(refresh);
    layout->addLayout(bar);

    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    layout->addWidget(m_status);

    connect(refresh, &QPushButton::clicked, this, &AuditLogPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogPage::reload);
    connect(m_action, &QComboBox::activated, this, &AuditLogPage::reload);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditLogPage::reload);
    // Nothing is read here: the page reads the log when it is first shown (or reloaded).
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        reload();
        m_loadedByShow = true;
    }
}

void AuditLogPage::opened()
{
    if (m_loadedByShow) { // shown for the first time just now: read already
        m_loadedByShow = false;
        return;
    }
    reload();
}

void AuditLogPage::reload()
{
    const QString chosen = m_action->currentData().toString();
    m_action->blockSignals(true);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    if (const auto actions = m_audit.actions(m_actor)) {
        for (const QString &code : actions.value())
            m_action->addItem(AuditLogModel::actionName(code), code);
    }
    m_action->setCurrentIndex(qMax(0, m_action->findData(chosen)));
    m_action->blockSignals(false);

    AuditFilter filter;
    filter.from = QDateTime(m_from->date(), QTime(0, 0), m_zone);
    filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), m_zone);
    filter.action = chosen;
    filter.username = m_user->text().trimmed();
    m_loaded = true;
    if (Status loaded = m_model->load(m_audit, m_actor, filter); !loaded) {
        m_status->setText(loaded.error());
        return;
    }
    m_view->resizeColumnsToContents();
    const int rows = m_model->rowCount();
    m_status->setText(m_model->atEnd() ? tr("%n entry(ies)", nullptr, rows)
                                       : tr("The newest %1 entries; older ones load as you scroll.").arg(rows));
}

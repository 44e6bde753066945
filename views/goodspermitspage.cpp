#include "views/goodspermitspage.h"
#include "views/listtable.h"

#include "dialogs/goodspermitdialog.h"
#include "dialogs/reasondialog.h"
#include "models/database/clock.h"
#include "models/itemmodels/goodspermitmodel.h"
#include "models/itemmodels/itemroles.h"
#include "models/repositories/goodspermitrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

GoodsPermitsPage::GoodsPermitsPage(GoodsPermitRepository &permits, const Session &session, const Clock &clock,
                                   const QTimeZone &zone, QWidget *parent)
    : QWidget(parent), m_permits(permits), m_session(session), m_clock(clock), m_zone(zone),
      m_filter(new QComboBox(this)), m_model(new GoodsPermitModel(this)), m_view(listTable(this, m_model, "permitTable")),
      m_approve(new QPushButton(tr("A&pprove"), this)), m_void(new QPushButton(tr("&Void..."), this)),
      m_message(new QLabel(this))
{
    m_model->setTimeZone(zone);
    m_filter->setObjectName(QStringLiteral("permitFilter"));
    m_filter->addItem(tr("All permits"), QString());
    for (const QString &status : GoodsPermitRepository::statuses())
        m_filter->addItem(GoodsPermitRepository::statusName(status), status);
    auto *applyButton = new QPushButton(tr("&New application..."), this);
    applyButton->setObjectName(QStringLiteral("permitApply"));
    m_approve->setObjectName(QStringLiteral("permitApprove"));
    m_void->setObjectName(QStringLiteral("permitVoid"));
    // Approving is a manager's; the data layer refuses anyone else, the button only says so early.
    m_approve->setVisible(session.can(Permission::ApproveExtensions));
    const bool canApply = session.can(Permission::RegisterRequests);
    applyButton->setEnabled(canApply);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(applyButton);
    bar->addWidget(m_approve);
    bar->addWidget(m_void);

    m_message->setObjectName(QStringLiteral("permitsMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &GoodsPermitsPage::reload);
    connect(applyButton, &QPushButton::clicked, this, &GoodsPermitsPage::apply);
    connect(m_approve, &QPushButton::clicked, this, &GoodsPermitsPage::approve);
    connect(m_void, &QPushButton::clicked, this, &GoodsPermitsPage::voidPermit);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GoodsPermitsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GoodsPermitsPage::updateButtons);
    reload();
}

void GoodsPermitsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void GoodsPermitsPage::reload()
{
    const int row = selectedRow();
    const QString keep = row >= 0 ? m_model->permit(row).id : QString();
    const auto list = m_permits.permits(m_session, m_filter->currentData().toString());
    if (!list) {
        report(list.error(), true);
        return;
    }
    m_model->setPermits(list.value());
    m_view->resizeColumnsToContents();
    if (!keep.isEmpty())
        select(keep);
}

QString GoodsPermitsPage::messageText() const
{
    return m_message->text();
}

int GoodsPermitsPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void GoodsPermitsPage::select(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->permit(row).id == id) {
            m_view->selectRow(row);
            return;
        }
    }
}

void GoodsPermitsPage::updateButtons()
{
    const int row = selectedRow();
    const QString status = row >= 0 ? m_model->permit(row).status : QString();
    m_approve->setEnabled(status == QLatin1String("applied"));
    m_void->setEnabled(m_session.can(Permission::RegisterRequests)
                       && (status == QLatin1String("applied") || status == QLatin1String("approved")));
}

void GoodsPermitsPage::report(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
}

void GoodsPermitsPage::apply()
{
    const QDate today = m_clock.now().toTimeZone(m_zone).date();
    GoodsPermitDialog dialog(m_permits, m_session, today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const GoodsPermit &p = dialog.permit();
    // The new permit must be visible whatever the filter was.
    m_filter->setCurrentIndex(0);
    reload();
    select(p.id);
    report(tr("Permit %1 recorded: %2. It needs a manager's approval before the gate lets it out.")
               .arg(p.permitNumber, p.goods),
           false);
}

void GoodsPermitsPage::approve()
{
    const int row = selectedRow();
    if (row < 0)
        return report(tr("Select the permit to approve."), true);
    const GoodsPermit p = m_model->permit(row);
    if (Status s = m_permits.approve(m_session, p.id); !s)
        return report(s.error(), true);
    reload();
    select(p.id);
    report(tr("Permit %1 approved: the gate will let %2 out.").arg(p.permitNumber, p.goods), false);
}

void GoodsPermitsPage::voidPermit()
{
    const int row = selectedRow();
    if (row < 0)
        return report(tr("Select the permit to void."), true);
    const GoodsPermit p = m_model->permit(row);
    ReasonDialog dialog(tr("Void permit %1").arg(p.permitNumber),
                        tr("Why is permit %1 (%2) voided? The gate will no longer accept it.")
                            .arg(p.permitNumber, p.goods),
                        [this, id = p.id](const QString &reason) { return m_permits.voidPermit(m_session, id, reason); },
                        this);
    dialog.setObjectName(QStringLiteral("voidPermitDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(p.id);
    report(tr("Permit %1 voided.").arg(p.permitNumber), false);
}

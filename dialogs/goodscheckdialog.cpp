#include "dialogs/goodscheckdialog.h"

#include "models/domain/formats.h"
#include "models/repositories/goodspermitrepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

GoodsCheckDialog::GoodsCheckDialog(GoodsPermitRepository &permits, const Session &session, const QTimeZone &zone,
                                   QWidget *parent)
    : FormDialog(parent), m_permits(permits), m_session(session), m_zone(zone), m_number(new QLineEdit(this)),
      m_note(new QLineEdit(this)), m_details(new QLabel(this))
{
    setWindowTitle(tr("Goods-out permit check"));
    m_number->setObjectName(QStringLiteral("permitNumber"));
    m_number->setPlaceholderText(tr("FX20260302-001"));
    m_note->setObjectName(QStringLiteral("permitNote"));
    m_details->setObjectName(QStringLiteral("permitDetails"));
    m_details->setWordWrap(true);
    m_details->setMinimumWidth(360);
    auto *form = new QFormLayout;
    form->addRow(tr("Permit &no.:"), m_number);
    form->addRow(QString(), m_details);
    form->addRow(tr("N&ote:"), m_note);
    formLayout()->addLayout(form);
    finishLayout();
    connect(m_number, &QLineEdit::textChanged, this, &GoodsCheckDialog::showPermit);
}

QString GoodsCheckDialog::detailsText() const
{
    return m_details->text();
}

void GoodsCheckDialog::showPermit()
{
    const auto found = m_permits.findByNumber(m_session, m_number->text());
    if (!found || !found->has_value()) {
        m_details->clear();
        return;
    }
    const GoodsPermit &p = found->value();
    QString state;
    if (p.status == QLatin1String("approved"))
        state = tr("approved by %1").arg(p.approvedBy);
    else if (p.status == QLatin1String("collected"))
        state = tr("already collected by %1 at %2")
                    .arg(p.collectedBy, p.collectedAt.toTimeZone(m_zone).toString(Formats::shortDateTime()));
    else if (p.status == QLatin1String("applied"))
        state = tr("not approved yet");
    else
        state = tr("voided");
    m_details->setText(tr("%1 — %2, %3 (%4); valid %5 to %6; %7")
                           .arg(GoodsPermitRepository::kindName(p.kind), p.applicant,
                                p.houseNumber.isEmpty() ? tr("no house") : p.houseNumber, p.goods,
                                p.validFrom.toString(Qt::ISODate), p.validUntil.toString(Qt::ISODate), state));
}

void GoodsCheckDialog::accept()
{
    if (m_number->text().trimmed().isEmpty())
        return showError(tr("Permit number: type the number printed on the permit."), m_number);
    const auto result = m_permits.checkAtGate(m_session, m_number->text(), m_note->text());
    if (!result)
        return showError(result.error(), m_number);
    if (!result->passed)
        return showError(tr("Stopped: %1").arg(result->reason), m_number);
    FormDialog::accept();
}

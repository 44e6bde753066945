#include "dialogs/goodspermitdialog.h"

#include "models/domain/formats.h"
#include "models/repositories/goodspermitrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

GoodsPermitDialog::GoodsPermitDialog(GoodsPermitRepository &permits, const Session &actor, const QDate &today,
                                     QWidget *parent)
    : FormDialog(parent), m_permits(permits), m_actor(actor), m_house(new QLineEdit(this)),
      m_applicant(new QLineEdit(this)), m_kind(new QComboBox(this)), m_goods(new QLineEdit(this)),
      m_plate(new QLineEdit(this)), m_from(new QDateEdit(today, this)), m_until(new QDateEdit(today, this))
{
    setWindowTitle(tr("Goods-out permit application"));
    m_house->setObjectName(QStringLiteral("permitHouse"));
    m_house->setPlaceholderText(tr("building-unit-room, e.g. 3-2-1201"));
    m_applicant->setObjectName(QStringLiteral("permitApplicant"));
    m_kind->setObjectName(QStringLiteral("permitKind"));
    for (const QString &kind : GoodsPermitRepository::kinds())
        m_kind->addItem(GoodsPermitRepository::kindName(kind), kind);
    m_goods->setObjectName(QStringLiteral("permitGoods"));
    m_goods->setPlaceholderText(tr("what and how many, e.g. 1 refrigerator, 2 boxes of books"));
    m_plate->setObjectName(QStringLiteral("permitPlate"));
    m_plate->setPlaceholderText(tr("if the goods leave by car"));
    for (QDateEdit *date : {m_from, m_until}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(Formats::date());
        date->setMinimumDate(today);
    }
    m_from->setObjectName(QStringLiteral("permitFrom"));
    m_until->setObjectName(QStringLiteral("permitUntil"));
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (m_until->date() < from)
            m_until->setDate(from);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&House:"), m_house);
    form->addRow(tr("&Applicant:"), m_applicant);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Goods:"), m_goods);
    form->addRow(tr("&Vehicle plate:"), m_plate);
    form->addRow(tr("Valid &from:"), m_from);
    form->addRow(tr("Valid &until:"), m_until);
    formLayout()->addLayout(form);
    finishLayout();
    registerField(m_house, {tr("House")});
    registerField(m_applicant, {tr("Applicant")});
    registerField(m_kind, {tr("Kind")});
    registerField(m_goods, {tr("Goods")});
    registerField(m_plate, {tr("Plate"), tr("Vehicle plate")});
    registerField(m_from, {tr("Valid from")});
    registerField(m_until, {tr("Valid until")});
    setMinimumWidth(460);
}

void GoodsPermitDialog::accept()
{
    clearError();
    GoodsPermit p;
    p.kind = m_kind->currentData().toString();
    p.houseNumber = m_house->text().trimmed();
    p.applicant = m_applicant->text();
    p.goods = m_goods->text();
    p.plate = m_plate->text();
    p.validFrom = m_from->date();
    p.validUntil = m_until->date();
    const auto applied = m_permits.apply(m_actor, p);
    if (!applied) {
        showFieldError(applied.error());
        return;
    }
    m_permit = applied.value();
    FormDialog::accept();
}

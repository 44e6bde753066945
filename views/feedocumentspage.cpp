#include "views/feedocumentspage.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/domain/fees.h"
#include "models/domain/formats.h"
#include "models/domain/money.h"
#include "models/io/exportfile.h"
#include "models/repositories/feequeries.h"
#include "models/repositories/feerepository.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/settingsrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace {

enum SpendingColumn { ColDate, ColCategory, ColAmount, ColBy, ColNote, ColCount };

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

void setUpPrinter(QPrinter &printer)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                                      QPageLayout::Millimeter));
}

// The notices and the statement are shown on A4 first (the preview named objectName) or sent
// straight to a printer the user picks.
void previewOnA4(QWidget *page, const QString &objectName, const QString &title,
                 const std::function<void(QPrinter *)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintPreviewDialog preview(&printer, page);
    preview.setObjectName(objectName);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, page, paint);
    preview.exec();
}

void printOnA4(QWidget *page, const std::function<void(QPrinter *)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintDialog dialog(&printer, page);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}

} // namespace

FeeDocumentsPage::FeeDocumentsPage(Database &db, const Session &session, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_zone(zone), m_kind(new QComboBox(this)),
      m_month(new QDateEdit(this)), m_building(new QComboBox(this)), m_noticeInfo(new QLabel(this)),
      m_half(new QComboBox(this)), m_statementInfo(new QLabel(this)), m_spending(new QTableWidget(this)),
      m_category(new QComboBox(this)), m_amount(new QLineEdit(this)), m_spentOn(new QDateEdit(this)),
      m_note(new QLineEdit(this)), m_add(button(tr("Add spending"), "addSpending", this)),
      m_void(button(tr("Take back…"), "voidSpending", this)), m_contact(new QLineEdit(this)),
      m_saveContact(button(tr("Save contact"), "saveContact", this)), m_message(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("noticeKind"));
    m_kind->addItem(FeeDocuments::noticeTitle(NoticeKind::Collection), int(NoticeKind::Collection));
    m_kind->addItem(FeeDocuments::noticeTitle(NoticeKind::Reminder), int(NoticeKind::Reminder));
    m_month->setObjectName(QStringLiteral("noticeMonth"));
    m_month->setDisplayFormat(Formats::month());
    m_month->setDate(today());
    m_building->setObjectName(QStringLiteral("noticeBuilding"));
    m_noticeInfo->setObjectName(QStringLiteral("noticeInfo"));
    m_half->setObjectName(QStringLiteral("statementHalf"));
    m_half->setEditable(true);
    const QDate now = today();
    FeePeriod half = FeePeriod::containing(FeeCycle::Half, now);
    for (int i = 0; i < 4; ++i) {
        m_half->addItem(half.code());
        half = FeePeriod::containing(FeeCycle::Half, half.start().addDays(-1));
    }
    m_statementInfo->setObjectName(QStringLiteral("statementInfo"));
    m_statementInfo->setWordWrap(true);
    m_spending->setObjectName(QStringLiteral("spendingTable"));
    m_spending->setColumnCount(ColCount);
    m_spending->setHorizontalHeaderLabels({tr("Date"), tr("Category"), tr("Amount (yuan)"), tr("Entered by"), tr("Note")});
    m_spending->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_spending->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_spending->setSelectionMode(QAbstractItemView::SingleSelection);
    m_spending->horizontalHeader()->setStretchLastSection(true);
    m_spending->verticalHeader()->hide();
    m_category->setObjectName(QStringLiteral("spendingCategory"));
    for (const QString &code : FeeRules::spendingCategories())
        m_category->addItem(FeeRules::spendingCategoryName(code), code);
    m_amount->setObjectName(QStringLiteral("spendingAmount"));
    m_amount->setPlaceholderText(tr("yuan, e.g. 1200.00"));
    m_spentOn->setObjectName(QStringLiteral("spendingDate"));
    m_spentOn->setDisplayFormat(Formats::date());
    m_spentOn->setCalendarPopup(true);
    m_spentOn->setDate(now);
    m_note->setObjectName(QStringLiteral("spendingNote"));
    m_contact->setObjectName(QStringLiteral("officeContact"));
    m_contact->setPlaceholderText(tr("e.g. Building 1, room 101; phone 0755-12345678; 8:30–17:30"));
    m_message->setObjectName(QStringLiteral("feeDocumentsMessage"));
    m_message->setWordWrap(true);

    // Who may do what is the data layer's decision; the page only greys what it would refuse.
    const bool manages = m_session.can(Permission::ManageFees);
    m_add->setEnabled(manages);
    m_void->setEnabled(manages);
    m_saveContact->setEnabled(m_session.can(Permission::ManageUsersAndSettings));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("feeDocumentTabs"));

    auto *notices = new QWidget(tabs);
    auto *noticeForm = new QFormLayout;
    noticeForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_contact->setMinimumWidth(460);
    noticeForm->addRow(tr("Notice:"), m_kind);
    noticeForm->addRow(tr("Month:"), m_month);
    noticeForm->addRow(tr("Building:"), m_building);
    auto *noticeButtons = new QHBoxLayout;
    auto *previewNotices = button(tr("Preview…"), "previewNotices", notices);
    auto *printNotices = button(tr("Print…"), "printNotices", notices);
    auto *pdfNotices = button(tr("Save PDF…"), "saveNoticesPdf", notices);
    noticeButtons->addWidget(previewNotices);
    noticeButtons->addWidget(printNotices);
    noticeButtons->addWidget(pdfNotices);
    noticeButtons->addStretch();
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contact, 1);
    contactRow->addWidget(m_saveContact);
    noticeForm->addRow(tr("Office contact:"), contactRow);
    auto *noticeLayout = new QVBoxLayout(notices);
    noticeLayout->addLayout(noticeForm);
    noticeLayout->addLayout(noticeButtons);
    noticeLayout->addWidget(m_noticeInfo);
    auto *hint = new QLabel(tr("Two notices are printed on each A4 page; each building starts on a new page. "
                               "Collection notices list every bill of the periods starting in the month; "
                               "reminders every unpaid bill due by the month's end."),
                            notices);
    hint->setWordWrap(true);
    noticeLayout->addWidget(hint);
    noticeLayout->addStretch();
    tabs->addTab(notices, tr("Notices"));

    auto *statementTab = new QWidget(tabs);
    auto *halfRow = new QHBoxLayout;
    halfRow->addWidget(new QLabel(tr("Half year:"), statementTab));
    halfRow->addWidget(m_half);
    auto *previewStatement = button(tr("Preview…"), "previewStatement", statementTab);
    auto *printStatement = button(tr("Print…"), "printStatement", statementTab);
    auto *pdfStatement = button(tr("Save PDF…"), "saveStatementPdf", statementTab);
    auto *jsonStatement = button(tr("Save JSON…"), "saveStatementJson", statementTab);
    for (QPushButton *b : {previewStatement, printStatement, pdfStatement, jsonStatement})
        halfRow->addWidget(b);
    halfRow->addStretch();
    auto *entry = new QGroupBox(tr("Spending of the half year (manager)"), statementTab);
    auto *entryForm = new QHBoxLayout(entry);
    entryForm->addWidget(new QLabel(tr("Category:"), entry));
    entryForm->addWidget(m_category);
    entryForm->addWidget(new QLabel(tr("Amount:"), entry));
    entryForm->addWidget(m_amount);
    entryForm->addWidget(new QLabel(tr("Date:"), entry));
    entryForm->addWidget(m_spentOn);
    entryForm->addWidget(new QLabel(tr("Note:"), entry));
    entryForm->addWidget(m_note, 1);
    entryForm->addWidget(m_add);
    auto *statementLayout = new QVBoxLayout(statementTab);
    statementLayout->addLayout(halfRow);
    statementLayout->addWidget(m_statementInfo);
    statementLayout->addWidget(entry);
    statementLayout->addWidget(m_spending, 1);
    auto *voidRow = new QHBoxLayout;
    voidRow->addStretch();
    voidRow->addWidget(m_void);
    statementLayout->addLayout(voidRow);
    tabs->addTab(statementTab, tr("Half-yearly statement"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);

    connect(previewNotices, &QPushButton::clicked, this, &FeeDocumentsPage::previewNotices);
    connect(printNotices, &QPushButton::clicked, this, &FeeDocumentsPage::printNotices);
    connect(pdfNotices, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the notices as PDF"),
                                                          tr("notices-%1.pdf").arg(m_month->date().toString(Formats::month())),
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            saveNoticesPdf(path);
    });
    connect(previewStatement, &QPushButton::clicked, this, &FeeDocumentsPage::previewStatement);
    connect(printStatement, &QPushButton::clicked, this, &FeeDocumentsPage::printStatement);
    connect(pdfStatement, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the statement as PDF"),
                                                          tr("statement-%1.pdf").arg(m_half->currentText().trimmed()),
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            saveStatementPdf(path);
    });
    connect(jsonStatement, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the statement as JSON"),
                                                          tr("statement-%1.json").arg(m_half->currentText().trimmed()),
                                                          tr("JSON (*.json)"));
        if (!path.isEmpty())
            saveStatementJson(path);
    });
    connect(m_add, &QPushButton::clicked, this, [this] { addSpending(); });
    connect(m_void, &QPushButton::clicked, this, [this] {
        if (m_spending->currentRow() < 0) {
            m_message->setText(tr("Choose the spending to take back first."));
            return;
        }
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Take back spending"), tr("Reason:"), QLineEdit::Normal,
                                                     QString(), &ok);
        if (ok)
            voidSpending(reason);
    });
    connect(m_saveContact, &QPushButton::clicked, this, [this] { saveContact(); });
    connect(m_half, &QComboBox::currentTextChanged, this, [this] { reloadSpending(); });
}

void FeeDocumentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) // not when the window comes back from the taskbar
        reload();
}

QDate FeeDocumentsPage::today() const
{
    return m_db.clock().now().toTimeZone(m_zone).date();
}

FeeOffice FeeDocumentsPage::office() const
{
    SettingsRepository settings(m_db);
    return FeeOffice{settings.estateName(), settings.value(FeeDocuments::contactKey())};
}

QString FeeDocumentsPage::lastMessage() const
{
    return m_message->text();
}

void FeeDocumentsPage::showResult(const Status &status, const QString &done)
{
    m_message->setText(status ? done : status.error());
    m_message->setStyleSheet(status ? QString() : QStringLiteral("color: #b00020;"));
}

void FeeDocumentsPage::reload()
{
    const QString chosen = m_building->currentData().toString();
    m_building->clear();
    m_building->addItem(tr("All buildings"), QString());
    const auto buildings = FeeQueries(m_db).buildings(m_session);
    if (buildings) {
        for (const QString &b : *buildings)
            m_building->addItem(tr("Building %1").arg(b), b);
    } else {
        showResult(Failure{buildings.error()}, {});
    }
    const int again = m_building->findData(chosen);
    m_building->setCurrentIndex(again < 0 ? 0 : again);
    m_contact->setText(office().contact);
    reloadSpending();
}

void FeeDocumentsPage::reloadSpending()
{
    m_spending->setRowCount(0);
    if (!m_session.can(Permission::ManageFees)) {
        m_statementInfo->setText(tr("The statement and its spending are kept by the manager."));
        return;
    }
    const auto list = FeeRepository(m_db).spending(m_session, m_half->currentText().trimmed());
    if (!list) {
        m_statementInfo->setText(list.error());
        return;
    }
    for (const FeeSpending &s : *list) {
        const int row = m_spending->rowCount();
        m_spending->insertRow(row);
        auto *date = new QTableWidgetItem(s.spentOn.toString(Formats::date()));
        date->setData(Qt::UserRole, s.id);
        m_spending->setItem(row, ColDate, date);
        m_spending->setItem(row, ColCategory, new QTableWidgetItem(FeeRules::spendingCategoryName(s.category)));
        auto *amount = new QTableWidgetItem(Money::formatYuan(s.amountFen));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_spending->setItem(row, ColAmount, amount);
        m_spending->setItem(row, ColNote, new QTableWidgetItem(s.note));
        m_spending->setItem(row, ColBy, new QTableWidgetItem(s.recordedBy));
    }
    const auto st = statement();
    if (!st) {
        m_statementInfo->setText(st.error());
        return;
    }
    m_statementInfo->setText(tr("Income %1 yuan, spending %2 yuan, balance %3 yuan; repair fund: %4 yuan at the end.")
                                 .arg(Money::formatYuan(st->incomeFen), Money::formatYuan(st->spendingFen),
                                      Money::formatYuan(st->balanceFen()), Money::formatYuan(st->repairFundClosingFen())));
}

Result<NoticeBatch> FeeDocumentsPage::noticeBatch() const
{
    NoticeBatch batch;
    batch.kind = NoticeKind(m_kind->currentData().toInt());
    batch.year = m_month->date().year();
    batch.month = m_month->date().month();
    batch.issuedOn = today();
    batch.office = office();
    const QString building = m_building->currentData().toString();
    const auto houses = FeeQueries(m_db).notices(m_session, batch.kind, batch.year, batch.month, building);
    if (!houses)
        return Failure{houses.error()};
    if (houses->isEmpty())
        return Failure{batch.kind == NoticeKind::Collection
                           ? tr("Month: no bill of a period starting in %1 for this choice; bill the month first.")
                                 .arg(m_month->date().toString(Formats::month()))
                           : tr("Month: no house of this choice has arrears at the end of %1.")
                                 .arg(m_month->date().toString(Formats::month()))};
    batch.houses = *houses;
    return batch;
}

void FeeDocumentsPage::paintNotices(const NoticeBatch &batch, QPrinter *printer)
{
    if (Status s = FeeDocuments::printNotices(batch, *printer); !s)
        showResult(s, {});
}

Status FeeDocumentsPage::saveNoticesPdf(const QString &path)
{
    const auto batch = noticeBatch();
    Status s = batch ? FeeDocuments::writeNoticesPdf(*batch, path) : Status(Failure{batch.error()});
    if (batch)
        m_noticeInfo->setText(tr("%n notice(s)", nullptr, int(batch->houses.size())) + QStringLiteral(", ")
                              + tr("%n page(s)", nullptr, FeeDocuments::pageCount(batch->houses)));
    showResult(s, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return s;
}

void FeeDocumentsPage::previewNotices()
{
    const auto batch = noticeBatch();
    if (!batch) {
        showResult(Failure{batch.error()}, {});
        return;
    }
    m_noticeInfo->setText(tr("%n notice(s)", nullptr, int(batch->houses.size())) + QStringLiteral(", ")
                          + tr("%n page(s)", nullptr, FeeDocuments::pageCount(batch->houses)));
    const NoticeBatch copy = *batch;
    previewOnA4(this, QStringLiteral("noticePreview"), FeeDocuments::noticeTitle(batch->kind),
                [this, copy](QPrinter *target) { paintNotices(copy, target); });
}

void FeeDocumentsPage::printNotices()
{
    const auto batch = noticeBatch();
    if (!batch) {
        showResult(Failure{batch.error()}, {});
        return;
    }
    const NoticeBatch copy = *batch;
    printOnA4(this, [this, copy](QPrinter *target) { paintNotices(copy, target); });
}

Result<FeeStatement> FeeDocumentsPage::statement() const
{
    return FeeQueries(m_db).statement(m_session, m_half->currentText().trimmed());
}

QString FeeDocumentsPage::statementHtml(const FeeStatement &st) const
{
    return FeeDocuments::statementHtml(st, office(), today());
}

Status FeeDocumentsPage::saveStatementPdf(const QString &path)
{
    const auto st = statement();
    const Status s = st ? FeeDocuments::writeStatementPdf(statementHtml(*st), path, FeeDocuments::statementTitle(*st))
                        : Status(Failure{st.error()});
    showResult(s, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return s;
}

Status FeeDocumentsPage::saveStatementJson(const QString &path)
{
    const auto st = statement();
    const Status s = st ? ExportFile::write(path, QJsonDocument(FeeDocuments::statementJson(*st)).toJson())
                        : Status(Failure{st.error()});
    showResult(s, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return s;
}

void FeeDocumentsPage::previewStatement()
{
    const auto st = statement();
    if (!st) {
        showResult(Failure{st.error()}, {});
        return;
    }
    const QString html = statementHtml(*st);
    previewOnA4(this, QStringLiteral("statementPreview"), FeeDocuments::statementTitle(*st),
                [html](QPrinter *target) { FeeDocuments::printStatement(html, *target); });
}

void FeeDocumentsPage::printStatement()
{
    const auto st = statement();
    if (!st) {
        showResult(Failure{st.error()}, {});
        return;
    }
    const QString html = statementHtml(*st);
    printOnA4(this, [html](QPrinter *target) { FeeDocuments::printStatement(html, *target); });
}

Status FeeDocumentsPage::addSpending()
{
    const auto amount = Money::parseYuan(m_amount->text());
    if (!amount || *amount <= 0) {
        const Status refused = Failure{tr("Amount: expected an amount in yuan above 0, e.g. 1200.00.")};
        showResult(refused, {});
        m_amount->setFocus(Qt::OtherFocusReason);
        return refused;
    }
    FeeSpending entry;
    entry.half = m_half->currentText().trimmed();
    entry.category = m_category->currentData().toString();
    entry.amountFen = *amount;
    entry.spentOn = m_spentOn->date();
    entry.note = m_note->text().trimmed();
    const auto id = FeeRepository(m_db).addSpending(m_session, entry);
    if (!id) {
        showResult(Failure{id.error()}, {}); // the input stays for correcting
        return Failure{id.error()};
    }
    m_amount->clear();
    m_note->clear();
    reloadSpending();
    showResult({}, tr("Spending of %1 yuan added.").arg(Money::formatYuan(*amount)));
    emit spendingChanged();
    return {};
}

Status FeeDocumentsPage::voidSpending(const QString &reason)
{
    const int row = m_spending->currentRow();
    if (row < 0) {
        const Status none = Failure{tr("Choose the spending to take back first.")};
        showResult(none, {});
        return none;
    }
    const qint64 id = m_spending->item(row, ColDate)->data(Qt::UserRole).toLongLong();
    const Status s = FeeRepository(m_db).voidSpending(m_session, id, reason);
    showResult(s, tr("The spending was taken back."));
    if (s) {
        reloadSpending();
        emit spendingChanged();
    }
    return s;
}

Status FeeDocumentsPage::saveContact()
{
    const Status s = SettingsRepository(m_db).setValue(m_session, FeeDocuments::contactKey(), m_contact->text().trimmed());
    showResult(s, tr("The office's contact is saved; it is printed on the notices and the statement."));
    return s;
}

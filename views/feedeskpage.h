#pragma once

#include "views/deskpage.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/itemmodels/feemodels.h"

#include <QTimeZone>

#include <memory>

class Database;
class FeeQueries;
class FeeRepository;
class HouseRepository;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QTabWidget;
class QTableView;
class ResidentRepository;
class SettingsRepository;

// 收费台 (SPEC 13): find a house as the resident files do (house number 1-2-101, owner name,
// pinyin initials; Down and Enter pick a hit), its account — open bills with arrears in red,
// payments with their receipts and reversals, the prepaid balance 预存 and the arrears — take a
// payment (Ctrl+P), print or save its receipt 收据, reverse it (a manager, with a reason), and
// the arrears list with ageing, filtered by building and ageing bucket, exported to Excel.
class FeeDeskPage : public DeskPage
{
    Q_OBJECT

public:
    FeeDeskPage(Database &db, const Session &actor, const QTimeZone &zone, QWidget *parent = nullptr);
    ~FeeDeskPage() override;

    // The ageing filter of the arrears list: every bucket, one of SPEC 13's, or over 90 days.
    enum class AgeingFilter { All, D1_30, D31_90, D91_180, D181_365, Over365, Over90 };

    void search(const QString &text);
    bool openHouse(const QString &number);
    void opened(); // the page is shown: the account and the arrears as they stand now
    const FeeAccount &account() const { return m_account; }
    FeeHouseHitModel *hitList() const { return m_hits; }
    FeeBillModel *billList() const { return m_bills; }
    FeePaymentModel *paymentList() const { return m_payments; }
    ArrearsModel *arrearsList() const { return m_arrears; }
    QString summaryText() const;
    QString arrearsTotalsText() const;

    // The actions behind the buttons.
    void takePayment();
    qint64 currentPaymentId() const;
    void printReceipt(qint64 paymentId);
    Status printReceiptOn(qint64 paymentId, QPrinter &printer);
    Status saveReceiptPdf(qint64 paymentId, const QString &path);
    void reverseCurrentPayment();
    void showArrears(AgeingFilter filter, const QString &building = {});
    void reloadArrears();
    Status exportArrears(const QString &path);
    // Houses with a bill more than minDays overdue (the timer board's count); -1 on an error.
    int housesInArrears(qint64 minDays) const;

signals:
    // A payment or a reversal was saved.
    void feesChanged();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showHits();
    void openHit(int row);
    void showAccount();
    void reloadAccount();
    Result<QString> receiptHtml(qint64 paymentId, QString *receiptNo = nullptr);
    void updateButtons();

    std::unique_ptr<FeeRepository> m_fees;
    std::unique_ptr<FeeQueries> m_queries;
    std::unique_ptr<HouseRepository> m_houseRepo;
    std::unique_ptr<ResidentRepository> m_residentRepo;
    std::unique_ptr<SettingsRepository> m_settings;

    FeeHouseHitModel *m_hits;
    FeeBillModel *m_bills;
    FeePaymentModel *m_payments;
    ArrearsModel *m_arrears;

    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QTableView *m_hitView;
    QLabel *m_title;
    QLabel *m_summary;
    QTableView *m_billView;
    QTableView *m_paymentView;
    QPushButton *m_pay;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_reverse;
    QComboBox *m_building;
    QComboBox *m_ageing;
    QTableView *m_arrearsView;
    QLabel *m_arrearsTotals;

    FeeAccount m_account;
};

#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/io/feedocuments.h"

#include <QTimeZone>
#include <QWidget>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QTableWidget;

// Notices and the half-yearly statement 通知与公布 (SPEC 13): the collection notices or the
// reminders of a month, for one building or all (preview, print, PDF); the statement of a half
// year with the manager's spending entries (add, take back with a reason), preview, print,
// PDF and JSON. The data layer decides who may do what: a clerk prints notices and sees the
// page, but the statement and the spending are the manager's.
class FeeDocumentsPage : public QWidget
{
    Q_OBJECT

public:
    FeeDocumentsPage(Database &db, const Session &session, const QTimeZone &zone, QWidget *parent = nullptr);

    // The buildings, the spending of the chosen half and the statement's figures, read again.
    void reload();

    // The notices as chosen on the page (kind, month, building).
    Result<NoticeBatch> noticeBatch() const;
    Status saveNoticesPdf(const QString &path);
    void previewNotices();
    void printNotices();

    Result<FeeStatement> statement() const;
    Status saveStatementPdf(const QString &path);
    Status saveStatementJson(const QString &path);
    void previewStatement();
    void printStatement();

    // The spending form's entry, for the chosen half.
    Status addSpending();
    // The selected spending row, taken back with the reason.
    Status voidSpending(const QString &reason);
    Status saveContact();

    QString lastMessage() const;

signals:
    void spendingChanged();

protected:
    // Read when opened (each time it is brought up), not when made: the statement reads the
    // whole fee history, and the main window makes every page at its start.
    void showEvent(QShowEvent *event) override;

private:
    FeeOffice office() const;
    QDate today() const;
    QString statementHtml(const FeeStatement &st) const;
    void reloadSpending();
    void showResult(const Status &status, const QString &done);
    void paintNotices(const NoticeBatch &batch, QPrinter *printer);

    Database &m_db;
    Session m_session;
    QTimeZone m_zone;

    QComboBox *m_kind;
    QDateEdit *m_month;
    QComboBox *m_building;
    QLabel *m_noticeInfo;
    QComboBox *m_half;
    QLabel *m_statementInfo;
    QTableWidget *m_spending;
    QComboBox *m_category;
    QLineEdit *m_amount;
    QDateEdit *m_spentOn;
    QLineEdit *m_note;
    QPushButton *m_add;
    QPushButton *m_void;
    QLineEdit *m_contact;
    QPushButton *m_saveContact;
    QLabel *m_message;
};

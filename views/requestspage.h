#pragma once

#include "views/deskpage.h"
#include "models/domain/requestworkflow.h"
#include "models/domain/servicerequest.h"
#include "models/domain/session.h"
#include "models/io/cosignform.h"

#include <QTimeZone>

#include <memory>

class CalendarRepository;
class Database;
class LedgerImporter;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class RequestListModel;
class RequestRepository;
class ResidentRepository;
class SettingsRepository;
class UserRepository;

// 服务台: the request list (filtered and sorted by the database, paged as it scrolls)
// beside the chosen request with its whole history and the next steps the user may take.
class RequestsPage : public DeskPage
{
    Q_OBJECT

public:
    RequestsPage(Database &db, RequestRepository &requests, const Session &actor, const QTimeZone &zone,
                 QWidget *parent = nullptr);
    ~RequestsPage() override;

    RequestListModel *listModel() const { return m_model; }
    void selectRequest(qint64 id);
    qint64 currentId() const { return m_current.request.id; }
    const RequestDetail &current() const { return m_current; }
    QString detailText() const;
    void setTimeZone(const QTimeZone &zone);

    // The actions behind the buttons; tests call them to open the same dialogs.
    void newRequest();
    void dispatchCurrent();
    void arriveCurrent();
    void completeCurrent();
    void returnSlipCurrent();
    void tellComplainantCurrent();
    void confirmSignatureCurrent();
    void callbackCurrent();
    void closeCurrent();
    void extendCurrent();
    void reopenCurrent();
    void voidCurrent();
    void printCurrent();
    QString coSignFormHtml(CoSignForm::PageSize size = CoSignForm::PageSize::A4) const;
    bool saveCoSignFormPdf(const QString &path, CoSignForm::PageSize size = CoSignForm::PageSize::A4);
    void importLedger(RequestKind kind, const QString &path);
    bool exportMonth(int year, int month, const QString &path);

private:
    void applyFilter();
    void kindFilterChanged();
    void showDetail();
    void updateButtons();
    void afterChange(const QString &message);

    RequestRepository &m_requests;
    std::unique_ptr<ResidentRepository> m_residents;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<CalendarRepository> m_calendar;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<LedgerImporter> m_importer;
    RequestListModel *m_model;
    RequestDetail m_current;

    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_state;
    QComboBox *m_class;
    QCheckBox *m_overdue;
    QCheckBox *m_mine;
    QCheckBox *m_dated;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_view;
    QLabel *m_title;
    QTextBrowser *m_detail;
    QHash<QString, QPushButton *> m_buttons;
    QHash<QString, RequestStep> m_steps; // the workflow step behind each button
};

#pragma once

#include "models/domain/convenienceservices.h"
#include "models/domain/session.h"
#include "models/repositories/servicerepository.h"

#include <QTimeZone>
#include <QWidget>

class Database;
class ServiceItemModel;
class ServiceOrderModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

// Convenience services 便民服务 (seed 002): the yearly price list — drafted and approved by
// managers, published, printed for the notice board — and the service orders with the
// subscribers of each service; services below their break-even count are flagged.
class ServicesPage : public QWidget
{
    Q_OBJECT

public:
    ServicesPage(Database &db, const Session &session, const QTimeZone &zone, QWidget *parent = nullptr);

    void reload();
    // The price list tab.
    void selectYear(int year);
    int selectedYear() const;
    void draftNew();
    void addItem();
    void editItem();
    void removeItem();
    void approve();
    void publish();
    void printList();
    void exportPdf();
    Status writePdf(const QString &path) const;
    // The orders tab.
    void addOrder();
    void stopOrder();

    ServiceItemModel *itemModel() const { return m_items; }
    ServiceOrderModel *orderModel() const { return m_orders; }
    QString messageText() const;
    QString flagsText() const;
    QString listStateText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadList();
    void reloadOrders();
    void updateButtons();
    int selectedItemRow() const;
    int selectedOrderRow() const;
    void report(const QString &text, bool error);

    Database &m_db;
    ServiceRepository m_services;
    Session m_session;
    QTimeZone m_zone;
    ServicePriceList m_list;        // the year shown
    QList<ServiceItem> m_offered;   // the services of the published list in force
    QLabel *m_flags;
    QTabWidget *m_tabs;
    QComboBox *m_year;
    QLabel *m_state;
    QPushButton *m_draft;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_approve;
    QPushButton *m_publish;
    QPushButton *m_print;
    QPushButton *m_pdf;
    ServiceItemModel *m_items;
    QTableView *m_itemView;
    QComboBox *m_orderFilter;
    QCheckBox *m_showStopped;
    QPushButton *m_newOrder;
    QPushButton *m_stop;
    ServiceOrderModel *m_orders;
    QTableView *m_orderView;
    QLabel *m_message;
};

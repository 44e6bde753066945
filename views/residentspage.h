#pragma once

#include "views/deskpage.h"
#include "models/domain/residentfile.h"
#include "models/domain/session.h"
#include "models/itemmodels/residentmodels.h"

#include <QTimeZone>

#include <memory>

class Clock;
class Database;
class HouseRepository;
class HouseTreeModel;
class InspectionRunRepository;
class PermitRepository;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;
class ResidentRepository;
class RosterExport;
class RosterImport;
class VehicleRepository;

// 住户档案: the house tree beside the resident list, search as you type, and the
// chosen resident's file with houses (history kept), vehicles and decoration permits.
class ResidentsPage : public DeskPage
{
    Q_OBJECT

public:
    ResidentsPage(Database &db, const Session &actor, const QTimeZone &zone, QWidget *parent = nullptr);
    ~ResidentsPage() override;

    void search(const QString &text);
    bool selectHouse(const QString &number);
    void selectResident(qint64 id);
    qint64 currentResidentId() const { return m_current.id; }
    ResidentRowModel *residentList() const { return m_rows; }
    ResidenceLinkModel *linkList() const { return m_links; }
    VehicleModel *vehicleList() const { return m_vehicles; }
    QString documentText() const;

    // The actions behind the buttons; tests call them to open the same dialogs.
    void newResident();
    void editResident();
    void moveIn();
    void moveOutSelected();
    void addVehicle();
    void voidResident();
    void revealDocument();
    void newPermit();
    void editHouse();
    void voidSelectedVehicle();
    // A site check of the chosen decoration permit with the decoration checklist.
    void siteCheck();
    QString siteCheckText() const;
    void importRoster(const QString &path);
    void exportRoster(const QString &path);

private:
    void houseChosen();
    void showResidents();
    void showDetail();
    void updateButtons();
    void showSiteChecks();
    qint64 currentPermitId() const;
    QDate today() const;

    std::unique_ptr<HouseRepository> m_houseRepo;
    std::unique_ptr<ResidentRepository> m_residentRepo;
    std::unique_ptr<VehicleRepository> m_vehicleRepo;
    std::unique_ptr<PermitRepository> m_permitRepo;
    std::unique_ptr<InspectionRunRepository> m_runRepo;
    std::unique_ptr<RosterImport> m_import;
    std::unique_ptr<RosterExport> m_export;

    HouseTreeModel *m_tree;
    ResidentRowModel *m_rows;
    ResidenceLinkModel *m_links;
    VehicleModel *m_vehicles;
    PermitModel *m_permits;

    QLineEdit *m_search;
    QTreeView *m_treeView;
    QTableView *m_residentView;
    QCheckBox *m_showMovedOut;
    QLabel *m_title;
    QLabel *m_info;
    QLabel *m_document;
    QPushButton *m_reveal;
    QTabWidget *m_tabs;
    QTableView *m_linkView;
    QTableView *m_vehicleView;
    QTableView *m_permitView;
    QList<QPushButton *> m_residentButtons;
    QPushButton *m_newPermit;
    QPushButton *m_editHouse = nullptr;
    QPushButton *m_voidVehicle = nullptr;
    QPushButton *m_siteCheck;
    QLabel *m_siteChecks;

    HouseRecord m_house;
    ResidentRecord m_current;
};

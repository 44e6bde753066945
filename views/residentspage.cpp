#include "views/residentspage.h"
#include "views/listtable.h"

#include "dialogs/dialogkeys.h"

#include "dialogs/housedialog.h"
#include "dialogs/moveindialog.h"
#include "dialogs/permitdialog.h"
#include "dialogs/rundialog.h"
#include "dialogs/reasondialog.h"
#include "dialogs/residentdialog.h"
#include "dialogs/rosterimportdialog.h"
#include "dialogs/vehicledialog.h"
#include "models/database/database.h"
#include "models/domain/formats.h"
#include "models/itemmodels/housetreemodel.h"
#include "models/itemmodels/itemroles.h"
#include "models/io/rosterexport.h"
#include "models/io/rosterimport.h"
#include "dialogs/busyprogress.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/inspectionrunrepository.h"
#include "models/repositories/permitrepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/vehiclerepository.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text.toHtmlEscaped();
}
} // namespace

ResidentsPage::ResidentsPage(Database &db, const Session &actor, const QTimeZone &zone, QWidget *parent)
    : DeskPage(db, actor, zone, parent), m_houseRepo(std::make_unique<HouseRepository>(db)),
      m_residentRepo(std::make_unique<ResidentRepository>(db)), m_vehicleRepo(std::make_unique<VehicleRepository>(db)),
      m_permitRepo(std::make_unique<PermitRepository>(db)), m_runRepo(std::make_unique<InspectionRunRepository>(db)), m_import(std::make_unique<RosterImport>(db)),
      m_export(std::make_unique<RosterExport>(db)), m_tree(new HouseTreeModel(*m_houseRepo, actor, this)),
      m_rows(ResidentModels::residentRows(this)), m_links(ResidentModels::links(this)),
      m_vehicles(ResidentModels::vehicles(this)), m_permits(ResidentModels::permits(this)),
      m_search(new QLineEdit(this)), m_treeView(new QTreeView(this)), m_showMovedOut(new QCheckBox(this)),
      m_title(new QLabel(this)), m_info(new QLabel(this)), m_document(new QLabel(this)),
      m_reveal(new QPushButton(tr("Show full number"), this)), m_tabs(new QTabWidget(this))
{
    const bool canEdit = actor.can(Permission::EditResidents);
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("residentSearch"));
    m_search->setPlaceholderText(tr("Search: name, pinyin initials (zs), house 3-2-1201, phone or plate"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    auto *add = new QPushButton(tr("&New resident..."), this);
    auto *importButton = new QPushButton(tr("&Import roster..."), this);
    auto *exportButton = new QPushButton(tr("E&xport..."), this);
    add->setObjectName(QStringLiteral("newResident"));
    exportButton->setObjectName(QStringLiteral("exportResidents"));
    for (QPushButton *b : {add, importButton, exportButton}) {
        b->setEnabled(canEdit);
        bar->addWidget(b);
    }
    // SPEC 7: the roster is personal data; RosterExport refuses the others too.
    if (!actor.can(Permission::ViewFullDocuments)) {
        exportButton->setEnabled(false);
        exportButton->setToolTip(tr("Only an administrator or a manager may export the residents' personal data."));
    }
    layout->addLayout(bar);

    auto *splitter = new QSplitter(this);
    m_treeView->setObjectName(QStringLiteral("houseTree"));
    m_treeView->setModel(m_tree);
    m_treeView->setHeaderHidden(false);
    m_treeView->setUniformRowHeights(true);
    auto *treePane = new QWidget(splitter);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_treeView);
    m_editHouse = new QPushButton(tr("&House..."), treePane);
    m_editHouse->setObjectName(QStringLiteral("editHouse"));
    m_editHouse->setEnabled(false);
    treeLayout->addWidget(m_editHouse);
    splitter->addWidget(treePane);

    auto *middle = new QWidget(splitter);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_residentView = listTable(middle, m_rows, "residentList");
    middleLayout->addWidget(m_residentView);
    m_showMovedOut->setObjectName(QStringLiteral("showMovedOut"));
    m_showMovedOut->setText(tr("Show those who moved out"));
    middleLayout->addWidget(m_showMovedOut);
    splitter->addWidget(middle);

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    setTitleFont(m_title, 1.4);
    m_title->setObjectName(QStringLiteral("residentTitle"));
    m_info->setObjectName(QStringLiteral("residentInfo"));
    m_info->setTextFormat(Qt::RichText);
    m_info->setWordWrap(true);
    m_document->setObjectName(QStringLiteral("residentDocument"));
    m_reveal->setObjectName(QStringLiteral("revealDocument"));
    m_reveal->setVisible(actor.can(Permission::ViewFullDocuments));
    detailLayout->addWidget(m_title);
    auto *documentRow = new QHBoxLayout;
    documentRow->addWidget(m_document, 1);
    documentRow->addWidget(m_reveal);
    detailLayout->addLayout(documentRow);
    detailLayout->addWidget(m_info);

    auto *actions = new QHBoxLayout;
    auto *edit = new QPushButton(tr("&Edit..."), detail);
    auto *moveInButton = new QPushButton(tr("&Move in..."), detail);
    auto *moveOutButton = new QPushButton(tr("Move &out"), detail);
    auto *vehicle = new QPushButton(tr("&Vehicle..."), detail);
    auto *voidButton = new QPushButton(tr("Vo&id..."), detail);
    m_residentButtons = {edit, moveInButton, moveOutButton, vehicle, voidButton};
    for (QPushButton *b : m_residentButtons)
        actions->addWidget(b);
    actions->addStretch();
    detailLayout->addLayout(actions);

    m_linkView = listTable(m_tabs, m_links, "linkList");
    auto *vehicleTab = new QWidget(m_tabs);
    auto *vehicleLayout = new QVBoxLayout(vehicleTab);
    m_vehicleView = listTable(vehicleTab, m_vehicles, "vehicleList");
    vehicleLayout->addWidget(m_vehicleView);
    m_voidVehicle = new QPushButton(tr("Void the chosen vehicle..."), vehicleTab);
    m_voidVehicle->setObjectName(QStringLiteral("voidVehicle"));
    vehicleLayout->addWidget(m_voidVehicle, 0, Qt::AlignLeft);
    auto *permitTab = new QWidget(m_tabs);
    auto *permitLayout = new QVBoxLayout(permitTab);
    m_permitView = listTable(permitTab, m_permits, "permitList");
    permitLayout->addWidget(m_permitView);
    m_newPermit = new QPushButton(tr("New &permit..."), permitTab);
    // Site checks of a decoration permit are runs of the decoration checklist.
    m_siteCheck = new QPushButton(tr("Site &check..."), permitTab);
    m_siteCheck->setObjectName(QStringLiteral("siteCheckButton"));
    m_siteChecks = new QLabel(permitTab);
    m_siteChecks->setObjectName(QStringLiteral("siteChecks"));
    m_siteChecks->setWordWrap(true);
    auto *permitButtons = new QHBoxLayout;
    permitButtons->addWidget(m_newPermit);
    permitButtons->addWidget(m_siteCheck);
    permitButtons->addStretch();
    permitLayout->addWidget(m_siteChecks);
    permitLayout->addLayout(permitButtons);
    m_tabs->addTab(m_linkView, tr("Houses"));
    m_tabs->addTab(vehicleTab, tr("Vehicles"));
    m_tabs->addTab(permitTab, tr("Decoration permits"));
    detailLayout->addWidget(m_tabs, 1);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({150, 400, 450});
    setFocusProxy(m_search); // the clerk starts typing at once
    layout->addWidget(splitter, 1);

    m_message->setObjectName(QStringLiteral("residentsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, this, &ResidentsPage::search);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResidentsPage::houseChosen);
    connect(m_residentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectResident(m_rows->record(current.row()).residentId);
            });
    connect(m_showMovedOut, &QCheckBox::toggled, this, &ResidentsPage::showResidents);
    // Down from the search goes into the hits, Enter picks the one under the cursor.
    DialogKeys::attachResults(m_search, m_residentView, [this](const QModelIndex &index) {
        m_residentView->setCurrentIndex(index);
        m_residentView->setFocus(Qt::OtherFocusReason);
    });
    connect(add, &QPushButton::clicked, this, &ResidentsPage::newResident);
    connect(edit, &QPushButton::clicked, this, &ResidentsPage::editResident);
    connect(moveInButton, &QPushButton::clicked, this, &ResidentsPage::moveIn);
    connect(moveOutButton, &QPushButton::clicked, this, &ResidentsPage::moveOutSelected);
    connect(vehicle, &QPushButton::clicked, this, &ResidentsPage::addVehicle);
    connect(voidButton, &QPushButton::clicked, this, &ResidentsPage::voidResident);
    connect(m_reveal, &QPushButton::clicked, this, &ResidentsPage::revealDocument);
    connect(m_newPermit, &QPushButton::clicked, this, &ResidentsPage::newPermit);
    connect(m_editHouse, &QPushButton::clicked, this, &ResidentsPage::editHouse);
    connect(m_voidVehicle, &QPushButton::clicked, this, &ResidentsPage::voidSelectedVehicle);
    connect(m_siteCheck, &QPushButton::clicked, this, &ResidentsPage::siteCheck);
    connect(m_permitView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResidentsPage::showSiteChecks);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a resident roster"), QString(),
                                                          tr("Rosters (*.csv *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            importRoster(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the residents"), tr("residents.xlsx"),
                                                          tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
        if (!path.isEmpty())
            exportRoster(path);
    });
    showDetail();
}

ResidentsPage::~ResidentsPage() = default;

QDate ResidentsPage::today() const
{
    return m_db.clock().now().toTimeZone(m_zone).date();
}

void ResidentsPage::search(const QString &text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // comes back through textChanged
        return;
    }
    showResidents();
}

void ResidentsPage::houseChosen()
{
    m_house = m_tree->house(m_treeView->currentIndex());
    m_editHouse->setEnabled(m_house.id != 0 && m_actor.can(Permission::EditResidents));
    if (m_house.id != 0 && !m_search->text().isEmpty()) {
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
    }
    showResidents();
}

bool ResidentsPage::selectHouse(const QString &number)
{
    const QModelIndex index = m_tree->indexOfHouse(number);
    if (!index.isValid())
        return false;
    m_treeView->expand(index.parent().parent());
    m_treeView->expand(index.parent());
    m_treeView->setCurrentIndex(index);
    return true;
}

void ResidentsPage::showResidents()
{
    QList<ResidentRow> rows;
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty()) {
        const auto hits = m_residentRepo->search(m_actor, text, 50);
        if (!hits)
            return report(hits.error());
        for (const ResidentHit &hit : hits.value())
            rows << ResidentRow::fromHit(hit);
    } else if (m_house.id != 0) {
        const auto occupants = m_residentRepo->occupants(m_actor, m_house.id, m_showMovedOut->isChecked());
        if (!occupants)
            return report(occupants.error());
        for (const ResidenceLink &link : occupants.value())
            rows << ResidentRow::fromLink(link);
    }
    m_rows->setRecords(rows);
    // Search hits carry phones; a house's occupants carry role and period.
    const bool searching = !text.isEmpty();
    m_residentView->setColumnHidden(2, searching);
    m_residentView->setColumnHidden(3, !searching);
    m_residentView->setColumnHidden(4, searching);
    m_residentView->resizeColumnsToContents();
    m_residentView->horizontalHeader()->setStretchLastSection(true);
    m_showMovedOut->setEnabled(text.isEmpty() && m_house.id != 0);
}

void ResidentsPage::selectResident(qint64 id)
{
    if (id == 0) {
        m_current = ResidentRecord{};
    } else {
        const auto record = m_residentRepo->find(m_actor, id);
        if (!record)
            return report(record.error());
        m_current = record.value();
    }
    showDetail();
}

QString ResidentsPage::documentText() const
{
    return m_document->text();
}

void ResidentsPage::showDetail()
{
    const bool has = m_current.id != 0;
    m_title->setText(has ? m_current.name : tr("No resident chosen"));
    if (!has) {
        m_document->clear();
        m_info->setText(tr("Search above, or pick a house in the tree and a resident in the list."));
        m_links->setRecords({});
        m_vehicles->setRecords({});
        m_permits->setRecords({});
        updateButtons();
        return;
    }
    m_document->setText(m_current.documentNumber.isEmpty()
                            ? tr("%1: not on file").arg(ResidentCodes::documentTypeName(m_current.documentType))
                            : tr("%1: %2").arg(ResidentCodes::documentTypeName(m_current.documentType),
                                               m_current.documentNumber));
    QStringList lines;
    auto line = [&](const QString &label, const QString &value) {
        lines << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), orDash(value));
    };
    line(tr("Gender:"), m_current.gender.isEmpty() ? QString() : ResidentCodes::genderName(m_current.gender));
    line(tr("Mobile:"), QStringList{m_current.mobile, m_current.mobile2}.join(QLatin1Char(' ')).trimmed());
    line(tr("Landline:"), m_current.landline);
    line(tr("Emergency contact:"),
         QStringList{m_current.emergencyContact, m_current.emergencyPhone}.join(QLatin1Char(' ')).trimmed());
    line(tr("Notes:"), m_current.notes);
    if (m_current.voided)
        lines << QStringLiteral("<span style='color:#b3261e'><b>%1</b> %2</span>")
                     .arg(tr("Voided:").toHtmlEscaped(), m_current.voidReason.toHtmlEscaped());
    line(tr("Last changed:"),
         m_current.updatedAt.isValid()
             ? tr("%1 by %2").arg(m_current.updatedAt.toTimeZone(m_zone).toString(Formats::dateTime()),
                                  m_current.updatedBy)
             : QString());
    m_info->setText(lines.join(QStringLiteral("<br>")));

    const auto links = m_residentRepo->links(m_actor, m_current.id, true);
    m_links->setRecords(links ? links.value() : QList<ResidenceLink>{});
    const auto vehicles = m_vehicleRepo->forResident(m_actor, m_current.id);
    m_vehicles->setRecords(vehicles ? vehicles.value() : QList<VehicleRecord>{});
    QList<DecorationPermit> permits;
    if (links) {
        QList<qint64> seen;
        for (const ResidenceLink &link : links.value()) {
            if (link.ended || seen.contains(link.houseId))
                continue;
            seen << link.houseId;
            if (const auto forHouse = m_permitRepo->forHouse(m_actor, link.houseId))
                permits += forHouse.value();
        }
    }
    m_permits->setRecords(permits);
    m_siteChecks->clear();
    for (QTableView *view : {m_linkView, m_vehicleView, m_permitView}) {
        view->resizeColumnsToContents();
        view->horizontalHeader()->setStretchLastSection(true);
    }
    updateButtons();
}

void ResidentsPage::updateButtons()
{
    const bool canEdit = m_actor.can(Permission::EditResidents);
    const bool active = m_current.id != 0 && !m_current.voided;
    for (QPushButton *b : std::as_const(m_residentButtons))
        b->setEnabled(canEdit && active);
    m_reveal->setEnabled(m_current.documentMasked);
    m_newPermit->setEnabled(canEdit && active);
    m_voidVehicle->setEnabled(canEdit && active);
    m_siteCheck->setEnabled(m_actor.can(Permission::RunInspections) && m_permitView->currentIndex().isValid());
}

qint64 ResidentsPage::currentPermitId() const
{
    const QModelIndex current = m_permitView->currentIndex();
    return current.isValid() ? m_permits->record(current.row()).id : 0;
}

void ResidentsPage::showSiteChecks()
{
    updateButtons();
    const qint64 permit = currentPermitId();
    if (permit == 0 || !m_actor.can(Permission::RunInspections)) {
        m_siteChecks->clear();
        return;
    }
    RunFilter filter;
    filter.permitId = permit;
    const auto runs = m_runRepo->list(m_actor, filter, 0, 50);
    if (!runs) {
        m_siteChecks->setText(runs.error());
        return;
    }
    QStringList lines;
    for (const InspectionRun &r : runs.value()) {
        lines << tr("%1 %2: %3, %n fail(s)", nullptr, r.failCount)
                     .arg(r.startedAt.toTimeZone(m_zone).toString(Formats::dateTime()), r.inspectorName,
                          InspectionCodes::displayName(r.state));
    }
    m_siteChecks->setText(lines.isEmpty() ? tr("No site checks yet.") : tr("Site checks: %1").arg(lines.join(QStringLiteral("; "))));
}

void ResidentsPage::siteCheck()
{
    const qint64 permit = currentPermitId();
    if (permit == 0)
        return report(tr("Choose a permit first."));
    RunStart start;
    start.templateCode = QStringLiteral("decoration");
    start.levelCode = QStringLiteral("frontline");
    start.permitId = permit;
    start.area = m_permits->record(m_permitView->currentIndex().row()).houseNumber;
    const auto id = m_runRepo->start(m_actor, start);
    if (!id)
        return report(id.error());
    RunDialog dialog(*m_runRepo, m_actor, id.value(), m_zone, this);
    exec(dialog);
    showSiteChecks();
}

void ResidentsPage::editHouse()
{
    if (m_house.id == 0)
        return;
    HouseDialog dialog(*m_houseRepo, m_actor, m_house, this);
    if (exec(dialog) != QDialog::Accepted)
        return;
    const QString number = m_house.number;
    m_tree->reload();
    selectHouse(number);
    report(tr("House %1 saved.").arg(number), false);
}

void ResidentsPage::voidSelectedVehicle()
{
    const QModelIndex index = m_vehicleView->currentIndex();
    if (!index.isValid())
        return report(tr("Choose the vehicle in the Vehicles tab first."));
    const VehicleRecord vehicle = m_vehicles->record(index.row());
    ReasonDialog dialog(tr("Void vehicle"), tr("Why is %1 no longer registered?").arg(vehicle.plate),
                        [this, id = vehicle.id](const QString &reason) {
                            return m_vehicleRepo->voidVehicle(m_actor, id, reason);
                        },
                        this);
    if (exec(dialog) == QDialog::Accepted)
        selectResident(m_current.id);
}

void ResidentsPage::newResident()
{
    ResidentDialog dialog(*m_residentRepo, m_actor, {}, this);
    dialog.offerHouse(m_house.number, today());
    if (exec(dialog) != QDialog::Accepted)
        return;
    if (!dialog.linkedHouse().isEmpty()) {
        m_tree->reload();
        selectResident(dialog.residentId());
        showResidents();
        report(tr("%1 is on file and lives at %2.").arg(m_current.name, dialog.linkedHouse()), false);
        return;
    }
    selectResident(dialog.residentId());
    report(tr("%1 is on file. Use \"Move in\" to link the resident to a house.").arg(m_current.name), false);
}

void ResidentsPage::editResident()
{
    if (m_current.id == 0)
        return;
    ResidentDialog dialog(*m_residentRepo, m_actor, m_current, this);
    if (exec(dialog) == QDialog::Accepted) {
        selectResident(m_current.id);
        showResidents();
    }
}

void ResidentsPage::moveIn()
{
    if (m_current.id == 0)
        return;
    MoveInDialog dialog(*m_residentRepo, *m_houseRepo, m_actor, m_current.id, m_house.number, today(), this);
    if (exec(dialog) == QDialog::Accepted) {
        m_tree->reload();
        selectResident(m_current.id);
        showResidents();
    }
}

void ResidentsPage::moveOutSelected()
{
    const QModelIndex index = m_linkView->currentIndex();
    if (!index.isValid())
        return report(tr("Choose the house the resident moves out of in the Houses tab."));
    const ResidenceLink link = m_links->record(index.row());
    if (link.ended)
        return report(tr("%1 already moved out of %2.").arg(m_current.name, link.houseNumber));
    if (Status s = m_residentRepo->moveOut(m_actor, link.id, today()); !s)
        return report(s.error());
    report(tr("%1 moved out of %2 on %3; the link stays in the history.")
               .arg(m_current.name, link.houseNumber, today().toString(Qt::ISODate)),
           false);
    selectResident(m_current.id);
    showResidents();
}

void ResidentsPage::addVehicle()
{
    if (m_current.id == 0)
        return;
    VehicleDialog dialog(*m_vehicleRepo, m_actor, m_current.id, today(), this);
    if (exec(dialog) == QDialog::Accepted)
        selectResident(m_current.id);
}

void ResidentsPage::voidResident()
{
    if (m_current.id == 0)
        return;
    const qint64 id = m_current.id;
    ReasonDialog dialog(tr("Void resident"),
                        tr("Why is the file of %1 voided? It stays in the records, marked void.").arg(m_current.name),
                        [this, id](const QString &reason) { return m_residentRepo->voidResident(m_actor, id, reason); },
                        this);
    if (exec(dialog) == QDialog::Accepted) {
        selectResident(id);
        showResidents();
    }
}

void ResidentsPage::revealDocument()
{
    if (m_current.id == 0)
        return;
    const auto number = m_residentRepo->revealDocument(m_actor, m_current.id);
    if (!number)
        return report(number.error());
    m_document->setText(tr("%1: %2").arg(ResidentCodes::documentTypeName(m_current.documentType), number.value()));
    m_reveal->setEnabled(false);
    report(tr("The full number was shown; this is recorded in the audit log."), false);
}

void ResidentsPage::newPermit()
{
    if (m_current.id == 0)
        return;
    QString house = m_house.number;
    for (const ResidenceLink &link : m_links->records()) {
        if (!link.ended && (house.isEmpty() || link.houseNumber == house)) {
            house = link.houseNumber;
            break;
        }
    }
    PermitDialog dialog(*m_permitRepo, *m_houseRepo, m_actor, house, m_current.id, today(), this);
    if (exec(dialog) == QDialog::Accepted)
        selectResident(m_current.id);
}

void ResidentsPage::importRoster(const QString &path)
{
    RosterImportDialog dialog(*m_import, m_actor, this);
    if (!dialog.load(path)) {
        report(dialog.errorText());
        return;
    }
    if (exec(dialog) != QDialog::Accepted)
        return;
    const RosterImportResult result = dialog.importResult();
    report(tr("Imported %1 row(s); %2 already on file; %3 rejected.")
               .arg(result.imported)
               .arg(result.unchanged)
               .arg(result.rejected.size()),
           false);
    m_tree->reload();
    showResidents();
}

void ResidentsPage::exportRoster(const QString &path)
{
    const auto rows = [&] {
        BusyProgress progress(this, tr("Exporting the residents…"));
        return m_export->exportFile(m_actor, path, RosterExport::Headers::Translated);
    }();
    if (!rows)
        return report(rows.error());
    report(tr("Exported %n resident row(s) to %1.", nullptr, rows.value()).arg(path), false);
}

QString ResidentsPage::siteCheckText() const
{
    return m_siteChecks->text();
}

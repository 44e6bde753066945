#include "dialogs/inspectionlevelsdialog.h"

#include "dialogs/dialogkeys.h"

#include "models/repositories/inspectionschedulerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

InspectionLevelsDialog::InspectionLevelsDialog(InspectionScheduleRepository &repository, const Session &actor,
                                               const QList<QPair<QString, QString>> &checklists, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_actor(actor), m_level(new QComboBox(this)),
      m_hours(new QSpinBox(this)), m_shareNum(new QSpinBox(this)), m_shareDen(new QSpinBox(this)),
      m_minUnits(new QSpinBox(this)), m_rule(new QLabel(this)), m_table(new QTableWidget(0, 6, this)),
      m_person(new QComboBox(this)), m_personLevel(new QComboBox(this)), m_checklist(new QComboBox(this)),
      m_area(new QLineEdit(this)), m_superior(new QComboBox(this)), m_active(new QCheckBox(tr("Active"), this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Inspection levels and who holds them"));
    DialogKeys::install(this);
    m_level->setObjectName(QStringLiteral("levelCode"));
    m_hours->setObjectName(QStringLiteral("levelHours"));
    m_table->setObjectName(QStringLiteral("assignmentTable"));
    m_person->setObjectName(QStringLiteral("assignmentPerson"));
    m_personLevel->setObjectName(QStringLiteral("assignmentLevel"));
    m_superior->setObjectName(QStringLiteral("assignmentSuperior"));
    m_error->setObjectName(QStringLiteral("levelsError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_hours->setRange(1, 24 * 92);
    m_hours->setSuffix(tr(" h"));
    m_shareNum->setRange(0, 100);
    m_shareDen->setRange(1, 100);
    m_minUnits->setRange(0, 10000);
    for (const QString &code : InspectionCodes::levelCodes()) {
        m_level->addItem(InspectionCodes::levelName(code), code);
        m_personLevel->addItem(InspectionCodes::levelName(code), code);
    }
    m_checklist->addItem(tr("all checklists"), QString());
    for (const auto &[code, name] : checklists)
        m_checklist->addItem(name, code);
    m_superior->addItem(tr("(none)"), qint64(0));
    if (const auto people = repository.candidates(actor)) {
        for (const auto &[id, name] : people.value()) {
            m_person->addItem(name, id);
            m_superior->addItem(name, id);
        }
    }
    m_active->setChecked(true);

    auto *levelBox = new QGroupBox(tr("Frequency and sampling"), this);
    auto *levelForm = new QFormLayout(levelBox);
    auto *share = new QHBoxLayout;
    share->addWidget(m_shareNum);
    share->addWidget(new QLabel(QStringLiteral("/"), this));
    share->addWidget(m_shareDen);
    share->addStretch();
    auto *saveLevelButton = new QPushButton(tr("Save &frequency"), this);
    saveLevelButton->setObjectName(QStringLiteral("saveLevelButton"));
    levelForm->addRow(tr("&Level:"), m_level);
    levelForm->addRow(tr("&Every:"), m_hours);
    levelForm->addRow(tr("At least (share of items or area):"), share);
    levelForm->addRow(tr("Cleaning: at least (units):"), m_minUnits);
    levelForm->addRow(m_rule, saveLevelButton);

    auto *peopleBox = new QGroupBox(tr("Who holds each level"), this);
    auto *peopleLayout = new QVBoxLayout(peopleBox);
    m_table->setHorizontalHeaderLabels({tr("Person"), tr("Level"), tr("Checklist"), tr("Area"), tr("Superior"), tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *personForm = new QFormLayout;
    personForm->addRow(tr("&Person:"), m_person);
    personForm->addRow(tr("Le&vel:"), m_personLevel);
    personForm->addRow(tr("&Checklist:"), m_checklist);
    personForm->addRow(tr("&Area:"), m_area);
    personForm->addRow(tr("&Superior:"), m_superior);
    personForm->addRow(QString(), m_active);
    auto *addButton = new QPushButton(tr("A&dd"), this);
    auto *changeButton = new QPushButton(tr("Save c&hanges"), this);
    addButton->setObjectName(QStringLiteral("addAssignmentButton"));
    changeButton->setObjectName(QStringLiteral("saveAssignmentButton"));
    auto *personButtons = new QHBoxLayout;
    personButtons->addStretch();
    personButtons->addWidget(addButton);
    personButtons->addWidget(changeButton);
    peopleLayout->addWidget(m_table, 1);
    peopleLayout->addLayout(personForm);
    peopleLayout->addLayout(personButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    for (QPushButton *b : {saveLevelButton, addButton, changeButton})
        b->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(levelBox);
    layout->addWidget(peopleBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_level, &QComboBox::currentIndexChanged, this, &InspectionLevelsDialog::levelChosen);
    connect(saveLevelButton, &QPushButton::clicked, this, &InspectionLevelsDialog::saveLevel);
    connect(m_table, &QTableWidget::currentCellChanged, this, &InspectionLevelsDialog::assignmentChosen);
    connect(addButton, &QPushButton::clicked, this, [this] { saveAssignment(true); });
    connect(changeButton, &QPushButton::clicked, this, [this] { saveAssignment(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadLevels();
    loadAssignments();
    resize(760, 640);
}

QString InspectionLevelsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void InspectionLevelsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void InspectionLevelsDialog::loadLevels()
{
    const auto levels = m_repository.levels();
    if (!levels)
        return showError(levels.error());
    m_levels = levels.value();
    levelChosen();
}

void InspectionLevelsDialog::levelChosen()
{
    const QString code = m_level->currentData().toString();
    for (const InspectionLevel &l : std::as_const(m_levels)) {
        if (l.code != code)
            continue;
        m_hours->setValue(qMax(1, l.intervalMinutes / 60));
        m_shareNum->setValue(l.shareNum);
        m_shareDen->setValue(l.shareDen);
        m_minUnits->setValue(l.minUnits);
        m_rule->setText(InspectionCodes::levelRule(l));
    }
}

bool InspectionLevelsDialog::saveLevel()
{
    const QString code = m_level->currentData().toString();
    for (const InspectionLevel &l : std::as_const(m_levels)) {
        if (l.code != code)
            continue;
        InspectionLevel changed = l;
        changed.intervalMinutes = m_hours->value() * 60;
        changed.shareNum = m_shareNum->value();
        changed.shareDen = m_shareDen->value();
        changed.minUnits = m_minUnits->value();
        if (Status s = m_repository.setLevel(m_actor, changed); !s) {
            showError(s.error());
            return false;
        }
        showError({});
        loadLevels();
        return true;
    }
    return false;
}

void InspectionLevelsDialog::loadAssignments()
{
    const auto list = m_repository.assignments(m_actor, false);
    if (!list)
        return showError(list.error());
    m_assignments = list.value();
    m_table->setRowCount(int(m_assignments.size()));
    for (int row = 0; row < m_assignments.size(); ++row) {
        const LevelAssignment &a = m_assignments.at(row);
        const QStringList cells{a.userName, InspectionCodes::levelName(a.levelCode),
                                a.templateCode.isEmpty()       ? tr("all checklists")
                                : a.templateName.isEmpty() ? a.templateCode
                                                           : a.templateName,
                                a.area,
                                a.superiorName, a.active ? tr("yes") : tr("no")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void InspectionLevelsDialog::assignmentChosen()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_assignments.size())
        return;
    const LevelAssignment &a = m_assignments.at(row);
    m_person->setCurrentIndex(m_person->findData(a.userId));
    m_personLevel->setCurrentIndex(m_personLevel->findData(a.levelCode));
    m_checklist->setCurrentIndex(qMax(0, m_checklist->findData(a.templateCode)));
    m_area->setText(a.area);
    m_superior->setCurrentIndex(qMax(0, m_superior->findData(a.superiorId)));
    m_active->setChecked(a.active);
}

bool InspectionLevelsDialog::saveAssignment(bool asNew)
{
    LevelAssignment a;
    const int row = m_table->currentRow();
    if (!asNew) {
        if (row < 0 || row >= m_assignments.size()) {
            showError(tr("Choose the line to change first."));
            return false;
        }
        a = m_assignments.at(row);
    }
    a.userId = m_person->currentData().toLongLong();
    a.levelCode = m_personLevel->currentData().toString();
    a.templateCode = m_checklist->currentData().toString();
    a.area = m_area->text();
    a.superiorId = m_superior->currentData().toLongLong();
    a.active = m_active->isChecked();
    const auto id = m_repository.saveAssignment(m_actor, a);
    if (!id) {
        showError(id.error());
        return false;
    }
    showError({});
    loadAssignments();
    return true;
}

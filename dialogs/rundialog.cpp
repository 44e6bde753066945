#include "dialogs/rundialog.h"

#include "dialogs/dialogkeys.h"

#include "dialogs/correctiondialog.h"
#include "models/domain/formats.h"
#include "models/itemmodels/inspectionmodels.h"
#include "models/repositories/inspectionrunrepository.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

RunDialog::RunDialog(InspectionRunRepository &runs, const Session &actor, qint64 runId, const QTimeZone &zone,
                     QWidget *parent)
    : QDialog(parent), m_runs(runs), m_actor(actor), m_runId(runId), m_zone(zone), m_items(new RunItemsModel(this)),
      m_header(new QLabel(this)), m_area(new QLineEdit(this)), m_unitsChecked(new QSpinBox(this)),
      m_unitsTotal(new QSpinBox(this)), m_notes(new QLineEdit(this)), m_view(new QTableView(this)),
      // The keys P, F and N mark the current item from the list; the buttons say so.
      m_pass(new QPushButton(tr("Pass (P)"), this)), m_fail(new QPushButton(tr("Fail (F)"), this)),
      m_na(new QPushButton(tr("Not applicable (N)"), this)), m_note(new QLineEdit(this)),
      m_photo(new QPushButton(tr("P&hoto..."), this)), m_thumbnail(new QLabel(this)), m_progress(new QLabel(this)),
      m_error(new QLabel(this)), m_save(new QPushButton(tr("&Save draft"), this)),
      m_finish(new QPushButton(tr("F&inish inspection"), this)),
      m_correct(new QPushButton(tr("&Correct this item..."), this)), m_corrections(new QLabel(this))
{
    setWindowTitle(tr("Inspection"));
    DialogKeys::install(this);
    m_area->setObjectName(QStringLiteral("areaEdit"));
    m_unitsChecked->setObjectName(QStringLiteral("unitsChecked"));
    m_unitsTotal->setObjectName(QStringLiteral("unitsTotal"));
    m_notes->setObjectName(QStringLiteral("runNotes"));
    m_view->setObjectName(QStringLiteral("itemsView"));
    m_pass->setObjectName(QStringLiteral("passButton"));
    m_fail->setObjectName(QStringLiteral("failButton"));
    m_na->setObjectName(QStringLiteral("naButton"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_photo->setObjectName(QStringLiteral("photoButton"));
    m_thumbnail->setObjectName(QStringLiteral("thumbnail"));
    m_error->setObjectName(QStringLiteral("runError"));
    m_save->setObjectName(QStringLiteral("saveDraftButton"));
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_correct->setObjectName(QStringLiteral("correctButton"));
    m_corrections->setObjectName(QStringLiteral("corrections"));
    m_corrections->setWordWrap(true);
    m_header->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold;"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_unitsChecked->setRange(0, 100000);
    m_unitsTotal->setRange(0, 100000);
    m_note->setPlaceholderText(tr("What was found (for a fail: the problem)"));
    m_thumbnail->setFixedSize(160, 120);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setStyleSheet(QStringLiteral("border: 1px solid #bbb;"));

    m_view->setModel(m_items);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(RunItemsModel::Number, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RunItemsModel::Item, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(RunItemsModel::Criterion, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    m_note->installEventFilter(this);

    auto *form = new QFormLayout;
    auto *units = new QHBoxLayout;
    units->addWidget(m_unitsChecked);
    units->addWidget(new QLabel(tr("of"), this));
    units->addWidget(m_unitsTotal);
    units->addWidget(new QLabel(tr("units"), this));
    units->addStretch();
    form->addRow(tr("&Area:"), m_area);
    form->addRow(tr("Units checked:"), units);
    form->addRow(tr("Run &notes:"), m_notes);

    auto *marks = new QHBoxLayout;
    marks->addWidget(m_pass);
    marks->addWidget(m_fail);
    marks->addWidget(m_na);
    marks->addStretch();
    marks->addWidget(m_progress);
    auto *current = new QHBoxLayout;
    auto *noteColumn = new QVBoxLayout;
    auto *noteRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("N&ote:"), this);
    noteLabel->setBuddy(m_note);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_photo);
    noteColumn->addLayout(marks);
    noteColumn->addLayout(noteRow);
    current->addLayout(noteColumn, 1);
    current->addWidget(m_thumbnail);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_finish, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_correct, QDialogButtonBox::ActionRole);
    m_correct->setAutoDefault(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    for (QPushButton *b : {m_pass, m_fail, m_na, m_photo}) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::TabFocus);
    }
    m_finish->setDefault(true); // Enter in the list finishes; finishing refuses an unmarked checklist
    m_save->setAutoDefault(false);
    close->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addLayout(current);
    layout->addWidget(m_corrections);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_pass, &QPushButton::clicked, this, [this] { mark(Verdict::Pass); });
    connect(m_fail, &QPushButton::clicked, this, [this] { mark(Verdict::Fail); });
    connect(m_na, &QPushButton::clicked, this, [this] { mark(Verdict::NotApplicable); });
    connect(m_note, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (currentRow() >= 0)
            m_items->setNote(currentRow(), text);
    });
    connect(m_photo, &QPushButton::clicked, this, &RunDialog::choosePhoto);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (saveDraft())
            m_progress->setText(m_progress->text() + QStringLiteral(" · ") + tr("saved"));
    });
    connect(m_finish, &QPushButton::clicked, this, [this] {
        if (finishRun())
            accept();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_correct, &QPushButton::clicked, this, &RunDialog::correctCurrent);
    connect(m_items, &QAbstractItemModel::dataChanged, this, &RunDialog::updateProgress);
    connect(m_items, &QAbstractItemModel::dataChanged, this, [this] { m_dirty = true; });
    connect(m_area, &QLineEdit::textEdited, this, [this] { m_dirty = true; });
    connect(m_notes, &QLineEdit::textEdited, this, [this] { m_dirty = true; });
    for (QSpinBox *spin : {m_unitsChecked, m_unitsTotal})
        connect(spin, &QSpinBox::valueChanged, this, [this] { m_dirty = true; });
    load();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunDialog::currentChanged);
    if (m_items->rowCount() > 0)
        m_view->setCurrentIndex(m_items->index(0, RunItemsModel::Item));
    m_view->setFocus();
    resize(1000, 680);
}

void RunDialog::load()
{
    const auto run = m_runs.run(m_actor, m_runId);
    if (!run) {
        showError(run.error());
        return;
    }
    m_run = run.value();
    m_items->setRun(m_run);
    m_header->setText(tr("%1 (version %2) · %3 · %4 · started %5")
                          .arg(m_run.templateName)
                          .arg(m_run.templateVersion)
                          .arg(InspectionCodes::levelName(m_run.levelCode), m_run.inspectorName,
                               m_run.startedAt.toTimeZone(m_zone).toString(Formats::dateTime())));
    m_area->setText(m_run.area);
    m_unitsChecked->setValue(m_run.unitsChecked);
    m_unitsTotal->setValue(m_run.unitsTotal);
    m_notes->setText(m_run.notes);
    const bool readOnly = m_run.state == RunState::Finished;
    for (QWidget *w : std::initializer_list<QWidget *>{m_area, m_unitsChecked, m_unitsTotal, m_notes, m_pass, m_fail,
                                                        m_na, m_photo, m_save, m_finish})
        w->setEnabled(!readOnly);
    m_note->setReadOnly(readOnly);
    m_correct->setVisible(readOnly);
    if (readOnly)
        setWindowTitle(tr("Inspection (finished, read-only)"));
    QStringList lines;
    for (const RunCorrection &c : std::as_const(m_run.corrections)) {
        lines << tr("Correction of item %1 to %2 by %3 at %4: %5")
                     .arg(c.position)
                     .arg(InspectionCodes::displayName(c.verdict), c.byName,
                          c.at.toTimeZone(m_zone).toString(Formats::dateTime()), c.reason);
    }
    m_corrections->setText(lines.join(QLatin1Char('\n')));
    m_corrections->setVisible(!lines.isEmpty());
    updateProgress();
    m_dirty = false;
}

void RunDialog::reject()
{
    // Closing (Close, Esc, the window's X) keeps what was marked: the draft is saved.
    if (m_run.state == RunState::Draft && m_dirty && !saveDraft()) {
        QMessageBox ask(QMessageBox::Warning, tr("Inspection"),
                        tr("The marks could not be saved as a draft: %1\n\nClose and lose them?").arg(errorText()),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        ask.setDefaultButton(QMessageBox::Cancel);
        emit dialogOpened(&ask);
        if (ask.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void RunDialog::updateProgress()
{
    m_progress->setText(tr("%1 of %2 marked, %3 fail(s)")
                            .arg(m_items->markedCount())
                            .arg(m_items->rowCount())
                            .arg(m_items->failCount()));
}

int RunDialog::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RunDialog::currentChanged()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const RunResult &r = m_items->results().at(row);
    m_note->setText(r.note);
    const QPixmap pixmap(m_runs.absolutePath(r.photoPath));
    if (!r.photoPath.isEmpty() && !pixmap.isNull())
        m_thumbnail->setPixmap(pixmap.scaled(m_thumbnail->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_thumbnail->setText(r.photoPath.isEmpty() ? tr("no photo") : tr("photo missing"));
}

void RunDialog::mark(Verdict verdict)
{
    const int row = currentRow();
    if (row < 0 || m_items->isReadOnly())
        return;
    m_items->setVerdict(row, verdict);
    if (verdict == Verdict::Fail) { // a fail wants its note: stay on the item
        m_note->setFocus();
        return;
    }
    if (row + 1 < m_items->rowCount())
        m_view->setCurrentIndex(m_items->index(row + 1, RunItemsModel::Item));
}

bool RunDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_P: case Qt::Key_1: mark(Verdict::Pass); return true;
            case Qt::Key_F: case Qt::Key_2: mark(Verdict::Fail); return true;
            case Qt::Key_N: case Qt::Key_3: mark(Verdict::NotApplicable); return true;
            default: break;
            }
        }
    }
    // Enter after a note: back to the list, on to the next item (and not "finish", the
    // dialog's default button).
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_view->setFocus();
            const int row = currentRow();
            if (row >= 0 && row + 1 < m_items->rowCount())
                m_view->setCurrentIndex(m_items->index(row + 1, RunItemsModel::Item));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RunDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString RunDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool RunDialog::saveDraft()
{
    RunDraft draft;
    draft.area = m_area->text();
    draft.unitsChecked = m_unitsChecked->value();
    draft.unitsTotal = m_unitsTotal->value();
    draft.notes = m_notes->text();
    draft.results = m_items->results();
    if (Status s = m_runs.saveDraft(m_actor, m_runId, m_run.rowVersion, draft); !s) {
        showError(s.error());
        return false;
    }
    showError({});
    ++m_run.rowVersion;
    m_dirty = false;
    return true;
}

bool RunDialog::finishRun()
{
    if (!saveDraft())
        return false;
    const auto created = m_runs.finish(m_actor, m_runId, m_run.rowVersion);
    if (!created) {
        showError(created.error());
        return false;
    }
    m_created = created.value();
    return true;
}

bool RunDialog::attachPhoto(const QString &file)
{
    const int row = currentRow();
    if (row < 0)
        return false;
    const auto path = m_runs.attachPhoto(m_actor, m_runId, m_items->results().at(row).itemId, file);
    if (!path) {
        showError(path.error());
        return false;
    }
    showError({});
    m_items->setPhoto(row, path.value());
    currentChanged();
    return true;
}

bool RunDialog::correctCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_items->isReadOnly())
        return false;
    CorrectionDialog dialog(m_runs, m_actor, m_runId, m_items->results().at(row), this);
    emit dialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    load();
    m_view->setCurrentIndex(m_items->index(row, RunItemsModel::Item)); // stay on the corrected item
    return true;
}

QString RunDialog::correctionsText() const
{
    return m_corrections->text();
}

void RunDialog::choosePhoto()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Photo of the item"), QString(),
                                                      tr("Pictures (*.jpg *.jpeg *.png *.bmp *.heic);;All files (*)"));
    if (!file.isEmpty())
        attachPhoto(file);
}

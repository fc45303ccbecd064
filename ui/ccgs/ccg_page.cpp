// The CCGs & practices page.
#include "ui/ccgs/ccg_page.h"

#include "database/ccgs/ccg_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "ui/app_settings.h"
#include "ui/ccgs/ccg_dialog.h"
#include "ui/ccgs/change_level_dialog.h"
#include "ui/dialogs/error_message.h"
#include "ui/models/ccg_table_model.h"
#include "ui/models/level_history_model.h"
#include "ui/models/practice_table_model.h"
#include "ui/models/roles.h"
#include "ui/undo/record_edit_command.h"
#include "ui/widgets/tab_order.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

using namespace Qt::StringLiterals;

namespace
{

QTableView *makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *t = new QTableView;
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *p = new QSortFilterProxyModel(parent);
    p->setSourceModel(source);
    p->setSortRole(SortRole);
    p->setSortCaseSensitivity(Qt::CaseInsensitive);
    p->setFilterCaseSensitivity(Qt::CaseInsensitive);
    p->setFilterKeyColumn(-1);
    return p;
}

} // namespace

CcgPage::CcgPage(QWidget *parent)
    : Page(parent)
    , m_ccgs(new CcgTableModel(this))
    , m_ccgProxy(sortingProxy(m_ccgs, this))
    , m_practices(new PracticeTableModel(this))
    , m_practiceProxy(sortingProxy(m_practices, this))
    , m_levels(new LevelHistoryModel(this))
    , m_ccgTable(makeTable(m_ccgProxy, u"ccgTable"_s))
    , m_practiceTable(makeTable(m_practiceProxy, u"practiceTable"_s))
    , m_levelTable(makeTable(m_levels, u"levelTable"_s))
    , m_filter(new QLineEdit)
    , m_practiceTitle(new QLabel)
    , m_practiceCount(new QLabel)
    , m_levelTitle(new QLabel)
    , m_addCcg(new QPushButton(tr("Add CCG…")))
    , m_editCcg(new QPushButton(tr("Edit CCG…")))
    , m_changeLevel(new QPushButton(tr("Change level…")))
    , m_import(new QPushButton(tr("Import practices…")))
    , m_queryLog(new QPushButton(tr("Query log…")))
{
    setObjectName(u"ccgPage"_s);
    setShownTables({ u"ccg"_s, u"ccg_level"_s, u"practice"_s, u"ccg_spec"_s });
    m_addCcg->setObjectName(u"addCcgButton"_s);
    m_addCcg->setToolTip(tr("Add a CCG this office serves, with its ODS code, name and leads"));
    m_editCcg->setObjectName(u"editCcgButton"_s);
    m_editCcg->setToolTip(tr("Change the selected CCG's name and leads"));
    m_changeLevel->setObjectName(u"changeLevelButton"_s);
    m_import->setObjectName(u"importPracticesButton"_s);
    m_queryLog->setObjectName(u"ccgQueryLogButton"_s);
    m_queryLog->setToolTip(tr("The selected CCG's monthly summary log of queries (MoU activity XII.20)"));
    m_import->setToolTip(tr("Import an NHS practice list (epraccur or GP payments CSV); a bad row changes nothing"));
    m_filter->setObjectName(u"practiceFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by code, name, contract or postcode"));
    m_filter->setClearButtonEnabled(true);
    m_practiceCount->setObjectName(u"practiceCount"_s);

    // CCG table: sortable, leads editable in place (double-click or F2).
    m_ccgTable->setSortingEnabled(true);
    m_ccgTable->sortByColumn(CcgTableModel::Code, Qt::AscendingOrder);
    m_ccgTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    QHeaderView *ch = m_ccgTable->horizontalHeader();
    ch->resizeSection(CcgTableModel::Code, 60);
    ch->setSectionResizeMode(CcgTableModel::Name, QHeaderView::Stretch);
    ch->resizeSection(CcgTableModel::Level, 180);
    ch->resizeSection(CcgTableModel::HubContractingLead, 160);
    ch->resizeSection(CcgTableModel::HubFinanceLead, 160);
    ch->resizeSection(CcgTableModel::CcgLead, 160);
    ch->resizeSection(CcgTableModel::Practices, 80);
    settings::rememberHeaderState(ch, u"ccgs"_s);

    m_practiceTable->setSortingEnabled(true);
    m_practiceTable->sortByColumn(PracticeTableModel::Name, Qt::AscendingOrder);
    m_practiceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *ph = m_practiceTable->horizontalHeader();
    ph->resizeSection(PracticeTableModel::OdsCode, 85);
    ph->setSectionResizeMode(PracticeTableModel::Name, QHeaderView::Stretch);
    ph->resizeSection(PracticeTableModel::Contract, 75);
    ph->resizeSection(PracticeTableModel::Patients, 140);
    ph->resizeSection(PracticeTableModel::Postcode, 90);
    settings::rememberHeaderState(ph, u"practices"_s);

    m_levelTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_levelTable->setWordWrap(true);
    m_levelTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *lh = m_levelTable->horizontalHeader();
    lh->resizeSection(LevelHistoryModel::Level, 150);
    lh->resizeSection(LevelHistoryModel::From, 85);
    lh->resizeSection(LevelHistoryModel::To, 85);
    lh->setStretchLastSection(true);
    settings::rememberHeaderState(lh, u"levels"_s);

    auto *title
        = new QLabel(tr("<span style='font-size:15pt;font-weight:600;color:#005EB8'>CCGs and practices</span>"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_addCcg);
    bar->addWidget(m_editCcg);
    bar->addWidget(m_changeLevel);
    bar->addWidget(m_queryLog);
    bar->addSpacing(12);
    bar->addWidget(m_import);

    auto *practiceBox = new QWidget;
    auto *pl = new QVBoxLayout(practiceBox);
    pl->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_practiceTitle);
    filterRow->addStretch(1);
    filterRow->addWidget(m_practiceCount);
    filterRow->addSpacing(8);
    pl->addLayout(filterRow);
    pl->addWidget(m_filter);
    pl->addWidget(m_practiceTable, 1);

    auto *levelBox = new QWidget;
    auto *ll = new QVBoxLayout(levelBox);
    ll->setContentsMargins(8, 0, 0, 0);
    ll->addWidget(m_levelTitle);
    ll->addWidget(m_levelTable, 1);

    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(practiceBox);
    lower->addWidget(levelBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setSizes({ 720, 480 });

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"ccgSplitter"_s);
    split->addWidget(m_ccgTable);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({ 380, 400 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_ccgTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CcgPage::showSelectedCcg);
    connect(m_ccgTable, &QTableView::doubleClicked, this, [this](const QModelIndex &idx) {
        if (CcgTableModel::fieldOf(m_ccgProxy->mapToSource(idx).column()).isEmpty())
            editCcg();
    });
    connect(
        m_ccgs, &CcgTableModel::editRequested, this,
        [this](const QString &code, const QString &field, const QString &value) {
            const Ccg *ccg = m_ccgs->ccgAt(m_ccgs->rowOf(code));
            if (!ccg)
                return;
            QVariantMap after = CcgDialog::valuesOf(*ccg);
            after.insert(field, value);
            applyCcgEdit(code, after);
        },
        Qt::QueuedConnection);
    connect(m_filter, &QLineEdit::textChanged, m_practiceProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_practiceProxy, &QAbstractItemModel::modelReset, this, &CcgPage::updatePracticeCount);
    connect(m_practiceProxy, &QAbstractItemModel::layoutChanged, this, &CcgPage::updatePracticeCount);
    connect(m_practiceProxy, &QAbstractItemModel::rowsInserted, this, &CcgPage::updatePracticeCount);
    connect(m_practiceProxy, &QAbstractItemModel::rowsRemoved, this, &CcgPage::updatePracticeCount);
    connect(m_addCcg, &QPushButton::clicked, this, &CcgPage::addCcg);
    connect(m_editCcg, &QPushButton::clicked, this, &CcgPage::editCcg);
    connect(m_changeLevel, &QPushButton::clicked, this, &CcgPage::changeLevel);
    connect(m_import, &QPushButton::clicked, this, &CcgPage::importPractices);
    connect(m_queryLog, &QPushButton::clicked, this, [this] {
        if (!currentCcg().isEmpty())
            emit queryLogRequested(currentCcg());
    });

    // Lists, search (Ctrl+F) and Tab order: CCGs → practice filter → practices → levels → actions.
    const auto plainText = [](const QLabel *label) { return label->text().remove(QRegularExpression(u"<[^>]*>"_s)); };
    addList(m_ccgTable, ListSetup(tr("CCGs")).opensWith([this](const QModelIndex &) { editCcg(); }));
    addList(m_practiceTable,
        ListSetup(tr("Practices"))
            .titledBy([this, plainText] { return plainText(m_practiceTitle); })
            .describedBy(
                [this] { return m_filter->text().isEmpty() ? QString() : tr("Filter: %1").arg(m_filter->text()); })
            .opensNothing());
    addList(m_levelTable,
        ListSetup(tr("Co-commissioning level history"))
            .titledBy([this, plainText] { return plainText(m_levelTitle); })
            .opensNothing());
    setSearchField(m_filter);
    setTabOrderParts({ m_ccgTable, m_filter, m_practiceTable, m_levelTable, m_addCcg, m_editCcg, m_changeLevel,
        m_queryLog, m_import });
}

QString CcgPage::currentCcg() const
{
    const QModelIndex idx = m_ccgTable->currentIndex();
    return idx.isValid() ? idx.data(KeyRole).toString() : QString();
}

void CcgPage::selectCcg(const QString &code)
{
    const int row = m_ccgs->rowOf(code);
    if (row < 0)
        return;
    const QModelIndex idx = m_ccgProxy->mapFromSource(m_ccgs->index(row, CcgTableModel::Name));
    m_ccgTable->setCurrentIndex(idx);
    m_ccgTable->scrollTo(idx);
}

void CcgPage::reload()
{
    const QString keep = currentCcg().isEmpty() ? m_shownCcg : currentCcg();
    QVector<Ccg> ccgs;
    QHash<QString, int> counts;
    if (officeFile()) {
        Result<QVector<Ccg>> listed = db::CcgRepository(*officeFile()).list();
        if (listed)
            ccgs = listed.value();
        else
            showError(this, tr("Reading the CCGs"), listed.error());
        Result<QVector<db::StoredPractice>> practices = db::PracticeRepository(*officeFile()).list();
        if (practices) {
            for (const db::StoredPractice &p : practices.value())
                counts[p.practice.ccgCode] += 1;
        }
    }
    m_ccgs->setCcgs(ccgs, counts, db::officeAsOf(officeFile()));
    m_ccgs->setEditable(isEditable());
    m_addCcg->setEnabled(isEditable());
    m_editCcg->setEnabled(isEditable());
    m_changeLevel->setEnabled(isEditable());
    m_import->setEnabled(isEditable());
    m_shownCcg.clear();
    if (m_ccgs->rowOf(keep) >= 0)
        selectCcg(keep);
    else if (m_ccgProxy->rowCount() > 0)
        m_ccgTable->setCurrentIndex(m_ccgProxy->index(0, CcgTableModel::Name));
    showSelectedCcg();
}

void CcgPage::showSelectedCcg()
{
    const QString code = currentCcg();
    if (code == m_shownCcg && !code.isEmpty())
        return;
    m_shownCcg = code;
    const Ccg *ccg = m_ccgs->ccgAt(m_ccgs->rowOf(code));
    QVector<db::StoredPractice> practices;
    if (ccg && officeFile()) {
        Result<QVector<db::StoredPractice>> listed = db::PracticeRepository(*officeFile()).list(code);
        if (listed)
            practices = listed.value();
    }
    m_practices->setPractices(practices);
    m_levels->setPeriods(ccg ? ccg->levels : QVector<CommissioningPeriod> {});
    m_practiceTitle->setText(
        ccg ? tr("<b>Practices of %1</b>").arg(ccg->name.toHtmlEscaped()) : tr("<b>Practices</b>"));
    m_levelTitle->setText(
        ccg ? tr("<b>Co-commissioning level history — %1</b>").arg(ccg->code) : tr("<b>Level history</b>"));
    m_editCcg->setEnabled(ccg && isEditable());
    m_changeLevel->setEnabled(ccg && isEditable());
    m_queryLog->setEnabled(ccg != nullptr); // a read-only file has its log too
    updatePracticeCount();
}

void CcgPage::updatePracticeCount()
{
    const int shown = m_practiceProxy->rowCount();
    const int all = m_practices->rowCount();
    const QLocale locale;
    QString text = shown == all ? tr("%1 practices").arg(locale.toString(all))
                                : tr("%1 of %2 practices").arg(locale.toString(shown), locale.toString(all));
    if (all > 0)
        text += tr(" · %1 registered patients").arg(locale.toString(m_practices->totalPatients()));
    m_practiceCount->setText(text);
}

void CcgPage::addCcg()
{
    if (!isEditable())
        return;
    CcgDialog dialog(db::officeAsOf(officeFile()), this);
    dialog.setSave([this](const CcgDialog &d) { return writeNewCcg(d.newCcg()); });
    dialog.exec();
}

Status CcgPage::writeNewCcg(const NewCcg &ccg)
{
    if (!isEditable())
        return makeError(ErrorCode::ReadOnly, tr("The office file is open read-only."));
    const Status added = db::CcgRepository(*officeFile()).add(ccg);
    if (!added)
        return added;
    const QString code = ccg.code.trimmed().toUpper();
    m_filter->clear();
    reload();
    selectCcg(code);
    emit statusMessage(tr("Added %1 %2").arg(code, ccg.fields.value(u"name"_s).toString().trimmed()));
    return {};
}

void CcgPage::editCcg()
{
    const Ccg *ccg = m_ccgs->ccgAt(m_ccgs->rowOf(currentCcg()));
    if (!ccg || !isEditable())
        return;
    CcgDialog dialog(*ccg, this);
    if (dialog.exec() == QDialog::Accepted)
        applyCcgEdit(ccg->code, dialog.values());
}

void CcgPage::applyCcgEdit(const QString &code, const QVariantMap &after)
{
    const Ccg *ccg = m_ccgs->ccgAt(m_ccgs->rowOf(code));
    if (!ccg || !isEditable())
        return;
    const QVariantMap before = CcgDialog::valuesOf(*ccg);
    RecordEditCommand::Access access;
    access.readFresh = [this, code] { return readCcg(code); };
    access.write
        = [this, code](const QVariantMap &values, std::int64_t version) { return writeCcg(code, values, version); };
    pushChangedFields(tr("Change %1").arg(code), before, after, ccg->meta.version, std::move(access));
}

std::optional<RecordState> CcgPage::readCcg(const QString &code)
{
    reload();
    selectCcg(code);
    const Ccg *ccg = m_ccgs->ccgAt(m_ccgs->rowOf(code));
    if (!ccg)
        return std::nullopt;
    return RecordState { CcgDialog::valuesOf(*ccg), ccg->meta };
}

bool CcgPage::writeCcg(const QString &code, const QVariantMap &values, std::int64_t version)
{
    if (!officeFile())
        return false;
    const WriteOutcome outcome = guardedWrite(
        version, [&](std::int64_t v) { return db::CcgRepository(*officeFile()).update(code, v, values); },
        tr("Saving CCG %1").arg(code));
    reload();
    selectCcg(code);
    return outcome == WriteOutcome::Written;
}

void CcgPage::changeLevel()
{
    const Ccg *ccg = m_ccgs->ccgAt(m_ccgs->rowOf(currentCcg()));
    if (!ccg || !isEditable())
        return;
    ChangeLevelDialog dialog(*ccg, db::officeAsOf(officeFile()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString code = ccg->code;
    const Status s
        = db::CcgRepository(*officeFile()).changeLevel(code, dialog.level(), dialog.effectiveFrom(), dialog.note());
    if (!s.ok()) {
        showError(this, tr("Changing the level"), s.error());
        return;
    }
    reload();
    selectCcg(code);
    emit statusMessage(
        tr("%1 moves to %2 from %3")
            .arg(code, commissioningLevelName(dialog.level()), dialog.effectiveFrom().toString(u"dd/MM/yyyy"_s)));
}

void CcgPage::importPractices()
{
    if (!isEditable())
        return;
    const QString folder = settings::lastFolder().isEmpty() ? QDir::homePath() : settings::lastFolder();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import practices"), folder, tr("Practice lists (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importPracticesFrom(path);
}

bool CcgPage::importPracticesFrom(const QString &path)
{
    if (!isEditable())
        return false;
    const Result<db::PracticeImportSummary> result = db::PracticeRepository(*officeFile()).importFile(path);
    if (!result) {
        showError(this, tr("Importing %1").arg(QFileInfo(path).fileName()), result.error());
        return false;
    }
    settings::setLastFolder(QFileInfo(path).absolutePath());
    const db::PracticeImportSummary &s = result.value();
    m_shownCcg.clear();
    reload();
    const QString summary = tr("Imported %1 (%2 format): %3 rows read, %4 new, %5 updated, %6 unchanged, %7 skipped.")
                                .arg(QFileInfo(path).fileName(), s.format)
                                .arg(s.rowsRead)
                                .arg(s.inserted)
                                .arg(s.updated)
                                .arg(s.unchanged)
                                .arg(s.rowsSkipped);
    emit statusMessage(summary);
    QMessageBox box(QMessageBox::Information, tr("Practices imported"), summary, QMessageBox::Ok, this);
    box.setObjectName(u"importSummary"_s);
    box.exec();
    return true;
}

} // namespace hub::ui

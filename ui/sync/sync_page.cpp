// The Office sync page.
#include "ui/sync/sync_page.h"

#include "database/office_file.h"
#include "database/sync/conflict_repository.h"
#include "database/sync/sync_service.h"
#include "database/sync/sync_status.h"
#include "ui/app_settings.h"
#include "ui/dialogs/error_message.h"
#include "ui/sync/conflict_diff_model.h"
#include "ui/sync/conflict_table_model.h"
#include "ui/sync/sync_report.h"
#include "ui/sync/sync_status_panel.h"
#include "ui/sync/sync_text.h"
#include "ui/widgets/busy_cursor.h"
#include "ui/widgets/read_only_table.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

QTableView *makeTable(const QString &name, QAbstractItemModel *model)
{
    auto *t = new QTableView;
    t->setObjectName(name);
    t->setModel(model);
    setUpReadOnlyTable(t, 10);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

QString plain(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

QString changedBy(const QJsonObject &row)
{
    const QString who = synctext::cellText(row.value(u"updated_by"_s));
    const QString when = synctext::localDateTime(synctext::cellText(row.value(u"updated_at"_s)));
    if (who.isEmpty() && when.isEmpty())
        return SyncPage::tr("unknown");
    if (when.isEmpty())
        return who;
    return SyncPage::tr("%1 at %2").arg(who.isEmpty() ? SyncPage::tr("someone") : who, when);
}

} // namespace

SyncPage::SyncPage(QWidget *parent)
    : Page(parent)
    , m_status(new SyncStatusPanel)
    , m_syncNow(new QPushButton(tr("Sync now")))
    , m_export(new QPushButton(tr("Export changes…")))
    , m_import(new QPushButton(tr("Import changes…")))
    , m_result(new QLabel)
    , m_showAll(new QCheckBox(tr("Show resolved and automatic")))
    , m_conflictTitle(new QLabel)
    , m_conflictModel(new ConflictTableModel(this))
    , m_conflicts(makeTable(u"conflictTable"_s, m_conflictModel))
    , m_conflictStack(new QStackedWidget)
    , m_conflictsEmpty(new QLabel)
    , m_conflictHeadline(new QLabel)
    , m_conflictExplain(new QLabel)
    , m_diffModel(new ConflictDiffModel(this))
    , m_detail(makeTable(u"conflictDetail"_s, m_diffModel))
    , m_keepLocal(new QPushButton(tr("Keep ours")))
    , m_takeTheirs(new QPushButton(tr("Take theirs")))
{
    setObjectName(u"syncPage"_s);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_syncNow->setToolTip(tr("Import every new bundle from the exchange folder, then export this office's changes"));
    m_export->setObjectName(u"exportButton"_s);
    m_export->setToolTip(tr("Write the changes waiting to be exported as one .hubsync file in a folder you choose"));
    m_import->setObjectName(u"importButton"_s);
    m_import->setToolTip(tr("Apply one or more .hubsync files from other offices"));
    m_showAll->setObjectName(u"showAllConflicts"_s);
    m_showAll->setToolTip(tr("Also list conflicts already resolved and those settled automatically with nothing lost"));
    m_keepLocal->setObjectName(u"keepLocalButton"_s);
    m_keepLocal->setToolTip(tr("Keep this office's version; it is saved as a new change and reaches every office"));
    m_takeTheirs->setObjectName(u"takeTheirsButton"_s);
    m_takeTheirs->setToolTip(
        tr("Take the other office's version; it is saved as a new change and reaches every office"));
    m_result->setObjectName(u"syncResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_conflictTitle->setObjectName(u"conflictTitle"_s);
    m_conflictHeadline->setObjectName(u"conflictHeadline"_s);
    m_conflictHeadline->setWordWrap(true);
    m_conflictExplain->setWordWrap(true);
    m_conflictExplain->setStyleSheet(u"color:#425563"_s);

    // Title and the actions.
    auto *title = new QLabel(tr("<span style='font-size:15pt;font-weight:600;color:#005EB8'>Office sync</span>"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_syncNow);
    bar->addSpacing(12);
    bar->addWidget(m_export);
    bar->addWidget(m_import);

    // Conflicts: the list and the selected one side by side.
    QHeaderView *ch = m_conflicts->horizontalHeader();
    ch->resizeSection(ConflictTableModel::Detected, fontMetrics().horizontalAdvance(u"00/00/0000 00:00"_s) + 16);
    ch->resizeSection(ConflictTableModel::Kind, 70);
    ch->resizeSection(ConflictTableModel::Table, 72);
    ch->setSectionResizeMode(ConflictTableModel::Record, QHeaderView::Stretch);
    ch->resizeSection(ConflictTableModel::Office, 80);
    ch->resizeSection(ConflictTableModel::Winner, 98);
    ch->resizeSection(ConflictTableModel::Status, 110);
    ch->setMinimumSectionSize(60);

    m_detail->setSelectionMode(QAbstractItemView::NoSelection);
    m_detail->setWordWrap(true);
    m_detail->setAlternatingRowColors(false);
    QHeaderView *dh = m_detail->horizontalHeader();
    dh->resizeSection(ConflictDiffModel::Field, 150);
    dh->setSectionResizeMode(ConflictDiffModel::Ours, QHeaderView::Stretch);
    dh->setSectionResizeMode(ConflictDiffModel::Theirs, QHeaderView::Stretch);

    auto *detailBox = new QWidget;
    auto *dl = new QVBoxLayout(detailBox);
    dl->setContentsMargins(8, 0, 0, 0);
    dl->addWidget(m_conflictHeadline);
    dl->addWidget(m_conflictExplain);
    dl->addWidget(m_detail, 1);
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addStretch(1);
    resolveRow->addWidget(m_keepLocal);
    resolveRow->addWidget(m_takeTheirs);
    dl->addLayout(resolveRow);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(u"conflictSplitter"_s);
    split->addWidget(m_conflicts);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({ 780, 560 });

    m_conflictsEmpty->setObjectName(u"conflictsEmpty"_s);
    m_conflictsEmpty->setAlignment(Qt::AlignCenter);
    m_conflictsEmpty->setWordWrap(true);
    m_conflictStack->addWidget(split);
    m_conflictStack->addWidget(m_conflictsEmpty);

    auto *conflictsBox = new QGroupBox(tr("Conflicts"));
    auto *cl = new QVBoxLayout(conflictsBox);
    auto *conflictBar = new QHBoxLayout;
    conflictBar->addWidget(m_conflictTitle);
    conflictBar->addStretch(1);
    conflictBar->addWidget(m_showAll);
    cl->addLayout(conflictBar);
    cl->addWidget(m_conflictStack, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_result);
    layout->addWidget(conflictsBox, 1);

    connect(m_status, &SyncStatusPanel::changeFolderRequested, this, &SyncPage::chooseExchangeFolder);
    connect(m_syncNow, &QPushButton::clicked, this, [this] { syncNow(); });
    connect(m_export, &QPushButton::clicked, this, &SyncPage::chooseExportFolder);
    connect(m_import, &QPushButton::clicked, this, &SyncPage::chooseBundles);
    connect(m_showAll, &QCheckBox::toggled, this, &SyncPage::reloadConflicts);
    connect(
        m_conflicts->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncPage::showSelectedConflict);
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { keepLocal(); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { takeTheirs(); });

    addList(m_conflicts, ListSetup(tr("Sync conflicts")).opensNothing());
    addList(m_detail, ListSetup(tr("Sync conflict, side by side")).opensNothing());

    reload();
}

void SyncPage::officeFileChanged()
{
    m_result->hide();
    m_result->clear();
    m_lastResult.clear();
    m_shownConflict = 0;
}

QString SyncPage::lastResult() const
{
    return m_lastResult;
}

void SyncPage::reload()
{
    reloadStatus();
    reloadConflicts();
}

void SyncPage::reloadStatus()
{
    m_exchangeFolder.clear();
    m_heardFromOthers = false;
    if (!officeFile()) {
        m_status->clear();
        updateButtons();
        return;
    }
    const Result<db::SyncStatus> read = db::syncStatus(*officeFile());
    if (!read) {
        showError(this, tr("Reading the sync status"), read.error());
        updateButtons();
        return;
    }
    m_exchangeFolder = read->exchangeFolder;
    m_heardFromOthers = !read->peers.isEmpty();
    m_status->showStatus(read.value(), officeFile()->officeName());
    updateButtons();
}

void SyncPage::reloadConflicts()
{
    const std::int64_t keep = currentConflictId() ? currentConflictId() : m_shownConflict;
    QVector<db::SyncConflict> list;
    if (officeFile()) {
        const auto listed = db::ConflictRepository(*officeFile()).list(m_showAll->isChecked());
        if (listed)
            list = listed.value();
        else
            showError(this, tr("Reading the sync conflicts"), listed.error());
    }
    {
        const QSignalBlocker block(m_conflicts->selectionModel());
        m_conflictModel->setConflicts(std::move(list));
    }
    const int open = m_conflictModel->openCount();
    const int listed = m_conflictModel->rowCount();
    if (m_showAll->isChecked())
        m_conflictTitle->setText(tr("%1 recorded, %2 to review").arg(listed).arg(open));
    else
        m_conflictTitle->setText(open == 1 ? tr("1 conflict to review") : tr("%1 conflicts to review").arg(open));
    m_conflictsEmpty->setText(m_heardFromOthers
            ? tr("<p style='font-size:13pt;color:#007F3B'>No conflicts to review</p>"
                 "<p style='color:#425563'>Every change from the other offices has been applied without a clash.</p>")
            : tr("<p style='font-size:13pt;color:#425563'>No conflicts to review</p>"
                 "<p style='color:#425563'>No changes have come in from another office yet. If an office changes a "
                 "record you changed too, the two versions are shown here to choose from.</p>"));
    m_conflictStack->setCurrentIndex(listed == 0 ? 1 : 0);
    {
        const QSignalBlocker block(m_conflicts->selectionModel());
        if (!selectConflict(keep) && listed > 0)
            m_conflicts->selectRow(0);
    }
    showSelectedConflict();
}

std::int64_t SyncPage::currentConflictId() const
{
    const QModelIndexList rows = m_conflicts->selectionModel()->selectedRows();
    const db::SyncConflict *c = rows.isEmpty() ? nullptr : m_conflictModel->conflictAt(rows.first().row());
    return c ? c->id : 0;
}

bool SyncPage::selectConflict(std::int64_t id)
{
    const int row = id == 0 ? -1 : m_conflictModel->rowOf(id);
    if (row < 0)
        return false;
    m_conflicts->selectRow(row);
    m_conflicts->scrollTo(m_conflictModel->index(row, ConflictTableModel::Detected));
    return true;
}

void SyncPage::showSelectedConflict()
{
    const std::int64_t id = currentConflictId();
    m_shownConflict = id;
    std::optional<db::SyncConflict> found;
    if (id && officeFile()) {
        const auto got = db::ConflictRepository(*officeFile()).get(id);
        if (got)
            found = got.value();
    }
    m_diffModel->setConflict(found ? &*found : nullptr, found ? officeFile()->officeCode() : QString());
    if (!found) {
        m_conflictHeadline->setText(tr("<b>Select a conflict to compare the two versions.</b>"));
        m_conflictExplain->clear();
        updateButtons();
        return;
    }
    const db::SyncConflict &c = *found;
    m_conflictHeadline->setText(tr("<span style='font-size:11pt'><b>%1 %2</b></span> — %3 change from %4")
                                    .arg(synctext::humanName(c.table).toHtmlEscaped(),
                                        synctext::rowLabel(c.localRow, c.incomingRow, c.rowId).toHtmlEscaped(),
                                        synctext::kindName(c.kind).toLower(), c.originOfficeCode.toHtmlEscaped()));
    QString explain = synctext::kindExplanation(c.kind);
    explain += QLatin1Char(' ');
    explain += c.winner == QLatin1String("theirs") ? tr("Their version is newer, so it is in the file now.")
                                                   : tr("Our version is newer, so it is still in the file.");
    if (c.status == QLatin1String("auto"))
        explain
            += QLatin1Char(' ') + tr("Settled automatically: one version was built on the other, so nothing was lost.");
    if (c.status == QLatin1String("resolved"))
        explain
            += QLatin1Char(' ') + tr("Resolved by %1 on %2.").arg(c.resolvedBy, synctext::localDateTime(c.resolvedAt));
    explain += u"\n"_s
        + tr("Ours: changed by %1. Theirs: changed by %2.").arg(changedBy(c.localRow), changedBy(c.incomingRow));
    m_conflictExplain->setText(explain);
    m_detail->resizeRowsToContents();
    updateButtons();
}

void SyncPage::updateButtons()
{
    const bool editable = isEditable();
    const bool haveFolder = !m_exchangeFolder.isEmpty();
    m_status->setEditable(editable);
    m_syncNow->setEnabled(editable && haveFolder);
    m_syncNow->setToolTip(haveFolder
            ? tr("Import every new bundle from the exchange folder, then export this office's changes")
            : tr("Choose an exchange folder first"));
    m_export->setEnabled(editable);
    m_import->setEnabled(editable);
    bool resolvable = false;
    if (editable && m_shownConflict) {
        const db::SyncConflict *shown = m_conflictModel->conflictAt(m_conflictModel->rowOf(m_shownConflict));
        resolvable = shown && shown->status != QLatin1String("resolved");
    }
    m_keepLocal->setEnabled(resolvable);
    m_takeTheirs->setEnabled(resolvable);
}

QString SyncPage::startFolder() const
{
    if (!m_exchangeFolder.isEmpty() && QFileInfo(m_exchangeFolder).isDir())
        return m_exchangeFolder;
    return settings::lastFolder().isEmpty() ? QDir::homePath() : settings::lastFolder();
}

void SyncPage::chooseExchangeFolder()
{
    if (!isEditable())
        return;
    const QString title = tr("Choose the exchange folder");
    const QString folder = m_chooseFolder ? m_chooseFolder(title, startFolder())
                                          : QFileDialog::getExistingDirectory(this, title, startFolder());
    if (!folder.isEmpty())
        setExchangeFolder(folder);
}

bool SyncPage::setExchangeFolder(const QString &folder)
{
    if (!isEditable())
        return false;
    const Status saved = db::SyncService(*officeFile()).setExchangeFolder(folder);
    if (!saved) {
        showError(this, tr("Setting the exchange folder"), saved.error());
        return false;
    }
    reloadStatus();
    emit statusMessage(folder.isEmpty() ? tr("Exchange folder cleared")
                                        : tr("Exchange folder: %1").arg(QDir::toNativeSeparators(m_exchangeFolder)));
    return true;
}

void SyncPage::chooseExportFolder()
{
    if (!isEditable())
        return;
    const QString title = tr("Export changes to folder");
    const QString folder = m_chooseFolder ? m_chooseFolder(title, startFolder())
                                          : QFileDialog::getExistingDirectory(this, title, startFolder());
    if (!folder.isEmpty())
        exportTo(folder);
}

void SyncPage::chooseBundles()
{
    if (!isEditable())
        return;
    const QString title = tr("Import changes from other offices");
    const QStringList paths = m_chooseBundles
        ? m_chooseBundles(title, startFolder())
        : QFileDialog::getOpenFileNames(this, title, startFolder(),
            tr("Hubcase sync bundles (*%1);;All files (*)").arg(db::SyncService::bundleSuffix()));
    if (!paths.isEmpty())
        importBundles(paths);
}

bool SyncPage::syncNow()
{
    if (!isEditable())
        return false;
    Result<db::FolderSyncSummary> done = [&] {
        BusyCursor busy;
        return db::SyncService(*officeFile()).syncWithFolder();
    }();
    if (!done) {
        reload();
        showResult(u"<b>%1</b> %2"_s.arg(tr("Sync did not work."), done.error().describe().toHtmlEscaped()), true);
        emit statusMessage(tr("Sync did not work"));
        showError(this, tr("Syncing with the exchange folder"), done.error());
        return false;
    }
    const db::FolderSyncSummary &s = done.value();
    const int changes = s.changesReceived();
    const int conflicts = s.conflictsMet();
    reload();
    showResult(syncreport::folderSyncHtml(s), !s.refused.isEmpty() || conflicts > 0);
    if (!s.imported.isEmpty())
        emit officeDataChanged();
    emit statusMessage(tr("Synced: %1 changes in from %2 bundles, %3 out%4")
                           .arg(changes)
                           .arg(s.imported.size())
                           .arg(s.exported.changes)
                           .arg(conflicts > 0 ? tr(", %1 conflicts to review").arg(conflicts) : QString()));
    return true;
}

bool SyncPage::importBundles(const QStringList &paths)
{
    if (!isEditable() || paths.isEmpty())
        return false;
    QStringList lines;
    int applied = 0;
    int refused = 0;
    int changes = 0;
    int conflicts = 0;
    {
        BusyCursor busy;
        db::SyncService service(*officeFile());
        for (const QString &path : paths) {
            const Result<db::ImportSummary> imported = service.importBundle(path);
            if (!imported) {
                ++refused;
                lines << syncreport::refusedLine(QFileInfo(path).fileName(), imported.error().describe());
                continue;
            }
            if (!imported->alreadyImported())
                ++applied;
            changes += imported->changes;
            conflicts += imported->conflicts;
            lines << syncreport::importLine(imported.value());
        }
    }
    settings::setLastFolder(QFileInfo(paths.first()).absolutePath());
    reload();
    QString head;
    if (refused == 0)
        head = tr("<b>Imported %1.</b>").arg(paths.size() == 1 ? tr("1 bundle") : tr("%1 bundles").arg(paths.size()));
    else if (refused == paths.size())
        head = tr("<b>Nothing was imported.</b>");
    else
        head = tr("<b>Imported %1 of %2 bundles.</b>").arg(paths.size() - refused).arg(paths.size());
    showResult(head + u"<br/>"_s + lines.join(u"<br/>"_s), refused > 0 || conflicts > 0);
    if (applied > 0)
        emit officeDataChanged();
    emit statusMessage(refused > 0
            ? tr("Imported %1 of %2 bundles; %3 refused").arg(paths.size() - refused).arg(paths.size()).arg(refused)
            : tr("Imported %1 bundles: %2 changes applied%3")
                  .arg(paths.size())
                  .arg(changes)
                  .arg(conflicts > 0 ? tr(", %1 conflicts to review").arg(conflicts) : QString()));
    return refused == 0;
}

bool SyncPage::exportTo(const QString &folder)
{
    if (!isEditable())
        return false;
    Result<db::ExportSummary> done = [&] {
        BusyCursor busy;
        return db::SyncService(*officeFile()).exportChanges(folder);
    }();
    if (!done) {
        showResult(u"<b>%1</b> %2"_s.arg(tr("Export did not work."), done.error().describe().toHtmlEscaped()), true);
        emit statusMessage(tr("Export did not work"));
        showError(this, tr("Exporting changes"), done.error());
        return false;
    }
    settings::setLastFolder(folder);
    reloadStatus();
    const QString line = syncreport::exportLine(done.value());
    showResult(done->path.isEmpty() ? line
                                    : u"%1<br/>%2"_s.arg(line,
                                        tr("Saved in %1. Give this file to the other offices, "
                                           "or use an exchange folder they can all reach.")
                                            .arg(QDir::toNativeSeparators(folder).toHtmlEscaped())),
        false);
    emit statusMessage(plain(line));
    return true;
}

bool SyncPage::keepLocal()
{
    return resolveSelected(true);
}

bool SyncPage::takeTheirs()
{
    return resolveSelected(false);
}

bool SyncPage::resolveSelected(bool keepLocal)
{
    const std::int64_t id = currentConflictId();
    if (!isEditable() || id == 0)
        return false;
    const Status done
        = db::ConflictRepository(*officeFile())
              .resolve(id, keepLocal ? db::ConflictRepository::Keep::Local : db::ConflictRepository::Keep::Theirs);
    if (!done) {
        showError(this, keepLocal ? tr("Keeping our version") : tr("Taking their version"), done.error());
        reload();
        return false;
    }
    m_shownConflict = 0;
    reload();
    emit officeDataChanged();
    const QString message = keepLocal
        ? tr("Conflict resolved: kept our version; it goes to the other offices with the next sync")
        : tr("Conflict resolved: took their version; it goes to the other offices with the next sync");
    showResult(message, false);
    emit statusMessage(message);
    return true;
}

void SyncPage::showResult(const QString &html, bool warning)
{
    m_lastResult = plain(html);
    m_result->setText(html);
    m_result->setStyleSheet(warning
            ? u"QLabel#syncResult{background:#FFF4E0;border:1px solid #ED8B00;border-radius:4px;padding:8px;}"_s
            : u"QLabel#syncResult{background:#E8F4EC;border:1px solid #007F3B;border-radius:4px;padding:8px;}"_s);
    m_result->show();
}

} // namespace hub::ui

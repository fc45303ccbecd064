// The Office sync page.
#include "ui/sync/sync_page.h"
#include "ui/widgets/busy_cursor.h"
#include "ui/widgets/read_only_table.h"
#include "ui/widgets/value_label.h"

#include "database/office_file.h"
#include "database/sync/conflict_repository.h"
#include "database/sync/sync_service.h"
#include "database/sync/sync_status.h"
#include "ui/app_settings.h"
#include "ui/dialogs/error_message.h"
#include "ui/sync/sync_text.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace hub::ui
{

#define S QStringLiteral

namespace
{

enum ConflictColumn { CDetected, CKind, CTable, CRecord, COffice, CWinner, CStatus, CColumnCount };
enum PeerColumn { POffice, PLastImport, PEntries, PInOrder, PLastBundle, PColumnCount };

const int IdRole = Qt::UserRole + 1;

QTableWidget *makeTable(const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    setUpReadOnlyTable(t, 10);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QTableWidgetItem *numberCell(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString plain(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

// Columns restamped on every write: not worth comparing.
bool isBookkeeping(const QString &column)
{
    static const QStringList names { S("id"), S("rev"), S("row_version"), S("created_at"), S("created_by"),
        S("updated_at"), S("updated_by") };
    return names.contains(column);
}

QString statusText(const db::SyncConflict &c)
{
    if (c.status == QLatin1String("open"))
        return SyncPage::tr("To review");
    if (c.status == QLatin1String("auto"))
        return SyncPage::tr("Automatic (nothing lost)");
    if (c.resolution == QLatin1String("keep-local"))
        return SyncPage::tr("Resolved: kept ours");
    if (c.resolution == QLatin1String("take-theirs"))
        return SyncPage::tr("Resolved: took theirs");
    return SyncPage::tr("Resolved");
}

QString winnerText(const QString &winner)
{
    return winner == QLatin1String("theirs") ? SyncPage::tr("Theirs") : SyncPage::tr("Ours");
}

QString changedBy(const QJsonObject &row)
{
    const QString who = synctext::cellText(row.value(S("updated_by")));
    const QString when = synctext::localDateTime(synctext::cellText(row.value(S("updated_at"))));
    if (who.isEmpty() && when.isEmpty())
        return SyncPage::tr("unknown");
    if (when.isEmpty())
        return who;
    return SyncPage::tr("%1 at %2").arg(who.isEmpty() ? SyncPage::tr("someone") : who, when);
}

QString fingerprintExplanation()
{
    return SyncPage::tr("A fingerprint of every record the offices share. Offices showing the same fingerprint hold "
                        "exactly the same data: they are in step. Different fingerprints mean changes still have to "
                        "travel (sync every office) or a conflict is waiting.");
}

} // namespace

SyncPage::SyncPage(QWidget *parent)
    : Page(parent)
    , m_office(valueLabel(S("officeIdentity")))
    , m_folder(valueLabel(S("exchangeFolderLabel")))
    , m_changeFolder(new QPushButton(tr("Change…")))
    , m_pending(valueLabel(S("pendingLabel")))
    , m_lastExport(valueLabel(S("lastExportLabel")))
    , m_conflictCounts(valueLabel(S("conflictCountsLabel")))
    , m_fingerprint(valueLabel(S("fingerprintLabel")))
    , m_syncNow(new QPushButton(tr("Sync now")))
    , m_export(new QPushButton(tr("Export changes…")))
    , m_import(new QPushButton(tr("Import changes…")))
    , m_result(new QLabel)
    , m_peers(makeTable(S("peerTable"),
          { tr("Office"), tr("Last import"), tr("Entries received"), tr("Received in order up to"),
              tr("Last bundle") }))
    , m_peersEmpty(new QLabel)
    , m_peerStack(new QStackedWidget)
    , m_showAll(new QCheckBox(tr("Show resolved and automatic")))
    , m_conflictTitle(new QLabel)
    , m_conflicts(makeTable(S("conflictTable"),
          { tr("Detected"), tr("Kind"), tr("Table"), tr("Record"), tr("From office"), tr("In the file now"),
              tr("Status") }))
    , m_conflictStack(new QStackedWidget)
    , m_conflictHeadline(new QLabel)
    , m_conflictExplain(new QLabel)
    , m_detail(makeTable(S("conflictDetail"), { tr("Field"), tr("Ours (this office)"), tr("Theirs (incoming)") }))
    , m_keepLocal(new QPushButton(tr("Keep ours")))
    , m_takeTheirs(new QPushButton(tr("Take theirs")))
{
    setObjectName(S("syncPage"));
    m_changeFolder->setObjectName(S("exchangeFolderButton"));
    m_changeFolder->setToolTip(tr("Choose the shared folder (network share, OneDrive or SharePoint folder) "
                                  "that every office reads and writes bundles in"));
    m_syncNow->setObjectName(S("syncNowButton"));
    m_syncNow->setToolTip(tr("Import every new bundle from the exchange folder, then export this office's changes"));
    m_export->setObjectName(S("exportButton"));
    m_export->setToolTip(tr("Write the changes waiting to be exported as one .hubsync file in a folder you choose"));
    m_import->setObjectName(S("importButton"));
    m_import->setToolTip(tr("Apply one or more .hubsync files from other offices"));
    m_showAll->setObjectName(S("showAllConflicts"));
    m_showAll->setToolTip(tr("Also list conflicts already resolved and those settled automatically with nothing lost"));
    m_keepLocal->setObjectName(S("keepLocalButton"));
    m_keepLocal->setToolTip(tr("Keep this office's version; it is saved as a new change and reaches every office"));
    m_takeTheirs->setObjectName(S("takeTheirsButton"));
    m_takeTheirs->setToolTip(tr("Take the other office's version; it is saved as a new change and reaches every office"));
    m_result->setObjectName(S("syncResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_conflictTitle->setObjectName(S("conflictTitle"));
    m_conflictHeadline->setObjectName(S("conflictHeadline"));
    m_conflictHeadline->setWordWrap(true);
    m_conflictExplain->setWordWrap(true);
    m_conflictExplain->setStyleSheet(S("color:#425563"));

    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setToolTip(fingerprintExplanation());

    // Title and the actions.
    auto *title = new QLabel(tr("<span style='font-size:15pt;font-weight:600;color:#005EB8'>Office sync</span>"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_syncNow);
    bar->addSpacing(12);
    bar->addWidget(m_export);
    bar->addWidget(m_import);

    // This office.
    auto *summary = new QGroupBox(tr("This office"));
    summary->setObjectName(S("syncSummary"));
    auto *form = new QFormLayout(summary);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Office:"), m_office);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_changeFolder, 0, Qt::AlignTop);
    form->addRow(tr("Exchange folder:"), folderRow);
    form->addRow(tr("Waiting to export:"), m_pending);
    form->addRow(tr("Last export:"), m_lastExport);
    form->addRow(tr("Conflicts:"), m_conflictCounts);
    auto *fpName = new QLabel(tr("Content fingerprint:"));
    fpName->setToolTip(m_fingerprint->toolTip());
    form->addRow(fpName, m_fingerprint);

    // Other offices.
    auto *peersBox = new QGroupBox(tr("Other offices"));
    auto *pl = new QVBoxLayout(peersBox);
    QHeaderView *ph = m_peers->horizontalHeader();
    ph->resizeSection(POffice, 90);
    ph->resizeSection(PLastImport, 130);
    ph->resizeSection(PEntries, 120);
    ph->resizeSection(PInOrder, 170);
    ph->setStretchLastSection(true);
    m_peersEmpty->setObjectName(S("peersEmpty"));
    m_peersEmpty->setWordWrap(true);
    m_peersEmpty->setAlignment(Qt::AlignCenter);
    m_peersEmpty->setText(tr("<p style='font-size:11pt;color:#425563'>No other office heard from yet.</p>"
                             "<p style='color:#768692'>Their changes appear here once you import a bundle they "
                             "exported, or Sync now after they have synced.</p>"));
    // The office summary sets the height of the top row; the conflicts get the rest.
    m_peerStack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_peerStack->setMinimumHeight(100);
    m_peerStack->addWidget(m_peers);
    m_peerStack->addWidget(m_peersEmpty);
    pl->addWidget(m_peerStack);

    auto *top = new QHBoxLayout;
    top->addWidget(summary, 5);
    top->addWidget(peersBox, 6);

    // Conflicts: the list and the selected one side by side.
    QHeaderView *ch = m_conflicts->horizontalHeader();
    ch->resizeSection(CDetected, fontMetrics().horizontalAdvance(S("00/00/0000 00:00")) + 16);
    ch->resizeSection(CKind, 70);
    ch->resizeSection(CTable, 72);
    ch->setSectionResizeMode(CRecord, QHeaderView::Stretch);
    ch->resizeSection(COffice, 80);
    ch->resizeSection(CWinner, 98);
    ch->resizeSection(CStatus, 110);
    ch->setMinimumSectionSize(60);

    m_detail->setSelectionMode(QAbstractItemView::NoSelection);
    m_detail->setWordWrap(true);
    m_detail->setAlternatingRowColors(false);
    QHeaderView *dh = m_detail->horizontalHeader();
    dh->resizeSection(0, 150);
    dh->setSectionResizeMode(1, QHeaderView::Stretch);
    dh->setSectionResizeMode(2, QHeaderView::Stretch);

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
    split->setObjectName(S("conflictSplitter"));
    split->addWidget(m_conflicts);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({ 780, 560 });

    auto *empty = new QLabel(tr("<p style='font-size:13pt;color:#007F3B'>No conflicts to review</p>"
                                "<p style='color:#425563'>Every change from the other offices has been applied "
                                "without a clash.</p>"));
    empty->setObjectName(S("conflictsEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_conflictStack->addWidget(split);
    m_conflictStack->addWidget(empty);

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
    layout->addLayout(top);
    layout->addWidget(m_result);
    layout->addWidget(conflictsBox, 1);

    connect(m_changeFolder, &QPushButton::clicked, this, &SyncPage::chooseExchangeFolder);
    connect(m_syncNow, &QPushButton::clicked, this, [this] { syncNow(); });
    connect(m_export, &QPushButton::clicked, this, &SyncPage::chooseExportFolder);
    connect(m_import, &QPushButton::clicked, this, &SyncPage::chooseBundles);
    connect(m_showAll, &QCheckBox::toggled, this, &SyncPage::reloadConflicts);
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &SyncPage::showSelectedConflict);
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { keepLocal(); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { takeTheirs(); });

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
    const QLocale locale;
    m_peers->setRowCount(0);
    m_exchangeFolder.clear();
    if (!officeFile()) {
        for (QLabel *l : { m_office, m_folder, m_pending, m_lastExport, m_conflictCounts, m_fingerprint })
            l->setText(S("—"));
        m_peerStack->setCurrentWidget(m_peersEmpty);
        updateButtons();
        return;
    }
    const Result<db::SyncStatus> read = db::syncStatus(*officeFile());
    if (!read) {
        showError(this, tr("Reading the sync status"), read.error());
        updateButtons();
        return;
    }
    const db::SyncStatus &s = read.value();
    m_exchangeFolder = s.exchangeFolder;

    m_office->setText(S("<b>%1</b> — %2<br/><span style='color:#768692'>%3</span>")
                          .arg(s.officeCode.toHtmlEscaped(), officeFile()->officeName().toHtmlEscaped(),
                              tr("Office id %1").arg(s.officeId.toHtmlEscaped())));
    if (s.exchangeFolder.isEmpty()) {
        m_folder->setText(tr("<i>Not set.</i> Choose a shared folder every office can reach to use Sync now."));
        m_folder->setToolTip({});
    } else {
        const bool reachable = QFileInfo(s.exchangeFolder).isDir();
        const QString shown = QDir::toNativeSeparators(s.exchangeFolder).toHtmlEscaped();
        m_folder->setText(reachable ? shown
                                    : S("%1<br/><span style='color:#DA291C'>%2</span>")
                                          .arg(shown, tr("Cannot be reached from this computer just now.")));
        m_folder->setToolTip(QDir::toNativeSeparators(s.exchangeFolder));
    }
    if (s.pendingEntries == 0)
        m_pending->setText(tr("Nothing waiting"));
    else
        m_pending->setText(tr("%1 (%2)")
                               .arg(s.pendingEntries == 1 ? tr("1 entry") : tr("%1 entries").arg(locale.toString(s.pendingEntries)),
                                   s.pendingChanges == 1
                                       ? tr("1 change")
                                       : tr("%1 changes").arg(locale.toString(s.pendingChanges))));
    m_lastExport->setText(synctext::localDateTime(s.lastExportAt, tr("never")));
    m_lastExport->setToolTip(s.lastExportAt.isEmpty() ? QString()
                                                      : tr("Up to change %1 of this office").arg(s.lastExportSeq));
    m_conflictCounts->setText(
        tr("%1 to review · %2 automatic · %3 resolved")
            .arg(s.openConflicts > 0 ? S("<b style='color:#DA291C'>%1</b>").arg(s.openConflicts)
                                     : QString::number(s.openConflicts))
            .arg(s.autoResolved)
            .arg(s.resolvedConflicts));
    m_fingerprint->setText(s.contentHash.left(12));
    m_fingerprint->setToolTip(tr("%1\n\nFull fingerprint: %2").arg(fingerprintExplanation(), s.contentHash));

    m_peers->setRowCount(int(s.peers.size()));
    for (int r = 0; r < s.peers.size(); ++r) {
        const db::PeerStatus &p = s.peers[r];
        m_peers->setItem(r, POffice, cell(p.officeCode, tr("Office id %1").arg(p.officeId)));
        m_peers->setItem(r, PLastImport, cell(synctext::localDateTime(p.lastImportAt, tr("never"))));
        m_peers->setItem(r, PEntries, numberCell(p.entries));
        QTableWidgetItem *order = numberCell(p.contiguousSeq);
        if (p.maxSeq > p.contiguousSeq) {
            order->setText(tr("%1 (some up to %2 missing)").arg(locale.toString(p.contiguousSeq), locale.toString(p.maxSeq)));
            order->setForeground(QColor(S("#B35900")));
            order->setToolTip(tr("Changes %1 to %2 of %3 have not arrived yet; later ones have. "
                                 "Import the missing bundles (or Sync now) to fill the gap.")
                                  .arg(p.contiguousSeq + 1)
                                  .arg(p.maxSeq)
                                  .arg(p.officeCode));
        } else {
            order->setToolTip(tr("Every change of %1 up to number %2 has been applied here").arg(p.officeCode).arg(p.contiguousSeq));
        }
        m_peers->setItem(r, PInOrder, order);
        m_peers->setItem(r, PLastBundle, cell(p.lastBundle));
    }
    m_peerStack->setCurrentWidget(s.peers.isEmpty() ? static_cast<QWidget *>(m_peersEmpty) : m_peers);
    updateButtons();
}

void SyncPage::reloadConflicts()
{
    const std::int64_t keep = currentConflictId() ? currentConflictId() : m_shownConflict;
    QVector<db::SyncConflict> list;
    int open = 0;
    if (officeFile()) {
        const auto listed = db::ConflictRepository(*officeFile()).list(m_showAll->isChecked());
        if (listed)
            list = listed.value();
        else
            showError(this, tr("Reading the sync conflicts"), listed.error());
    }
    // Newest first: the ones just met are the ones to look at.
    std::reverse(list.begin(), list.end());
    {
        const QSignalBlocker block(m_conflicts);
        m_conflicts->clearSelection();
        m_conflicts->setRowCount(int(list.size()));
        for (int r = 0; r < list.size(); ++r) {
            const db::SyncConflict &c = list[r];
            if (c.status == QLatin1String("open"))
                ++open;
            auto *detected = cell(synctext::localDateTime(c.detectedAt));
            detected->setData(IdRole, QVariant::fromValue<qint64>(c.id));
            m_conflicts->setItem(r, CDetected, detected);
            m_conflicts->setItem(r, CKind, cell(synctext::kindName(c.kind), synctext::kindExplanation(c.kind)));
            m_conflicts->setItem(r, CTable, cell(synctext::humanName(c.table), c.table));
            m_conflicts->setItem(r, CRecord,
                cell(synctext::rowLabel(c.localRow, c.incomingRow, c.rowId), tr("Record id %1").arg(c.rowId)));
            m_conflicts->setItem(r, COffice, cell(c.originOfficeCode, tr("Their change number %1").arg(c.originSeq)));
            m_conflicts->setItem(r, CWinner, cell(winnerText(c.winner), tr("The newer version is in the file now")));
            auto *status = cell(statusText(c), c.note);
            status->setData(IdRole, c.status);
            if (c.status == QLatin1String("open")) {
                QFont bold = status->font();
                bold.setBold(true);
                status->setFont(bold);
                status->setForeground(QColor(S("#DA291C")));
            }
            m_conflicts->setItem(r, CStatus, status);
        }
    }
    if (m_showAll->isChecked())
        m_conflictTitle->setText(tr("%1 recorded, %2 to review").arg(list.size()).arg(open));
    else
        m_conflictTitle->setText(open == 1 ? tr("1 conflict to review") : tr("%1 conflicts to review").arg(open));
    m_conflictStack->setCurrentIndex(list.isEmpty() ? 1 : 0);
    if (!selectConflict(keep) && m_conflicts->rowCount() > 0)
        m_conflicts->selectRow(0);
    showSelectedConflict();
}

std::int64_t SyncPage::currentConflictId() const
{
    const QList<QTableWidgetItem *> selected = m_conflicts->selectedItems();
    for (QTableWidgetItem *item : selected) {
        const QTableWidgetItem *first = m_conflicts->item(item->row(), CDetected);
        if (first)
            return first->data(IdRole).toLongLong();
    }
    return 0;
}

bool SyncPage::selectConflict(std::int64_t id)
{
    if (id == 0)
        return false;
    for (int r = 0; r < m_conflicts->rowCount(); ++r) {
        if (m_conflicts->item(r, CDetected)->data(IdRole).toLongLong() == id) {
            m_conflicts->selectRow(r);
            m_conflicts->scrollToItem(m_conflicts->item(r, CDetected));
            return true;
        }
    }
    return false;
}

void SyncPage::showSelectedConflict()
{
    const std::int64_t id = currentConflictId();
    m_shownConflict = id;
    m_detail->setRowCount(0);
    std::optional<db::SyncConflict> found;
    if (id && officeFile()) {
        const auto got = db::ConflictRepository(*officeFile()).get(id);
        if (got)
            found = got.value();
    }
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
        explain += QLatin1Char(' ') + tr("Settled automatically: one version was built on the other, so nothing was lost.");
    if (c.status == QLatin1String("resolved"))
        explain += QLatin1Char(' ')
            + tr("Resolved by %1 on %2.").arg(c.resolvedBy, synctext::localDateTime(c.resolvedAt));
    explain += S("\n") + tr("Ours: changed by %1. Theirs: changed by %2.").arg(changedBy(c.localRow), changedBy(c.incomingRow));
    m_conflictExplain->setText(explain);

    m_detail->setHorizontalHeaderLabels({ tr("Field"), tr("Ours (%1)").arg(officeFile()->officeCode()),
        tr("Theirs (%1)").arg(c.originOfficeCode) });

    // Differing fields first, highlighted; then the ones both agree on.
    QStringList fields;
    for (const QString &k : c.localRow.keys())
        if (!isBookkeeping(k))
            fields << k;
    for (const QString &k : c.incomingRow.keys())
        if (!isBookkeeping(k) && !fields.contains(k))
            fields << k;
    QStringList differing;
    QStringList same;
    for (const QString &f : fields) {
        const bool differs = c.localRow.isEmpty() || c.incomingRow.isEmpty()
            || synctext::cellText(c.localRow.value(f)) != synctext::cellText(c.incomingRow.value(f));
        (differs ? differing : same) << f;
    }
    const QColor highlight(S("#FFF1C2"));
    m_detail->setRowCount(int(differing.size() + same.size()));
    int r = 0;
    for (const QStringList *group : { &differing, &same }) {
        const bool differs = group == &differing;
        for (const QString &f : *group) {
            auto *name = cell(synctext::humanName(f), f);
            auto *ours = cell(c.localRow.isEmpty() ? tr("(no such record here)") : synctext::cellText(c.localRow.value(f)));
            auto *theirs = cell(synctext::cellText(c.incomingRow.value(f)));
            if (differs) {
                QFont bold = name->font();
                bold.setBold(true);
                name->setFont(bold);
                for (QTableWidgetItem *i : { name, ours, theirs }) {
                    i->setBackground(highlight);
                    i->setData(Qt::UserRole + 2, true);
                }
            } else {
                for (QTableWidgetItem *i : { name, ours, theirs })
                    i->setForeground(QColor(S("#768692")));
            }
            m_detail->setItem(r, 0, name);
            m_detail->setItem(r, 1, ours);
            m_detail->setItem(r, 2, theirs);
            ++r;
        }
    }
    m_detail->resizeRowsToContents();
    updateButtons();
}

void SyncPage::updateButtons()
{
    const bool editable = isEditable();
    const bool haveFolder = !m_exchangeFolder.isEmpty();
    m_changeFolder->setEnabled(editable);
    m_syncNow->setEnabled(editable && haveFolder);
    m_syncNow->setToolTip(haveFolder ? tr("Import every new bundle from the exchange folder, then export this office's changes")
                                     : tr("Choose an exchange folder first"));
    m_export->setEnabled(editable);
    m_import->setEnabled(editable);
    bool resolvable = false;
    if (editable && m_shownConflict) {
        const int row = m_conflicts->currentRow();
        const QTableWidgetItem *status = row >= 0 ? m_conflicts->item(row, CStatus) : nullptr;
        resolvable = status && status->data(IdRole).toString() != QLatin1String("resolved");
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
    const QString folder = m_chooseFolder
        ? m_chooseFolder(title, startFolder())
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
    const QString folder = m_chooseFolder
        ? m_chooseFolder(title, startFolder())
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

namespace
{

QString importLine(const db::ImportSummary &s)
{
    if (s.alreadyImported())
        return SyncPage::tr("%1 from %2: already imported, nothing new.").arg(s.bundle.toHtmlEscaped(), s.officeCode);
    QString line = SyncPage::tr("%1 from %2: %3 applied (%4)")
                       .arg(s.bundle.toHtmlEscaped(), s.officeCode,
                           s.entriesApplied == 1 ? SyncPage::tr("1 entry") : SyncPage::tr("%1 entries").arg(s.entriesApplied),
                           s.changes == 1 ? SyncPage::tr("1 change") : SyncPage::tr("%1 changes").arg(s.changes));
    if (s.conflicts > 0)
        line += S(", <b>%1</b>").arg(s.conflicts == 1 ? SyncPage::tr("1 conflict to review")
                                                       : SyncPage::tr("%1 conflicts to review").arg(s.conflicts));
    if (s.autoResolved > 0)
        line += SyncPage::tr(", %1 settled automatically").arg(s.autoResolved);
    return line + QLatin1Char('.');
}

QString refusedLine(const QString &file, const QString &message)
{
    return SyncPage::tr("<span style='color:#DA291C'><b>Refused</b></span> %1: %2")
        .arg(file.toHtmlEscaped(), message.toHtmlEscaped());
}

QString exportLine(const db::ExportSummary &e)
{
    if (e.path.isEmpty())
        return SyncPage::tr("Nothing was waiting to export.");
    return SyncPage::tr("Exported %1 (%2) as %3.")
        .arg(e.entries == 1 ? SyncPage::tr("1 entry") : SyncPage::tr("%1 entries").arg(e.entries),
            e.changes == 1 ? SyncPage::tr("1 change") : SyncPage::tr("%1 changes").arg(e.changes),
            QFileInfo(e.path).fileName().toHtmlEscaped());
}

} // namespace

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
        showResult(S("<b>%1</b> %2").arg(tr("Sync did not work."), done.error().describe().toHtmlEscaped()), true);
        emit statusMessage(tr("Sync did not work"));
        showError(this, tr("Syncing with the exchange folder"), done.error());
        return false;
    }
    const db::FolderSyncSummary &s = done.value();
    QStringList lines;
    int changes = 0;
    int conflicts = 0;
    for (const db::ImportSummary &i : s.imported) {
        lines << importLine(i);
        changes += i.changes;
        conflicts += i.conflicts;
    }
    for (const db::RefusedBundle &r : s.refused)
        lines << refusedLine(r.file, r.message);
    if (s.imported.isEmpty() && s.refused.isEmpty())
        lines << (s.bundlesSeen == 0 ? tr("No bundles from other offices in the exchange folder yet.")
                                     : tr("Nothing new from the other offices (%1 bundles already imported).").arg(s.bundlesSeen));
    lines << exportLine(s.exported);
    QString head = tr("<b>Synced with the exchange folder.</b>");
    if (!s.refused.isEmpty())
        head = tr("<b>Synced, but %1 could not be imported.</b>")
                   .arg(s.refused.size() == 1 ? tr("1 bundle") : tr("%1 bundles").arg(s.refused.size()));
    reload();
    showResult(head + S("<br/>") + lines.join(S("<br/>")), !s.refused.isEmpty() || conflicts > 0);
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
                lines << refusedLine(QFileInfo(path).fileName(), imported.error().describe());
                continue;
            }
            if (!imported->alreadyImported())
                ++applied;
            changes += imported->changes;
            conflicts += imported->conflicts;
            lines << importLine(imported.value());
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
    showResult(head + S("<br/>") + lines.join(S("<br/>")), refused > 0 || conflicts > 0);
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
        showResult(S("<b>%1</b> %2").arg(tr("Export did not work."), done.error().describe().toHtmlEscaped()), true);
        emit statusMessage(tr("Export did not work"));
        showError(this, tr("Exporting changes"), done.error());
        return false;
    }
    settings::setLastFolder(folder);
    reloadStatus();
    const QString line = exportLine(done.value());
    showResult(done->path.isEmpty() ? line
                                    : S("%1<br/>%2").arg(line, tr("Saved in %1. Give this file to the other offices, "
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
    const Status done = db::ConflictRepository(*officeFile())
                            .resolve(id, keepLocal ? db::ConflictRepository::Keep::Local
                                                   : db::ConflictRepository::Keep::Theirs);
    if (!done) {
        showError(this, keepLocal ? tr("Keeping our version") : tr("Taking their version"), done.error());
        reload();
        return false;
    }
    m_shownConflict = 0;
    reload();
    emit officeDataChanged();
    const QString message = keepLocal ? tr("Conflict resolved: kept our version; it goes to the other offices with the next sync")
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
            ? S("QLabel#syncResult{background:#FFF4E0;border:1px solid #ED8B00;border-radius:4px;padding:8px;}")
            : S("QLabel#syncResult{background:#E8F4EC;border:1px solid #007F3B;border-radius:4px;padding:8px;}"));
    m_result->show();
}

#undef S

} // namespace hub::ui

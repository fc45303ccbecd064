#include "ui/sync/sync_status_panel.h"

#include "database/sync/sync_status.h"
#include "ui/sync/sync_text.h"
#include "ui/sync/sync_words.h"
#include "ui/widgets/read_only_table.h"
#include "ui/widgets/value_label.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

enum PeerColumn { POffice, PLastHeard, PState, PColumnCount };

QTableWidgetItem *cell(const QString &text, const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QString fingerprintExplanation()
{
    return SyncStatusPanel::tr(
        "A fingerprint of every record the offices share. Offices showing the same fingerprint hold "
        "exactly the same data: they are in step. Different fingerprints mean changes still have to "
        "travel (sync every office) or a conflict is waiting.");
}

} // namespace

SyncStatusPanel::SyncStatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_headline(valueLabel(u"syncHeadline"_s))
    , m_office(valueLabel(u"officeIdentity"_s))
    , m_folder(valueLabel(u"exchangeFolderLabel"_s))
    , m_changeFolder(new QPushButton(tr("Change…")))
    , m_pending(valueLabel(u"pendingLabel"_s))
    , m_lastExport(valueLabel(u"lastExportLabel"_s))
    , m_conflictCounts(valueLabel(u"conflictCountsLabel"_s))
    , m_detailsToggle(new QToolButton)
    , m_details(new QWidget)
    , m_officeId(valueLabel(u"officeIdLabel"_s))
    , m_fingerprint(valueLabel(u"fingerprintLabel"_s))
    , m_numbers(valueLabel(u"changeNumbersLabel"_s))
    , m_peerNumbers(valueLabel(u"peerNumbersLabel"_s))
    , m_peers(new QTableWidget(0, PColumnCount))
    , m_peersEmpty(new QLabel)
    , m_peerStack(new QStackedWidget)
{
    m_changeFolder->setObjectName(u"exchangeFolderButton"_s);
    m_changeFolder->setToolTip(tr("Choose the shared folder (network share, OneDrive or SharePoint folder) "
                                  "that every office reads and writes bundles in"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_headline->setFont(big);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setToolTip(fingerprintExplanation());
    m_officeId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // Details: the identifiers and numbers, for whoever supports the exchange.
    m_detailsToggle->setObjectName(u"syncDetailsToggle"_s);
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolTip(tr("Office id, content fingerprint and change numbers, for support"));
    m_details->setObjectName(u"syncDetails"_s);
    auto *df = new QFormLayout(m_details);
    df->setContentsMargins(18, 0, 0, 0);
    df->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    df->addRow(tr("Office id:"), m_officeId);
    auto *fpName = new QLabel(tr("Content fingerprint:"));
    fpName->setToolTip(fingerprintExplanation());
    df->addRow(fpName, m_fingerprint);
    df->addRow(tr("Change numbers:"), m_numbers);
    df->addRow(tr("Other offices:"), m_peerNumbers);
    m_details->hide();
    connect(m_detailsToggle, &QToolButton::toggled, this, &SyncStatusPanel::setDetailsShown);

    // This office.
    auto *summary = new QGroupBox(tr("This office"));
    summary->setObjectName(u"syncSummary"_s);
    auto *sl = new QVBoxLayout(summary);
    sl->addWidget(m_headline);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Office:"), m_office);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_changeFolder, 0, Qt::AlignTop);
    form->addRow(tr("Exchange folder:"), folderRow);
    form->addRow(tr("To send:"), m_pending);
    form->addRow(tr("Last sent:"), m_lastExport);
    form->addRow(tr("Conflicts:"), m_conflictCounts);
    sl->addLayout(form);
    sl->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    sl->addWidget(m_details);
    sl->addStretch(1);

    // Other offices.
    m_peers->setObjectName(u"peerTable"_s);
    m_peers->setHorizontalHeaderLabels({ tr("Office"), tr("Last heard from"), tr("Where you stand") });
    setUpReadOnlyTable(m_peers, 10);
    m_peers->setWordWrap(true);
    QHeaderView *ph = m_peers->horizontalHeader();
    ph->setHighlightSections(false);
    ph->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    ph->resizeSection(POffice, 80);
    ph->resizeSection(PLastHeard, 130);
    ph->setStretchLastSection(true);
    m_peersEmpty->setObjectName(u"peersEmpty"_s);
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
    auto *peersBox = new QGroupBox(tr("Other offices"));
    auto *pl = new QVBoxLayout(peersBox);
    pl->addWidget(m_peerStack);

    auto *top = new QHBoxLayout(this);
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(summary, 5);
    top->addWidget(peersBox, 6);

    connect(m_changeFolder, &QPushButton::clicked, this, &SyncStatusPanel::changeFolderRequested);
    clear();
}

void SyncStatusPanel::setDetailsShown(bool shown)
{
    if (m_detailsToggle->isChecked() != shown)
        m_detailsToggle->setChecked(shown); // comes back here through toggled
    m_detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(shown);
}

bool SyncStatusPanel::detailsShown() const
{
    return m_detailsToggle->isChecked();
}

void SyncStatusPanel::setEditable(bool editable)
{
    m_changeFolder->setEnabled(editable);
}

void SyncStatusPanel::clear()
{
    m_peers->setRowCount(0);
    m_headline->setText(tr("No office file is open."));
    for (QLabel *l : { m_office, m_folder, m_pending, m_lastExport, m_conflictCounts, m_officeId, m_fingerprint,
             m_numbers, m_peerNumbers })
        l->setText(u"—"_s);
    m_peerStack->setCurrentWidget(m_peersEmpty);
}

void SyncStatusPanel::showStatus(const db::SyncStatus &s, const QString &officeName)
{
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTime();
    m_headline->setText(syncwords::headline(s, now).join(u'\n'));
    m_office->setText(officeName.isEmpty() ? s.officeCode : tr("%1 — %2").arg(s.officeCode, officeName));
    if (s.exchangeFolder.isEmpty()) {
        m_folder->setText(tr("<i>Not set.</i> Choose a shared folder every office can reach to use Sync now."));
        m_folder->setToolTip({});
    } else {
        const bool reachable = QFileInfo(s.exchangeFolder).isDir();
        const QString shown = QDir::toNativeSeparators(s.exchangeFolder).toHtmlEscaped();
        m_folder->setText(reachable ? shown
                                    : u"%1<br/><span style='color:#DA291C'>%2</span>"_s.arg(
                                        shown, tr("Cannot be reached from this computer just now.")));
        m_folder->setToolTip(QDir::toNativeSeparators(s.exchangeFolder));
    }
    m_pending->setText(syncwords::pending(s));
    m_lastExport->setText(syncwords::when(s.lastExportAt, now, tr("never")));
    if (s.openConflicts > 0)
        m_conflictCounts->setText(u"<b style='color:#DA291C'>%1</b>"_s.arg(
            s.openConflicts == 1 ? tr("1 to review") : tr("%1 to review").arg(s.openConflicts)));
    else
        m_conflictCounts->setText(tr("None to review"));
    m_conflictCounts->setToolTip(
        tr("%1 settled automatically (nothing lost), %2 resolved").arg(s.autoResolved).arg(s.resolvedConflicts));

    // Details.
    m_officeId->setText(s.officeId);
    m_fingerprint->setText(s.contentHash.left(12));
    m_fingerprint->setToolTip(tr("%1\n\nFull fingerprint: %2").arg(fingerprintExplanation(), s.contentHash));
    m_numbers->setText(tr("not yet exported: entries %1 (changes %2); last entry %3; exported up to entry %4. "
                          "Conflicts: %5 open, %6 automatic, %7 resolved.")
                           .arg(locale.toString(s.pendingEntries), locale.toString(s.pendingChanges),
                               locale.toString(s.outboxSeq), locale.toString(s.lastExportSeq))
                           .arg(s.openConflicts)
                           .arg(s.autoResolved)
                           .arg(s.resolvedConflicts));
    QStringList peerLines;
    for (const db::PeerStatus &p : s.peers)
        peerLines << tr("%1 (office id %2): entries received %3, complete up to number %4, highest %5; last bundle %6")
                         .arg(p.officeCode, p.officeId, locale.toString(p.entries), locale.toString(p.contiguousSeq),
                             locale.toString(p.maxSeq), p.lastBundle.isEmpty() ? tr("none") : p.lastBundle);
    m_peerNumbers->setText(peerLines.isEmpty() ? tr("none heard from") : peerLines.join(u'\n'));

    m_peers->setRowCount(int(s.peers.size()));
    for (int r = 0; r < s.peers.size(); ++r) {
        const db::PeerStatus &p = s.peers[r];
        m_peers->setItem(r, POffice, cell(p.officeCode));
        m_peers->setItem(r, PLastHeard,
            cell(syncwords::when(p.lastImportAt, now, tr("never")),
                synctext::localDateTime(p.lastImportAt, tr("never"))));
        QTableWidgetItem *state = cell(syncwords::peerState(p, s.pendingChanges <= 0, now));
        if (p.maxSeq > p.contiguousSeq)
            state->setForeground(QColor(0xB3, 0x59, 0x00));
        m_peers->setItem(r, PState, state);
    }
    m_peers->resizeRowsToContents();
    m_peerStack->setCurrentWidget(s.peers.isEmpty() ? static_cast<QWidget *>(m_peersEmpty) : m_peers);
}

} // namespace hub::ui

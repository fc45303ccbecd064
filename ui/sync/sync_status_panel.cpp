#include "ui/sync/sync_status_panel.h"

#include "database/sync/sync_status.h"
#include "ui/sync/sync_text.h"
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
#include <QVBoxLayout>

namespace hub::ui
{

#define S QStringLiteral

namespace
{

enum PeerColumn { POffice, PLastImport, PEntries, PInOrder, PLastBundle, PColumnCount };

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

QString fingerprintExplanation()
{
    return SyncStatusPanel::tr("A fingerprint of every record the offices share. Offices showing the same fingerprint hold "
                               "exactly the same data: they are in step. Different fingerprints mean changes still have to "
                               "travel (sync every office) or a conflict is waiting.");
}

} // namespace

SyncStatusPanel::SyncStatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_office(valueLabel(S("officeIdentity")))
    , m_folder(valueLabel(S("exchangeFolderLabel")))
    , m_changeFolder(new QPushButton(tr("Change…")))
    , m_pending(valueLabel(S("pendingLabel")))
    , m_lastExport(valueLabel(S("lastExportLabel")))
    , m_conflictCounts(valueLabel(S("conflictCountsLabel")))
    , m_fingerprint(valueLabel(S("fingerprintLabel")))
    , m_peers(new QTableWidget(0, PColumnCount))
    , m_peersEmpty(new QLabel)
    , m_peerStack(new QStackedWidget)
{
    m_changeFolder->setObjectName(S("exchangeFolderButton"));
    m_changeFolder->setToolTip(tr("Choose the shared folder (network share, OneDrive or SharePoint folder) "
                                  "that every office reads and writes bundles in"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setToolTip(fingerprintExplanation());

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
    m_peers->setObjectName(S("peerTable"));
    m_peers->setHorizontalHeaderLabels({ tr("Office"), tr("Last import"), tr("Entries received"),
        tr("Received in order up to"), tr("Last bundle") });
    setUpReadOnlyTable(m_peers, 10);
    QHeaderView *ph = m_peers->horizontalHeader();
    ph->setHighlightSections(false);
    ph->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
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

void SyncStatusPanel::setEditable(bool editable)
{
    m_changeFolder->setEnabled(editable);
}

void SyncStatusPanel::clear()
{
    m_peers->setRowCount(0);
    for (QLabel *l : { m_office, m_folder, m_pending, m_lastExport, m_conflictCounts, m_fingerprint })
        l->setText(S("—"));
    m_peerStack->setCurrentWidget(m_peersEmpty);
}

void SyncStatusPanel::showStatus(const db::SyncStatus &s, const QString &officeName)
{
    const QLocale locale;
    m_peers->setRowCount(0);
    m_office->setText(S("<b>%1</b> — %2<br/><span style='color:#768692'>%3</span>")
                          .arg(s.officeCode.toHtmlEscaped(), officeName.toHtmlEscaped(),
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
}

#undef S

} // namespace hub::ui

// The CCG specifications page.
#include "ui/spec/spec_page.h"

#include "core/catalogue/current_level.h"
#include "core/common/format.h"
#include "core/specification/spec_wording.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "ui/app_settings.h"
#include "ui/dialogs/error_message.h"
#include "ui/documents/spec_document.h"
#include "ui/models/spec_items_model.h"
#include "ui/spec/commands/change_spec_field.h"
#include "ui/spec/commands/set_determination.h"
#include "ui/spec/determination_delegate.h"
#include "ui/spec/spec_header_form.h"
#include "ui/spec/spec_print_actions.h"
#include "ui/ui_resources.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

SpecPage::SpecPage(QWidget *parent)
    : Page(parent)
    , m_model(new SpecItemsModel(this))
    , m_ccgCombo(new QComboBox)
    , m_badge(new QLabel)
    , m_summary(new QLabel)
    , m_message(new QLabel)
    , m_markAgreed(new QPushButton(tr("Mark agreed…")))
    , m_backToDraft(new QPushButton(tr("Back to draft")))
    , m_preview(new QPushButton(tr("Print preview…")))
    , m_export(new QPushButton(tr("Export PDF…")))
    , m_table(new QTableView)
    , m_body(new QStackedWidget)
    , m_chooser(new QListWidget)
    , m_header(new SpecHeaderForm)
{
    setObjectName(u"specPage"_s);
    setShownTables(
        { u"ccg_spec"_s, u"ccg_spec_item"_s, u"ccg"_s, u"ccg_level"_s, u"activity"_s, u"delegated_function"_s });
    m_ccgCombo->setObjectName(u"specCcgCombo"_s);
    m_ccgCombo->setMinimumContentsLength(34);
    m_ccgCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_badge->setObjectName(u"specStatusBadge"_s);
    m_summary->setObjectName(u"specSummary"_s);
    m_message->setObjectName(u"specMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_markAgreed->setObjectName(u"markAgreedButton"_s);
    m_markAgreed->setToolTip(tr("Record that the CCG and the Hub have agreed and signed this specification; the "
                                "determinations and sign-off are then locked"));
    m_backToDraft->setObjectName(u"backToDraftButton"_s);
    m_preview->setObjectName(u"printPreviewButton"_s);
    m_export->setObjectName(u"exportPdfButton"_s);

    auto *title
        = new QLabel(tr("<span style='font-size:15pt;font-weight:600;color:#005EB8'>CCG specifications</span>"));
    auto *intro
        = new QLabel(tr("The MoU leaves a small range of activities to each CCG's own determination with the Hub. "
                        "Record who does each one, then sign the specification off."));
    intro->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("CCG:")));
    bar->addWidget(m_ccgCombo);
    bar->addWidget(m_badge);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_markAgreed);
    bar->addWidget(m_backToDraft);
    bar->addSpacing(12);
    bar->addWidget(m_preview);
    bar->addWidget(m_export);

    m_table->setObjectName(u"specItemsTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(SpecItemsModel::Determination, new DeterminationDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setStyleSheet(u"QTableView#specItemsTable::item { padding: 3px 4px; }"_s);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(SpecItemsModel::Text, QHeaderView::Stretch);
    h->resizeSection(SpecItemsModel::Ref, 58);
    h->resizeSection(SpecItemsModel::Marker, 120);
    h->resizeSection(SpecItemsModel::Determination, 165);
    h->resizeSection(SpecItemsModel::Note, 170);
    settings::rememberHeaderState(h, u"specItems"_s);

    auto *formScroll = new QScrollArea;
    formScroll->setWidget(m_header);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setMinimumWidth(300);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(u"specSplitter"_s);
    split->addWidget(m_table);
    split->addWidget(formScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({ 850, 310 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    // Before a CCG is chosen: the CCGs to choose from, with their status, rather than an empty table.
    m_chooser->setObjectName(u"specCcgChooser"_s);
    m_chooser->setIconSize(QSize(20, 20));
    m_chooser->setSpacing(2);
    m_chooser->setAlternatingRowColors(true);
    connect(m_chooser, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { selectCcg(item->data(Qt::UserRole).toString()); });
    connect(m_chooser, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { selectCcg(item->data(Qt::UserRole).toString()); });
    auto *chooserPage = new QWidget;
    auto *chooserLayout = new QVBoxLayout(chooserPage);
    chooserLayout->setContentsMargins(0, 0, 0, 0);
    chooserLayout->addWidget(new QLabel(tr("<b>Choose a CCG</b> to see its determinations and sign-off:")));
    chooserLayout->addWidget(m_chooser, 1);
    m_body->addWidget(chooserPage);
    m_body->addWidget(split);
    layout->addWidget(m_body, 1);

    connect(m_ccgCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_wanted = currentCcg();
        reload();
    });
    connect(
        m_model, &SpecItemsModel::determinationEdited, this, &SpecPage::onDeterminationEdited, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_editorsOpen = false;
        updateEditors();
    });
    connect(m_header, &SpecHeaderForm::fieldEdited, this, &SpecPage::onHeaderEdited);
    connect(m_markAgreed, &QPushButton::clicked, this, &SpecPage::markAgreed);
    connect(m_backToDraft, &QPushButton::clicked, this, &SpecPage::backToDraft);
    connect(m_preview, &QPushButton::clicked, this, &SpecPage::printPreview);
    connect(m_export, &QPushButton::clicked, this, &SpecPage::exportPdf);
    refresh();

    // Lists (context menu, print, export); Tab: CCGs → CCG → activities → sign-off → actions.
    addList(m_chooser, ListSetup(tr("CCG specifications")));
    addList(m_table,
        ListSetup(tr("Specification"))
            .titledBy([this] {
                const Ccg *ccg = m_doc ? m_doc->ccg() : nullptr;
                return ccg ? tr("%1 — specification activities").arg(ccg->name) : QString();
            })
            .opensNothing());
    setTabOrderParts({ m_chooser, m_ccgCombo, m_table, m_header, m_markAgreed, m_backToDraft, m_preview, m_export });
}

QString SpecPage::printWhat() const
{
    return canPrint() ? tr("specification") : QString();
}

SpecPage::~SpecPage() = default;

QString SpecPage::currentCcg() const
{
    return m_ccgCombo->currentData().toString();
}

void SpecPage::selectCcg(const QString &ccgCode)
{
    const int i = m_ccgCombo->findData(ccgCode);
    if (i >= 0)
        m_ccgCombo->setCurrentIndex(i);
}

void SpecPage::officeFileChanged()
{
    m_doc.reset();
    if (db::OfficeFile *file = officeFile()) {
        m_doc = std::make_unique<SpecDocument>(*file);
        m_doc->setAsOf(db::officeAsOf(*file));
        m_doc->setConflictResolver([this](const Error &e) { return resolveConflict(e); });
        connect(m_doc.get(), &SpecDocument::loaded, this, &SpecPage::refresh);
        connect(m_doc.get(), &SpecDocument::failed, this,
            [this](const QString &action, const Error &e) { showError(this, action, e); });
        connect(m_doc.get(), &SpecDocument::refused, this, [this](const Error &e) {
            showMessage(tr("<b>Not agreed yet.</b> %1").arg(e.message.toHtmlEscaped()), true);
        });
    }
    m_model->clear();
    const QSignalBlocker block(m_ccgCombo);
    m_ccgCombo->clear();
}

void SpecPage::reload()
{
    if (!m_doc) {
        refresh();
        return;
    }
    const Status s = m_doc->load(m_wanted);
    if (!s.ok())
        showMessage(userMessage(s.error()), true);
}

QString SpecPage::statusText(const QString &ccgCode, const QHash<QString, CcgSpecification> &stored) const
{
    const auto it = stored.constFind(ccgCode);
    if (it == stored.constEnd())
        return tr("Not started");
    if (it->status != SpecStatus::Agreed)
        return tr("Draft");
    const QDate on = specAgreedOn(*it);
    return on.isValid() ? tr("Agreed %1").arg(formatDate(on)) : tr("Agreed");
}

void SpecPage::fillCcgLists()
{
    static const Catalogue none;
    const Catalogue &cat = m_doc ? m_doc->catalogue() : none;
    const QHash<QString, CcgSpecification> stored = m_doc ? m_doc->storedSpecs() : QHash<QString, CcgSpecification> {};
    const QDate asOf = m_doc ? m_doc->asOf() : QDate::currentDate();
    const QSignalBlocker block(m_ccgCombo);
    m_ccgCombo->clear();
    m_ccgCombo->addItem(tr("Choose a CCG…"), QString());
    m_chooser->clear(); // cheap (14 rows); statuses and levels change elsewhere
    for (const Ccg &c : cat.ccgs) {
        const QString status = statusText(c.code, stored);
        const bool agreed = stored.value(c.code).status == SpecStatus::Agreed;
        m_ccgCombo->addItem(
            icon(agreed ? u"lock"_s : u"specification"_s), u"%1 — %2 · %3"_s.arg(c.code, c.name, status), c.code);
        auto *item = new QListWidgetItem(icon(agreed ? u"lock"_s : u"specification"_s),
            u"%1 — %2 · %3 · %4"_s.arg(c.code, c.name, status, currentLevelText(c, asOf)), m_chooser);
        item->setData(Qt::UserRole, c.code);
        item->setToolTip(tr("Specification: %1. Co-commissioning level on %2: %3.")
                             .arg(status, formatDate(asOf), currentLevelText(c, asOf)));
    }
    const int i = m_ccgCombo->findData(m_doc ? m_doc->ccgCode() : QString());
    m_ccgCombo->setCurrentIndex(qMax(0, i));
}

void SpecPage::refresh()
{
    fillCcgLists();
    const bool has = m_doc && m_doc->hasSpec();
    const bool agreed = has && m_doc->spec().status == SpecStatus::Agreed;
    const bool locked = !m_doc || m_doc->isLocked();

    if (has) {
        m_model->setSpecification(m_doc->catalogue(), m_doc->spec());
        m_header->setSpecification(m_doc->spec());
        m_header->setDefaultDate(m_doc->asOf());
    } else {
        m_model->clear();
        m_header->clear();
    }
    m_model->setLocked(locked);
    m_header->setLocked(locked, m_doc ? m_doc->lockReason() : QString());
    m_header->setEnabled(has);
    updateEditors();

    const QString ccg = m_doc ? m_doc->ccgCode() : QString();
    m_body->setCurrentIndex(ccg.isEmpty() ? 0 : 1);
    m_badge->setVisible(has);
    m_badge->setText(agreed ? tr("Agreed") : tr("Draft"));
    m_badge->setStyleSheet(agreed
            ? u"QLabel { background:#007F3B; color:white; border-radius:4px; padding:2px 10px; font-weight:600; }"_s
            : u"QLabel { background:#FFB81C; color:#212B32; border-radius:4px; padding:2px 10px; font-weight:600; }"_s);
    if (has) {
        const int n = int(m_doc->spec().items.size());
        const int open = m_doc->spec().undeterminedCount();
        m_summary->setText(open ? tr("%1 activities to determine · <b>%2 still to be determined</b>").arg(n).arg(open)
                                : tr("%1 activities to determine · all determined").arg(n));
    } else {
        m_summary->clear();
    }

    const bool editable = isEditable() && has;
    m_markAgreed->setVisible(!agreed);
    m_markAgreed->setEnabled(editable && !agreed);
    m_backToDraft->setVisible(agreed);
    m_backToDraft->setEnabled(editable && agreed);
    m_preview->setEnabled(has);
    m_export->setEnabled(has);

    if (!officeFile())
        showMessage(tr("No office file is open."), false);
    else if (ccg.isEmpty())
        m_message->hide();
    else if (!has)
        showMessage(
            tr("%1 has no specification yet, and this office file is open read-only, so none can be started.").arg(ccg),
            false);
    else if (agreed)
        showMessage(tr("<b>%1.</b> The specification is locked: use <b>Back to draft</b> to change it.")
                        .arg(m_doc->lockReason().toHtmlEscaped()),
            false);
    else
        m_message->hide();
    emit printableChanged();
}

void SpecPage::updateEditors()
{
    const bool want = !m_model->isLocked() && m_model->rowCount() > 0;
    if (want == m_editorsOpen)
        return;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex idx = m_model->index(r, SpecItemsModel::Determination);
        if (want)
            m_table->openPersistentEditor(idx);
        else
            m_table->closePersistentEditor(idx);
    }
    m_editorsOpen = want;
}

void SpecPage::showMessage(const QString &text, bool warning)
{
    m_message->setText(text);
    m_message->setStyleSheet(warning ? u"QLabel { background:#FFF0C2; border:1px solid #FFB81C; padding:6px; }"_s
                                     : u"QLabel { background:#E8EDEE; padding:6px; }"_s);
    m_message->show();
}

void SpecPage::onDeterminationEdited(const QString &activityKey, hub::Determination determination, const QString &note)
{
    if (!m_doc || m_doc->isLocked() || !m_doc->spec().item(activityKey))
        return;
    undoStack()->push(new SetDetermination(m_doc.get(), activityKey, determination, note));
}

void SpecPage::onHeaderEdited(const QString &field, const QVariant &value)
{
    if (!m_doc || !m_doc->hasSpec() || m_doc->isLocked())
        return;
    undoStack()->push(new ChangeSpecField(m_doc.get(), field, SpecHeaderForm::fieldLabel(field), value));
}

bool SpecPage::confirmAgreed(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    QMessageBox box(QMessageBox::Question, tr("Mark agreed"), question, QMessageBox::NoButton, this);
    box.setObjectName(u"confirmAgreed"_s);
    QPushButton *yes = box.addButton(tr("Mark agreed"), QMessageBox::AcceptRole);
    yes->setObjectName(u"confirmAgreedYes"_s);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    no->setObjectName(u"confirmAgreedCancel"_s);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void SpecPage::markAgreed()
{
    if (!m_doc || !m_doc->hasSpec())
        return;
    m_header->commitPending();
    const CcgSpecification &spec = m_doc->spec();
    const QStringList blockers = agreementBlockers(spec);
    if (!blockers.isEmpty()) {
        showMessage(tr("<b>Not agreed yet.</b> The %1 specification cannot be agreed yet: %2.")
                        .arg(m_doc->ccgCode(), blockers.join(u"; "_s).toHtmlEscaped()),
            true);
        return;
    }
    const QString question
        = tr("Mark the %1 specification agreed?\n\nSigned by %2 (CCG lead) on %3 and %4 (Locality "
             "Director) on %5.\n\nThe determinations and the sign-off are then locked until the "
             "specification is set back to draft.")
              .arg(m_doc->ccg() ? m_doc->ccg()->name : m_doc->ccgCode(), spec.ccgLeadName,
                  formatDate(spec.ccgLeadSignedOn), spec.directorName, formatDate(spec.directorSignedOn));
    if (!confirmAgreed(question))
        return;
    if (m_doc->setStatus(SpecStatus::Agreed) == WriteOutcome::Written) {
        undoStack()->clear(); // agreeing is a sign-off, not an undoable edit
        emit statusMessage(tr("%1 specification marked agreed").arg(m_doc->ccgCode()));
    }
}

void SpecPage::backToDraft()
{
    if (m_doc && m_doc->setStatus(SpecStatus::Draft) == WriteOutcome::Written) {
        undoStack()->clear();
        emit statusMessage(tr("%1 specification is a draft again").arg(m_doc->ccgCode()));
    }
}

bool SpecPage::canPrint() const
{
    return m_doc && m_doc->hasSpec() && m_doc->ccg();
}

void SpecPage::printPreview()
{
    if (canPrint())
        previewSpec(this, { m_doc->catalogue(), *m_doc->ccg(), m_doc->spec(), officeFile()->user(), m_doc->asOf() });
}

void SpecPage::print()
{
    if (canPrint())
        printSpec(this, { m_doc->catalogue(), *m_doc->ccg(), m_doc->spec(), officeFile()->user(), m_doc->asOf() });
}

void SpecPage::exportPdf()
{
    if (!canPrint())
        return;
    const Ccg &ccg = *m_doc->ccg();
    const QString folder = settings::lastFolder().isEmpty() ? QDir::homePath() : settings::lastFolder();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), QDir(folder).filePath(suggestedPdfName(ccg)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s
        = exportSpecPdf(path, { m_doc->catalogue(), ccg, m_doc->spec(), officeFile()->user(), m_doc->asOf() });
    if (!s.ok()) {
        showError(this, tr("Exporting the PDF"), s.error());
        return;
    }
    settings::setLastFolder(QFileInfo(path).absolutePath());
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace hub::ui

// The CCG specifications page.
#include "ui/spec/spec_page.h"

#include "database/office_file.h"
#include "ui/app_settings.h"
#include "ui/dialogs/error_message.h"
#include "ui/models/spec_items_model.h"
#include "ui/spec/determination_delegate.h"
#include "ui/spec/set_determination_command.h"
#include "ui/spec/spec_editor.h"
#include "ui/spec/spec_header_form.h"
#include "ui/spec/spec_print_actions.h"
#include "ui/ui_resources.h"
#include "ui/undo/record_edit_command.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <optional>

namespace hub::ui
{

#define S QStringLiteral

SpecPage::SpecPage(QWidget *parent)
    : Page(parent)
    , m_editor(new SpecEditor([this](const Error &e) { return resolveConflict(e); },
          [this](const Error &e) { showError(this, tr("Saving the specification"), e); }, this))
    , m_model(new SpecItemsModel(this))
    , m_ccgCombo(new QComboBox)
    , m_badge(new QLabel)
    , m_summary(new QLabel)
    , m_message(new QLabel)
    , m_markAgreed(new QPushButton(tr("Mark agreed")))
    , m_backToDraft(new QPushButton(tr("Back to draft")))
    , m_preview(new QPushButton(tr("Print preview…")))
    , m_export(new QPushButton(tr("Export PDF…")))
    , m_table(new QTableView)
    , m_body(new QStackedWidget)
    , m_chooser(new QListWidget)
    , m_header(new SpecHeaderForm)
{
    setObjectName(S("specPage"));
    setShownTables({ S("ccg_spec"), S("ccg_spec_item"), S("ccg"), S("activity"), S("delegated_function") });
    m_ccgCombo->setObjectName(S("specCcgCombo"));
    m_ccgCombo->setMinimumContentsLength(34);
    m_ccgCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_badge->setObjectName(S("specStatusBadge"));
    m_summary->setObjectName(S("specSummary"));
    m_message->setObjectName(S("specMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_markAgreed->setObjectName(S("markAgreedButton"));
    m_markAgreed->setToolTip(
        tr("Record that the CCG and the Hub have agreed this specification; editing is then locked"));
    m_backToDraft->setObjectName(S("backToDraftButton"));
    m_preview->setObjectName(S("printPreviewButton"));
    m_export->setObjectName(S("exportPdfButton"));

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

    m_table->setObjectName(S("specItemsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(SpecItemsModel::Determination, new DeterminationDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setStyleSheet(S("QTableView#specItemsTable::item { padding: 3px 4px; }"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(SpecItemsModel::Text, QHeaderView::Stretch);
    h->resizeSection(SpecItemsModel::Ref, 58);
    h->resizeSection(SpecItemsModel::Marker, 120);
    h->resizeSection(SpecItemsModel::Determination, 165);
    h->resizeSection(SpecItemsModel::Note, 170);
    settings::rememberHeaderState(h, S("specItems"));

    auto *formScroll = new QScrollArea;
    formScroll->setWidget(m_header);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setMinimumWidth(280);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(S("specSplitter"));
    split->addWidget(m_table);
    split->addWidget(formScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({ 860, 290 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    // Before a CCG is chosen: the CCGs to choose from, rather than an empty table.
    m_chooser->setObjectName(S("specCcgChooser"));
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
        const Status s = m_editor->load(currentCcg());
        if (!s.ok())
            showMessage(userMessage(s.error()), true);
    });
    connect(m_editor, &SpecEditor::loaded, this, &SpecPage::refresh);
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
}

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
    m_editor->setOfficeFile(officeFile());
    m_model->clear();
    const QSignalBlocker block(m_ccgCombo);
    m_ccgCombo->clear();
}

void SpecPage::reload()
{
    const Status s = m_editor->load(currentCcg());
    if (!s.ok())
        showMessage(userMessage(s.error()), true);
}

void SpecPage::fillCcgCombo()
{
    const Catalogue &cat = m_editor->catalogue();
    QStringList codes;
    for (const Ccg &c : cat.ccgs)
        codes << c.code;
    QStringList shown;
    for (int i = 1; i < m_ccgCombo->count(); ++i)
        shown << m_ccgCombo->itemData(i).toString();
    const QSignalBlocker block(m_ccgCombo);
    if (codes != shown || m_ccgCombo->count() == 0) {
        m_ccgCombo->clear();
        m_ccgCombo->addItem(tr("Choose a CCG…"), QString());
        for (const Ccg &c : cat.ccgs)
            m_ccgCombo->addItem(S("%1 — %2").arg(c.code, c.name), c.code);
    }
    m_chooser->clear(); // cheap (14 rows), and levels may have changed elsewhere
    for (const Ccg &c : cat.ccgs) {
        QString level;
        if (!c.levels.isEmpty())
            level = S(" · %1").arg(commissioningLevelName(c.levels.last().level));
        auto *item
            = new QListWidgetItem(icon(S("specification")), S("%1 — %2%3").arg(c.code, c.name, level), m_chooser);
        item->setData(Qt::UserRole, c.code);
    }
    const int i = m_ccgCombo->findData(m_editor->ccgCode());
    m_ccgCombo->setCurrentIndex(qMax(0, i));
}

void SpecPage::refresh()
{
    fillCcgCombo();
    const bool has = m_editor->hasSpec();
    const CcgSpecification &spec = m_editor->spec();
    const bool agreed = has && spec.status == SpecStatus::Agreed;

    if (has) {
        m_model->setSpecification(m_editor->catalogue(), spec);
        m_header->setSpecification(spec);
    } else {
        m_model->clear();
        m_header->clear();
    }
    m_model->setLocked(m_editor->isLocked());
    m_header->setEditable(!m_editor->isLocked());
    m_header->setEnabled(has);
    updateEditors();

    m_body->setCurrentIndex(m_editor->ccgCode().isEmpty() ? 0 : 1);
    m_badge->setVisible(has);
    m_badge->setText(agreed ? tr("Agreed") : tr("Draft"));
    m_badge->setStyleSheet(agreed
            ? S("QLabel { background:#007F3B; color:white; border-radius:4px; padding:2px 10px; font-weight:600; }")
            : S("QLabel { background:#FFB81C; color:#212B32; border-radius:4px; padding:2px 10px; font-weight:600; }"));
    if (has) {
        const int n = int(spec.items.size());
        const int open = spec.undeterminedCount();
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
    else if (m_editor->ccgCode().isEmpty())
        m_message->hide();
    else if (!has)
        showMessage(
            tr("%1 has no specification yet. It is created the first time the office file is opened for editing.")
                .arg(m_editor->ccgCode()),
            false);
    else if (agreed)
        showMessage(
            tr("This specification is agreed, so it cannot be changed. Use <b>Back to draft</b> to change it."), false);
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
    m_message->setStyleSheet(warning ? S("QLabel { background:#FFF0C2; border:1px solid #FFB81C; padding:6px; }")
                                     : S("QLabel { background:#E8EDEE; padding:6px; }"));
    m_message->show();
}

void SpecPage::onDeterminationEdited(const QString &activityKey, hub::Determination determination, const QString &note)
{
    const SpecItem *item = m_editor->spec().item(activityKey);
    if (!item || m_editor->isLocked())
        return;
    undoStack()->push(
        new SetDeterminationCommand(m_editor, m_editor->ccgCode(), activityKey, { item->determination, item->note },
            { determination, note }, item->meta.version, [this](const Error &e) { return resolveConflict(e); }));
}

void SpecPage::onHeaderEdited(const QString &field, const QVariant &value)
{
    if (!m_editor->hasSpec() || m_editor->isLocked())
        return;
    const QString ccg = m_editor->ccgCode();
    const QVariantMap before { { field, SpecEditor::headerValues(m_editor->spec()).value(field) } };
    const QVariantMap after { { field, value } };
    RecordEditCommand::Access access;
    access.readFresh = [this, ccg] { return m_editor->readHeader(ccg); };
    access.write = [this, ccg](const QVariantMap &values, std::int64_t version) {
        return m_editor->writeHeader(ccg, values, version);
    };
    pushRecordEdit(
        tr("Change %1 sign-off (%2)").arg(ccg, field), before, after, m_editor->spec().meta.version, std::move(access));
}

void SpecPage::markAgreed()
{
    m_header->commitPending();
    std::optional<Error> refused;
    const WriteOutcome outcome = m_editor->setStatus(SpecStatus::Agreed, [&refused](const Error &e) { refused = e; });
    if (refused) // after the reload, which would otherwise clear the message
        showMessage(tr("<b>Not agreed yet.</b> %1").arg(refused->message.toHtmlEscaped()), true);
    if (outcome == WriteOutcome::Written) {
        undoStack()->clear(); // agreeing is a sign-off, not an undoable edit
        emit statusMessage(tr("%1 specification marked agreed").arg(m_editor->ccgCode()));
    }
}

void SpecPage::backToDraft()
{
    const WriteOutcome outcome = m_editor->setStatus(SpecStatus::Draft, {});
    if (outcome == WriteOutcome::Written) {
        undoStack()->clear();
        emit statusMessage(tr("%1 specification is a draft again").arg(m_editor->ccgCode()));
    }
}

bool SpecPage::canPrint() const
{
    return m_editor->hasSpec() && m_editor->ccg();
}

void SpecPage::printPreview()
{
    if (!canPrint())
        return;
    previewSpec(this, { m_editor->catalogue(), *m_editor->ccg(), m_editor->spec(), officeFile()->user() });
}

void SpecPage::print()
{
    if (!canPrint())
        return;
    printSpec(this, { m_editor->catalogue(), *m_editor->ccg(), m_editor->spec(), officeFile()->user() });
}

void SpecPage::exportPdf()
{
    if (!canPrint())
        return;
    const Ccg &ccg = *m_editor->ccg();
    const QString folder = settings::lastFolder().isEmpty() ? QDir::homePath() : settings::lastFolder();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), QDir(folder).filePath(suggestedPdfName(ccg)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = exportSpecPdf(path, { m_editor->catalogue(), ccg, m_editor->spec(), officeFile()->user() });
    if (!s.ok()) {
        showError(this, tr("Exporting the PDF"), s.error());
        return;
    }
    settings::setLastFolder(QFileInfo(path).absolutePath());
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

#undef S

} // namespace hub::ui

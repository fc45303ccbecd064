// The case editor: header, clocks, timeline actions, tabs.
#include "ui/cases/case_editor.h"
#include "ui/widgets/value_label.h"

#include "core/cases/case_fields.h"
#include "core/cases/case_rules.h"
#include "core/common/format.h"
#include "database/cases/attachment_repository.h"
#include "database/cases/case_repository.h"
#include "database/cases/closure_repository.h"
#include "database/cases/template_repository.h"
#include "database/office_file.h"
#include "ui/cases/case_clock_panel.h"
#include "ui/cases/commands/add_case_event.h"
#include "ui/cases/commands/change_case_field.h"
#include "ui/cases/case_letter_actions.h"
#include "ui/cases/pause_dialog.h"
#include "ui/cases/why_dialog.h"
#include "ui/dialogs/error_message.h"
#include "ui/dialogs/guarded_write.h"
#include "ui/documents/case_document.h"
#include "ui/widgets/notes_edit.h"

#include <algorithm>

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hub::ui
{

#define S QStringLiteral

namespace
{

QString eventName(CaseEventKind k)
{
    switch (k) {
    case CaseEventKind::Received:
        return QObject::tr("Received");
    case CaseEventKind::Acknowledged:
        return QObject::tr("Acknowledged");
    case CaseEventKind::Updated:
        return QObject::tr("Update sent");
    case CaseEventKind::Responded:
        return QObject::tr("Full response");
    case CaseEventKind::Paused:
        return QObject::tr("Clocks paused");
    case CaseEventKind::Resumed:
        return QObject::tr("Clocks resumed");
    case CaseEventKind::Closed:
        return QObject::tr("Closed");
    case CaseEventKind::TypeChanged:
        return QObject::tr("Type changed");
    case CaseEventKind::Reassigned:
        return QObject::tr("Reassigned");
    case CaseEventKind::Note:
        return QObject::tr("Note");
    case CaseEventKind::Letter:
        return QObject::tr("Letter");
    }
    return {};
}

QString typeName(const QString &code)
{
    CaseType t;
    return caseTypeFromCode(code, &t) ? caseTypeName(t) : code;
}

// "provider-query -> payment-query" as names.
QString detailText(const CaseEvent &e)
{
    if (e.kind == CaseEventKind::TypeChanged) {
        const QStringList parts = e.detail.split(S(" -> "));
        if (parts.size() == 2)
            return QObject::tr("%1 → %2").arg(typeName(parts[0]), typeName(parts[1]));
    }
    if (e.kind == CaseEventKind::Reassigned)
        return QObject::tr("to %1").arg(e.detail);
    return e.detail;
}

QString whenText(const QString &iso)
{
    QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(iso, Qt::ISODate);
    return when.isValid() ? when.toLocalTime().toString(S("dd/MM/yyyy HH:mm")) : iso;
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QObject::tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return QObject::tr("%1 KB").arg(QString::number(double(bytes) / 1024.0, 'f', 0));
    return QObject::tr("%1 MB").arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

QLabel *fieldLabel(const QString &text)
{
    auto *l = new QLabel(text);
    l->setStyleSheet(S("color:#4C6272;"));
    return l;
}

const char *const kUnsavedStyle = "border: 2px solid #DA291C;";

} // namespace

CaseEditor::CaseEditor(QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_undo(undo)
    , m_resolve(ConflictDialog::resolverFor(this))
{
    setObjectName(S("caseEditor"));
    m_stack = new QStackedWidget;
    m_empty = new QLabel(tr("Select a case in the list, or open a new one."));
    m_empty->setObjectName(S("caseEditorEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(S("color:#768692; font-size:11pt;"));
    m_stack->addWidget(m_empty);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(buildChangedBar());
    layout->addWidget(buildHeader());
    m_clocks = new CaseClockPanel;
    layout->addWidget(m_clocks);
    layout->addWidget(buildActions());

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(S("caseTabs"));
    m_tabs->addTab(buildTimelineTab(), tr("Timeline"));
    m_description = new NotesEdit;
    m_description->setObjectName(S("caseDescription"));
    m_description->setPlaceholderText(tr("What was asked, by whom, and what has been done so far"));
    m_tabs->addTab(m_description, tr("Description"));
    m_tabs->addTab(buildAttachmentsTab(), tr("Attachments"));
    m_tabs->addTab(buildLettersTab(), tr("Letters"));
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    outer->addWidget(m_stack);

    connect(m_clocks, &CaseClockPanel::whyAcknowledgeRequested, this, [this] { showWhy(true); });
    connect(m_clocks, &CaseClockPanel::whyResponseRequested, this, [this] { showWhy(false); });
    connect(m_description, &NotesEdit::editingFinished, this,
        [this] { commitField(S("description"), m_description->toPlainText(), tr("description")); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_description->setStyleSheet(QString());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentIndex() == 3)
            refreshLetter();
    });
    clear();
}

CaseEditor::~CaseEditor() = default;

// ---------------------------------------------------------------- building

QFrame *CaseEditor::buildChangedBar()
{
    m_changedBar = new QFrame;
    m_changedBar->setObjectName(S("caseChangedBar"));
    m_changedText = new QLabel;
    m_changedText->setObjectName(S("caseChangedText"));
    m_changedText->setWordWrap(true);
    m_reloadButton = new QPushButton(tr("Reload"));
    m_reloadButton->setObjectName(S("caseReloadButton"));
    m_keepMineButton = new QPushButton(tr("Keep my changes"));
    m_keepMineButton->setObjectName(S("caseKeepMineButton"));
    auto *dismiss = new QPushButton(tr("Dismiss"));
    dismiss->setObjectName(S("caseChangedDismiss"));
    auto *row = new QHBoxLayout(m_changedBar);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(m_changedText, 1);
    row->addWidget(m_reloadButton);
    row->addWidget(m_keepMineButton);
    row->addWidget(dismiss);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        m_loading = true;
        m_title->setStyleSheet(QString());
        m_description->setStyleSheet(QString());
        m_loading = false;
        hideChangedBar();
        if (m_detail) {
            // Forget the typing: show the stored values.
            m_loading = true;
            m_title->setText(m_detail->row.title);
            m_description->setPlainText(m_detail->description);
            m_loading = false;
        }
        reload();
    });
    connect(m_keepMineButton, &QPushButton::clicked, this, [this] {
        hideChangedBar();
        emit statusMessage(tr("Your typing is kept; saving it will ask before overwriting the other change."));
    });
    connect(dismiss, &QPushButton::clicked, this, &CaseEditor::hideChangedBar);
    m_changedBar->hide();
    return m_changedBar;
}

QWidget *CaseEditor::buildHeader()
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);

    m_refLabel = new QLabel;
    m_refLabel->setObjectName(S("caseRef"));
    m_refLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refLabel->setStyleSheet(S("font-size:15pt; font-weight:600; color:#005EB8;"));
    m_status = new QLabel;
    m_status->setObjectName(S("caseStatus"));
    m_owner = new QLabel;
    m_owner->setObjectName(S("caseOwner"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_refLabel);
    top->addSpacing(8);
    top->addWidget(m_status);
    top->addWidget(m_owner);
    top->addStretch(1);
    v->addLayout(top);

    m_title = new QLineEdit;
    m_title->setObjectName(S("caseTitle"));
    m_title->setStyleSheet(QString());
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    m_title->setFont(tf);
    m_title->setPlaceholderText(tr("Title"));
    v->addWidget(m_title);

    m_type = new QComboBox;
    m_type->setObjectName(S("caseType"));
    for (const CaseTypeInfo &t : caseTypes())
        m_type->addItem(QString::fromUtf8(t.name), QString::fromLatin1(t.code));
    m_officer = new QComboBox;
    m_officer->setObjectName(S("caseOfficer"));
    m_officer->setEditable(true);
    m_officer->setInsertPolicy(QComboBox::NoInsert);
    m_priority = new QComboBox;
    m_priority->setObjectName(S("casePriority"));
    for (const CaseChoice &c : casePriorityChoices())
        m_priority->addItem(c.label, c.code);
    m_stage = new QComboBox;
    m_stage->setObjectName(S("caseStage"));
    for (const CaseChoice &c : caseStageChoices())
        m_stage->addItem(c.label, c.code.toInt());
    // Combos sized by a fixed width, not their longest entry, so the editor does not widen case by case.
    for (QComboBox *c : { m_type, m_officer, m_priority, m_stage }) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(c == m_type || c == m_officer ? 16 : 6);
    }
    m_ccg = valueLabel(S("caseCcg"));
    m_practice = valueLabel(S("casePractice"));
    m_received = valueLabel(S("caseReceived"));
    m_activity = valueLabel(S("caseActivity"));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->addWidget(fieldLabel(tr("CCG")), 0, 0);
    grid->addWidget(m_ccg, 0, 1);
    grid->addWidget(fieldLabel(tr("Type")), 0, 2);
    grid->addWidget(m_type, 0, 3);
    grid->addWidget(fieldLabel(tr("Practice")), 1, 0);
    grid->addWidget(m_practice, 1, 1);
    grid->addWidget(fieldLabel(tr("Officer")), 1, 2);
    grid->addWidget(m_officer, 1, 3);
    grid->addWidget(fieldLabel(tr("Received")), 2, 0);
    grid->addWidget(m_received, 2, 1);
    grid->addWidget(fieldLabel(tr("Priority")), 2, 2);
    auto *prio = new QHBoxLayout;
    prio->addWidget(m_priority, 1);
    auto *stageLabel = fieldLabel(tr("Stage"));
    prio->addWidget(stageLabel);
    prio->addWidget(m_stage, 1);
    grid->addLayout(prio, 2, 3);
    grid->addWidget(fieldLabel(tr("Activity")), 3, 0);
    grid->addWidget(m_activity, 3, 1, 1, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    v->addLayout(grid);

    connect(m_title, &QLineEdit::editingFinished, this, [this] { commitField(S("title"), m_title->text(), tr("title")); });
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_title->setStyleSheet(QString()); });
    connect(m_type, &QComboBox::activated, this,
        [this] { commitField(S("type"), m_type->currentData(), tr("type")); });
    connect(m_priority, &QComboBox::activated, this,
        [this] { commitField(S("priority"), m_priority->currentData(), tr("priority")); });
    connect(m_stage, &QComboBox::activated, this,
        [this] { commitField(S("stage"), m_stage->currentData(), tr("stage")); });
    connect(m_officer, &QComboBox::activated, this,
        [this] { commitField(S("officer"), m_officer->currentText(), tr("officer")); });
    connect(m_officer->lineEdit(), &QLineEdit::editingFinished, this,
        [this] { commitField(S("officer"), m_officer->currentText(), tr("officer")); });
    return box;
}

QWidget *CaseEditor::buildActions()
{
    auto *box = new QFrame;
    box->setObjectName(S("caseActions"));
    box->setStyleSheet(S("QFrame#caseActions { border:1px solid #D8DDE0; border-radius:4px; }"));
    m_actionDate = new QDateEdit;
    m_actionDate->setObjectName(S("actionDate"));
    m_actionDate->setDisplayFormat(S("dd/MM/yyyy"));
    m_actionDate->setCalendarPopup(true);
    m_actionDate->setToolTip(tr("The day the action happened (the clocks count whole days)"));
    m_actionNote = new QLineEdit;
    m_actionNote->setObjectName(S("actionNote"));
    m_actionNote->setPlaceholderText(tr("Note for the timeline (needed for Add note)"));
    m_ack = new QPushButton(tr("Acknowledge"));
    m_update = new QPushButton(tr("Update"));
    m_respond = new QPushButton(tr("Respond"));
    m_pause = new QPushButton(tr("Pause…"));
    m_resume = new QPushButton(tr("Resume"));
    m_close = new QPushButton(tr("Close"));
    m_note = new QPushButton(tr("Add note"));
    m_ack->setObjectName(S("ackButton"));
    m_update->setObjectName(S("updateButton"));
    m_respond->setObjectName(S("respondButton"));
    m_pause->setObjectName(S("pauseButton"));
    m_resume->setObjectName(S("resumeButton"));
    m_close->setObjectName(S("closeButton"));
    m_note->setObjectName(S("noteButton"));
    m_ack->setToolTip(tr("Record the acknowledgement sent on the date shown"));
    m_update->setToolTip(tr("Record an update sent (starts a new response period where the standard allows)"));
    m_respond->setToolTip(tr("Record the full response"));
    m_pause->setToolTip(tr("Stop the clocks under one of the standard's exclusions"));
    m_resume->setToolTip(tr("Start the clocks again from the date shown"));
    m_close->setToolTip(tr("Close the case"));
    m_note->setToolTip(tr("Add the note to the timeline"));

    auto *top = new QHBoxLayout;
    top->addWidget(fieldLabel(tr("On")));
    top->addWidget(m_actionDate);
    top->addWidget(m_actionNote, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_ack, m_update, m_respond, m_pause, m_resume, m_close, m_note })
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(8, 6, 8, 6);
    v->setSpacing(4);
    v->addLayout(top);
    v->addLayout(buttons);

    connect(m_ack, &QPushButton::clicked, this, [this] { addEvent(CaseEventKind::Acknowledged); });
    connect(m_update, &QPushButton::clicked, this, [this] { addEvent(CaseEventKind::Updated); });
    connect(m_respond, &QPushButton::clicked, this, [this] { addEvent(CaseEventKind::Responded); });
    connect(m_resume, &QPushButton::clicked, this, [this] { addEvent(CaseEventKind::Resumed); });
    connect(m_close, &QPushButton::clicked, this, [this] { addEvent(CaseEventKind::Closed); });
    connect(m_note, &QPushButton::clicked, this, [this] { addEvent(CaseEventKind::Note); });
    connect(m_pause, &QPushButton::clicked, this, &CaseEditor::pause);
    connect(m_actionDate, &QDateEdit::dateChanged, this, &CaseEditor::updateActions);
    connect(m_actionNote, &QLineEdit::textChanged, this, &CaseEditor::updateActions);
    return box;
}

QWidget *CaseEditor::buildTimelineTab()
{
    m_timeline = new QTableWidget(0, 5);
    m_timeline->setObjectName(S("caseTimeline"));
    m_timeline->setHorizontalHeaderLabels({ tr("Date"), tr("Event"), tr("Exclusion"), tr("Note / detail"), tr("Recorded by") });
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setWordWrap(true);
    m_timeline->verticalHeader()->setMinimumSectionSize(26);
    m_timeline->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_timeline->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_timeline->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_timeline->setColumnWidth(2, 200);
    m_timeline->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return m_timeline;
}

QWidget *CaseEditor::buildAttachmentsTab()
{
    auto *w = new QWidget;
    m_attachments = new QTableWidget(0, 4);
    m_attachments->setObjectName(S("caseAttachments"));
    m_attachments->setHorizontalHeaderLabels({ tr("File"), tr("Size"), tr("Added by"), tr("Added") });
    m_attachments->verticalHeader()->hide();
    m_attachments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attachments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attachments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attachments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_attachments->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_addAttachment = new QPushButton(tr("Add file…"));
    m_addAttachment->setObjectName(S("addAttachmentButton"));
    m_saveAttachment = new QPushButton(tr("Save as…"));
    m_saveAttachment->setObjectName(S("saveAttachmentButton"));
    m_removeAttachment = new QPushButton(tr("Remove"));
    m_removeAttachment->setObjectName(S("removeAttachmentButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addAttachment);
    buttons->addWidget(m_saveAttachment);
    buttons->addWidget(m_removeAttachment);
    buttons->addStretch(1);
    auto *note = new QLabel(tr("Files are kept inside the office file (up to 25 MB each) and travel with it."));
    note->setStyleSheet(S("color:#768692;"));
    note->setWordWrap(true);
    auto *v = new QVBoxLayout(w);
    v->addWidget(m_attachments, 1);
    v->addLayout(buttons);
    v->addWidget(note);
    connect(m_addAttachment, &QPushButton::clicked, this, &CaseEditor::addAttachment);
    connect(m_saveAttachment, &QPushButton::clicked, this, &CaseEditor::saveAttachment);
    connect(m_removeAttachment, &QPushButton::clicked, this, &CaseEditor::removeAttachment);
    connect(m_attachments, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = !m_attachments->selectedItems().isEmpty();
        m_saveAttachment->setEnabled(any);
        m_removeAttachment->setEnabled(any && m_file && !m_file->isReadOnly());
    });
    return w;
}

QWidget *CaseEditor::buildLettersTab()
{
    auto *w = new QWidget;
    m_template = new QComboBox;
    m_template->setObjectName(S("letterTemplate"));
    m_letterWarning = new QLabel;
    m_letterWarning->setObjectName(S("letterWarning"));
    m_letterWarning->setWordWrap(true);
    m_letterWarning->setStyleSheet(S("QLabel { background:#FFF0C2; border:1px solid #FFB81C; padding:6px; }"));
    m_letterWarning->hide();
    m_letterPreview = new QTextBrowser;
    m_letterPreview->setObjectName(S("letterPreview"));
    m_letterPreview->setStyleSheet(S("QTextBrowser { background:white; padding:12px; }"));
    m_letterPreviewButton = new QPushButton(tr("Print preview…"));
    m_letterPreviewButton->setObjectName(S("letterPrintPreviewButton"));
    m_letterPdfButton = new QPushButton(tr("Save PDF…"));
    m_letterPdfButton->setObjectName(S("letterPdfButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(fieldLabel(tr("Letter")));
    top->addWidget(m_template, 1);
    top->addWidget(m_letterPreviewButton);
    top->addWidget(m_letterPdfButton);
    auto *v = new QVBoxLayout(w);
    v->addLayout(top);
    v->addWidget(m_letterWarning);
    v->addWidget(m_letterPreview, 1);
    connect(m_template, &QComboBox::currentIndexChanged, this, &CaseEditor::refreshLetter);
    connect(m_letterPreviewButton, &QPushButton::clicked, this, &CaseEditor::previewLetter);
    connect(m_letterPdfButton, &QPushButton::clicked, this, &CaseEditor::saveLetterPdf);
    return w;
}

// ---------------------------------------------------------------- public API

void CaseEditor::setOfficeFile(db::OfficeFile *file)
{
    m_file = file;
    m_doc.reset();
    if (m_file) {
        m_doc = std::make_unique<CaseDocument>(*m_file);
        m_doc->setAsOf(m_asOf);
        m_doc->setConflictResolver([this](const Error &e) { return resolve(e); });
        connect(m_doc.get(), &CaseDocument::loaded, this, &CaseEditor::showLoaded);
        connect(m_doc.get(), &CaseDocument::keptTheirs, this, &CaseEditor::showKeptTheirs);
        connect(m_doc.get(), &CaseDocument::notSaved, this, &CaseEditor::keepUnsaved);
        connect(m_doc.get(), &CaseDocument::failed, this,
            [this](const QString &action, const Error &e) { showError(this, action, e); });
    }
    m_loading = true;
    m_template->clear();
    m_calendar.reset();
    if (m_file) {
        if (auto calendar = db::ClosureRepository(*m_file).calendar(); calendar.ok())
            m_calendar = std::move(calendar.value());
        db::TemplateRepository templates(*m_file);
        auto list = templates.list();
        if (list.ok() && list.value().isEmpty() && !m_file->isReadOnly()) {
            (void)templates.ensureDefaults();
            list = templates.list();
        }
        if (list.ok()) {
            for (const db::LetterTemplate &t : list.value())
                m_template->addItem(t.name, t.key);
        }
        m_officer->clear();
        if (auto officers = db::CaseRepository(*m_file).officers(); officers.ok())
            m_officer->addItems(officers.value());
    }
    m_loading = false;
    clear();
}

void CaseEditor::setConflictResolver(ConflictResolver resolver)
{
    m_resolve = std::move(resolver);
}

void CaseEditor::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    if (m_doc)
        m_doc->setAsOf(asOf);
    if (m_detail)
        reload();
}

void CaseEditor::openCase(const QString &ref)
{
    if (ref.isEmpty()) {
        clear();
        return;
    }
    m_ref = ref.trimmed().toUpper();
    hideChangedBar();
    m_actionNote->clear();
    m_detail.reset();
    reload();
}

QString CaseEditor::currentRef() const
{
    return m_detail ? m_ref : QString();
}

QString CaseEditor::currentId() const
{
    return m_detail ? m_detail->row.id : QString();
}

void CaseEditor::recordsChanged(bool fromOtherDesktop)
{
    if (fromOtherDesktop)
        recordMayHaveChanged();
    else if (m_detail && m_doc && !m_doc->isWriting())
        reload();   // written elsewhere on this desktop (the document shows its own writes)
}

void CaseEditor::clear()
{
    m_ref.clear();
    m_detail.reset();
    hideChangedBar();
    m_clocks->clear();
    m_stack->setCurrentWidget(m_empty);
}

void CaseEditor::reload()
{
    if (!m_doc || m_ref.isEmpty()) {
        clear();
        return;
    }
    const Status loaded = m_doc->load(m_ref);   // shown through showLoaded()
    if (!loaded.ok()) {
        const QString ref = m_ref;
        clear();
        m_empty->setText(tr("Case %1 could not be opened: %2").arg(ref, userMessage(loaded.error())));
    }
}

void CaseEditor::showLoaded(const db::CaseDetail &detail)
{
    if (m_detail && m_detail->row.ref != detail.row.ref) {
        // Undo or redo of another case's edit: show that case, as openCase() would.
        hideChangedBar();
        m_actionNote->clear();
        m_detail.reset();
    }
    show(detail);
}

void CaseEditor::recordMayHaveChanged()
{
    if (!m_doc || !m_detail)
        return;
    const Result<db::CaseDetail> r = m_doc->read(m_ref);
    if (!r.ok()) {
        reload();
        return;
    }
    const db::CaseDetail &now = r.value();
    if (now.row.version == m_detail->row.version)
        return;
    const QString who = now.row.updatedBy.isEmpty() ? tr("someone else") : now.row.updatedBy;
    const QString when = whenText(now.row.updatedAt);
    if (hasUnsavedInput()) {
        // Keep what the user is typing; the rest of the case may be shown fresh
        // only once they choose.
        showChangedBar(tr("Changed by %1 at %2 while you were typing. Reload to see their change (your typing "
                          "is dropped), or keep your changes and save them.")
                           .arg(who, when),
            true);
        return;
    }
    m_doc->adopt(now);   // shown through showLoaded()
    showChangedBar(tr("Changed by %1 at %2 — showing the latest").arg(who, when), false);
}

bool CaseEditor::hasUnsavedInput() const
{
    if (!m_detail)
        return false;
    return m_title->text().trimmed() != m_detail->row.title.trimmed()
        || m_description->toPlainText().trimmed() != m_detail->description.trimmed();
}

// ---------------------------------------------------------------- showing

QDate CaseEditor::asOfDay() const
{
    return m_asOf.isValid() ? m_asOf : QDate::currentDate();
}

void CaseEditor::show(const db::CaseDetail &detail)
{
    // Typing not yet saved survives a reload (after a failed write or "keep my changes").
    const QString typedTitle = m_title->text();
    const QString typedDescription = m_description->toPlainText();
    const bool keepTyping = m_detail && m_detail->row.ref == detail.row.ref && hasUnsavedInput();
    const bool keepTitle = keepTyping && typedTitle.trimmed() != m_detail->row.title.trimmed();
    const bool keepDescription = keepTyping && typedDescription.trimmed() != m_detail->description.trimmed();

    m_loading = true;
    m_detail = detail;
    m_ref = detail.row.ref;
    showHeader(detail);
    if (keepTitle)
        m_title->setText(typedTitle);
    if (keepDescription)
        m_description->setPlainText(typedDescription);
    m_clocks->showClocks(detail, m_calendar ? &*m_calendar : nullptr);
    showTimeline(detail);
    showAttachments(detail);
    const QDate day = asOfDay();
    m_actionDate->setMinimumDate(detail.row.received);
    m_actionDate->setMaximumDate(std::max(QDate::currentDate(), detail.row.received));
    m_actionDate->setDate(std::clamp(day, detail.row.received, std::max(QDate::currentDate(), detail.row.received)));
    m_loading = false;
    setEditable(!m_file->isReadOnly());
    updateActions();
    if (m_tabs->currentIndex() == 3)
        refreshLetter();
    m_stack->setCurrentIndex(1);
}

void CaseEditor::showHeader(const db::CaseDetail &d)
{
    m_refLabel->setText(d.row.ref);
    CaseStatus status = CaseStatus::Open;
    caseStatusFromCode(d.row.status, &status);
    const QString statusColour = status == CaseStatus::Closed ? S("#425563")
        : status == CaseStatus::Paused                       ? S("#768692")
        : d.row.overdue()                                    ? S("#DA291C")
                                                             : S("#005EB8");
    m_status->setText(d.row.overdue() && status != CaseStatus::Closed
            ? tr("%1 · overdue").arg(caseStatusName(status))
            : caseStatusName(status));
    m_status->setStyleSheet(S("QLabel { background:%1; color:white; font-weight:600; padding:2px 8px; border-radius:3px; }")
                                .arg(statusColour));
    m_owner->setText(tr("Owner: %1").arg(d.row.owner.isEmpty() ? tr("to be determined") : d.row.owner));
    m_owner->setStyleSheet(S("QLabel { border:1px solid #005EB8; color:#005EB8; padding:1px 8px; border-radius:3px; }"));
    m_title->setText(d.row.title);
    m_title->setStyleSheet(QString());
    m_title->setCursorPosition(0);
    m_ccg->setText(d.ccgName.isEmpty() ? d.row.ccgCode : S("%1 (%2)").arg(d.ccgName, d.row.ccgCode));
    m_practice->setText(d.row.practiceOds.isEmpty() ? tr("— (not about one practice)")
            : d.row.practiceName.isEmpty()          ? d.row.practiceOds
                                                    : S("%1 (%2)").arg(d.row.practiceName, d.row.practiceOds));
    m_received->setText(S("%1 (%2)").arg(formatDate(d.row.received), d.row.received.toString(S("dddd"))));
    m_activity->setText(d.activityKey.isEmpty() ? tr("— (no delegated-function activity)")
                                                : S("%1 %2").arg(d.activityKey, d.activityText));
    m_type->setCurrentIndex(m_type->findData(d.row.typeCode));
    m_priority->setCurrentIndex(m_priority->findData(d.row.priority));
    m_stage->setCurrentIndex(m_stage->findData(d.stage));
    m_stage->setEnabled(stageApplies(d.row.typeCode, d.stage));
    if (m_officer->findText(d.row.officer) < 0 && !d.row.officer.isEmpty())
        m_officer->addItem(d.row.officer);
    m_officer->setCurrentText(d.row.officer);
    m_description->setPlainText(d.description);
    m_description->setStyleSheet(QString());
}

void CaseEditor::showTimeline(const db::CaseDetail &d)
{
    QHash<QString, QString> exclusionText;
    for (const Exclusion &e : d.standard.exclusions)
        exclusionText.insert(e.code, e.text);
    for (const ClockPause &p : d.clocks.pauses)
        exclusionText.insert(p.exclusionCode, p.exclusionText);
    m_timeline->setRowCount(0);
    m_timeline->setRowCount(int(d.timeline.size()));
    int row = 0;
    for (const CaseEvent &e : d.timeline) {
        const QString note = e.note.isEmpty() ? detailText(e)
            : e.detail.isEmpty()              ? e.note
                                              : S("%1 (%2)").arg(detailText(e), e.note);
        const QStringList cells { formatDate(e.on), eventName(e.kind), exclusionText.value(e.exclusionCode, e.exclusionCode),
            note, e.actor };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (e.on > d.asOf)
                item->setForeground(QColor(S("#AEB7BD")));
            else if (e.kind == CaseEventKind::Paused || e.kind == CaseEventKind::Resumed)
                item->setForeground(QColor(S("#425563")));
            if (c == 1 && (e.kind == CaseEventKind::Paused || e.kind == CaseEventKind::Closed)) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_timeline->setItem(row, c, item);
        }
        ++row;
    }
    m_timeline->resizeRowsToContents();
    m_timeline->scrollToBottom();
}

void CaseEditor::showAttachments(const db::CaseDetail &d)
{
    m_attachments->setRowCount(0);
    m_attachments->setRowCount(int(d.attachments.size()));
    for (int r = 0; r < d.attachments.size(); ++r) {
        const db::AttachmentInfo &a = d.attachments[r];
        auto *name = new QTableWidgetItem(a.fileName);
        name->setData(Qt::UserRole, a.id);
        name->setData(Qt::UserRole + 1, QVariant::fromValue<qint64>(a.meta.version));
        name->setToolTip(a.note.isEmpty() ? a.fileName : S("%1 — %2").arg(a.fileName, a.note));
        m_attachments->setItem(r, 0, name);
        auto *size = new QTableWidgetItem(sizeText(a.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_attachments->setItem(r, 1, size);
        m_attachments->setItem(r, 2, new QTableWidgetItem(a.meta.updatedBy));
        m_attachments->setItem(r, 3, new QTableWidgetItem(whenText(a.meta.updatedAt)));
    }
    m_saveAttachment->setEnabled(false);
    m_removeAttachment->setEnabled(false);
    m_tabs->setTabText(2, d.attachments.isEmpty() ? tr("Attachments") : tr("Attachments (%1)").arg(d.attachments.size()));
}

void CaseEditor::setEditable(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *> { m_type, m_officer, m_priority, m_actionDate, m_actionNote,
             m_addAttachment })
        w->setEnabled(editable);
    m_title->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    if (!editable)
        m_stage->setEnabled(false);
}

void CaseEditor::updateActions()
{
    const bool editable = m_detail && m_file && !m_file->isReadOnly();
    const QDate on = m_actionDate->date();
    const auto allowed = [&](CaseEventKind kind) {
        if (!editable)
            return false;
        CaseEvent e;
        e.kind = kind;
        e.on = on;
        e.note = m_actionNote->text().trimmed();
        if (kind == CaseEventKind::Paused) {
            if (m_detail->standard.exclusions.isEmpty())
                return false;
            e.exclusionCode = m_detail->standard.exclusions.first().code;
            e.note = S("(checking)");
        }
        return checkNewEvent(m_detail->standard, m_detail->row.received, m_detail->timeline, e, QDate::currentDate()).ok();
    };
    const bool closed = m_detail && hasEvent(m_detail->timeline, CaseEventKind::Closed);
    m_ack->setEnabled(allowed(CaseEventKind::Acknowledged) && !hasEvent(m_detail->timeline, CaseEventKind::Acknowledged));
    m_update->setEnabled(allowed(CaseEventKind::Updated));
    m_respond->setEnabled(allowed(CaseEventKind::Responded));
    m_pause->setEnabled(allowed(CaseEventKind::Paused));
    m_resume->setEnabled(allowed(CaseEventKind::Resumed));
    m_close->setEnabled(allowed(CaseEventKind::Closed) && !closed);
    // A note may go on any case, closed ones too; it needs the text.
    m_note->setEnabled(editable && !m_actionNote->text().trimmed().isEmpty());
    m_pause->setToolTip(m_detail && m_detail->standard.exclusions.isEmpty()
            ? tr("The %1 standard lists no exclusions, so its clocks cannot be paused.").arg(m_detail->standard.name)
            : tr("Stop the clocks under one of the standard's exclusions"));
}

void CaseEditor::showChangedBar(const QString &text, bool warning)
{
    m_changedText->setText(text);
    m_changedBar->setStyleSheet(warning
            ? S("QFrame#caseChangedBar { background:#FFF0C2; border:1px solid #FFB81C; border-radius:3px; }")
            : S("QFrame#caseChangedBar { background:#E8F1FA; border:1px solid #005EB8; border-radius:3px; }"));
    m_reloadButton->setVisible(warning);
    m_keepMineButton->setVisible(warning);
    m_changedBar->show();
}

void CaseEditor::hideChangedBar()
{
    m_changedBar->hide();
}

void CaseEditor::refreshLetter()
{
    if (m_loading || !m_file || !m_detail || m_template->currentIndex() < 0) {
        m_letterPreview->clear();
        m_letterWarning->hide();
        return;
    }
    const QString key = m_template->currentData().toString();
    const Result<db::MergedLetter> merged = db::TemplateRepository(*m_file).merge(key, m_ref, m_asOf);
    if (!merged.ok()) {
        m_letterPreview->setPlainText(userMessage(merged.error()));
        m_letterWarning->hide();
        return;
    }
    const db::MergedLetter &letter = merged.value();
    m_letterPreview->setHtml(S("<p><b>%1</b></p>%2").arg(letter.subject.toHtmlEscaped(), letter.html));
    if (letter.unknownFields.isEmpty()) {
        m_letterWarning->hide();
    } else {
        QStringList marks;
        for (const QString &f : letter.unknownFields)
            marks << S("{{%1}}").arg(f);
        m_letterWarning->setText(tr("This template uses merge fields Hubcase does not know: %1. They are printed as they "
                                    "are — correct the template before sending the letter.")
                                     .arg(marks.join(S(", "))));
        m_letterWarning->show();
    }
}

// ---------------------------------------------------------------- writing

ConflictChoice CaseEditor::resolve(const Error &conflict)
{
    return m_resolve ? m_resolve(conflict) : ConflictChoice::KeepTheirs;
}

void CaseEditor::commitField(const QString &field, const QVariant &value, const QString &label)
{
    if (m_loading || !m_detail || !m_doc || m_doc->isReadOnly() || !m_doc->isLoaded())
        return;
    const QVariantMap before = CaseDocument::fieldsOf(m_doc->detail());
    QString text = value.toString();
    if (field != S("description"))
        text = text.trimmed();
    if (text == before.value(field).toString().trimmed() || (field == S("description") && text.trimmed() == before.value(field).toString().trimmed()))
        return;
    // The field's own validator (core/cases/case_fields.h), before any write.
    if (const CaseFieldInfo *info = findCaseField(field)) {
        const Result<QVariant> valid = info->validate(text.trimmed(), QDate::currentDate());
        if (!valid.ok()) {
            QString why = valid.error().message;
            if (field == S("title")) {
                m_title->setStyleSheet(QString::fromLatin1(kUnsavedStyle));
                m_title->setToolTip(why);
            }
            if (why.endsWith(QLatin1Char('.')))
                why.chop(1);
            emit statusMessage(tr("%1: the %2 was not changed.").arg(why, label));
            return;
        }
    }
    m_undo->push(new ChangeCaseField(m_doc.get(), field, label, text));
}

void CaseEditor::showKeptTheirs(const QString &ref, const QVariantMap &values)
{
    if (m_ref != ref || !m_detail)
        return;
    // The user chose their version: show it (the typed text goes).
    m_loading = true;
    if (values.contains(S("title")))
        m_title->setText(m_detail->row.title);
    if (values.contains(S("description")))
        m_description->setPlainText(m_detail->description);
    m_loading = false;
    emit statusMessage(tr("Kept the other change to %1; yours was not saved.").arg(ref));
}

void CaseEditor::keepUnsaved(const QString &ref, const QVariantMap &values)
{
    if (m_ref != ref)
        return;
    // Keep what the user typed, marked as not saved.
    m_loading = true;
    if (values.contains(S("title"))) {
        m_title->setText(values.value(S("title")).toString());
        m_title->setStyleSheet(QString::fromLatin1(kUnsavedStyle));
    }
    if (values.contains(S("description"))) {
        m_description->setPlainText(values.value(S("description")).toString());
        m_description->setStyleSheet(QString::fromLatin1(kUnsavedStyle));
    }
    m_loading = false;
    emit statusMessage(tr("Not saved: your text is still in the field."));
}

void CaseEditor::addEvent(CaseEventKind kind)
{
    if (!m_detail || !m_doc)
        return;
    CaseEvent e;
    e.kind = kind;
    e.on = m_actionDate->date();
    e.note = m_actionNote->text().trimmed();
    if (kind == CaseEventKind::Note && e.note.isEmpty()) {
        m_actionNote->setFocus();
        emit statusMessage(tr("Type the note first."));
        return;
    }
    if (kind == CaseEventKind::Closed) {
        const auto answer = QMessageBox::question(this, tr("Close case"),
            tr("Close %1 on %2? Only notes can be added to a closed case.").arg(m_ref, formatDate(e.on)));
        if (answer != QMessageBox::Yes)
            return;
    }
    pushEvent(tr("%1 %2 on %3").arg(eventName(kind), m_ref, formatDate(e.on)), e);
}

void CaseEditor::pause()
{
    if (!m_detail || !m_file)
        return;
    QDate earliest = m_detail->row.received;
    for (const CaseEvent &e : m_detail->timeline) {
        if (e.kind == CaseEventKind::Resumed)
            earliest = std::max(earliest, e.on);
    }
    PauseDialog dialog(m_detail->standard, m_actionDate->date(), earliest, QDate::currentDate(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CaseEvent e;
    e.kind = CaseEventKind::Paused;
    e.on = dialog.date();
    e.exclusionCode = dialog.exclusionCode();
    e.note = dialog.note();
    pushEvent(tr("Pause %1 on %2").arg(m_ref, formatDate(e.on)), e);
}

void CaseEditor::pushEvent(const QString &text, const CaseEvent &event)
{
    if (!m_doc || !m_doc->isLoaded())
        return;
    const int before = m_undo->count();
    m_undo->push(new AddCaseEvent(m_doc.get(), text, event));
    if (m_undo->count() > before) {
        m_actionNote->clear();
        emit statusMessage(text);
    }
}

void CaseEditor::showWhy(bool acknowledge)
{
    if (!m_detail)
        return;
    const ClockResult &clock = acknowledge ? m_detail->clocks.acknowledge : m_detail->clocks.response;
    const QString title = acknowledge ? tr("Acknowledgement clock — %1").arg(m_ref) : tr("Response / update clock — %1").arg(m_ref);
    WhyDialog dialog(title, clock.explanation, this);
    dialog.exec();
}

// ---------------------------------------------------------------- attachments and letters

void CaseEditor::addAttachment()
{
    if (!m_detail || !m_file)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files to %1").arg(m_ref));
    if (paths.isEmpty())
        return;
    db::AttachmentRepository repo(*m_file);
    int added = 0;
    for (const QString &path : paths) {
        const auto r = repo.addFile(m_ref, path);
        if (!r.ok()) {
            showError(this, tr("Attaching %1").arg(QFileInfo(path).fileName()), r.error());
            continue;
        }
        ++added;
    }
    reload();
    if (added > 0) {
        emit statusMessage(tr("Attached %n file(s) to %1", nullptr, added).arg(m_ref));
    }
}

void CaseEditor::saveAttachment()
{
    const int row = m_attachments->currentRow();
    if (!m_file || row < 0)
        return;
    const QString id = m_attachments->item(row, 0)->data(Qt::UserRole).toString();
    const QString name = m_attachments->item(row, 0)->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save %1 as").arg(name), name);
    if (path.isEmpty())
        return;
    const Result<QByteArray> content = db::AttachmentRepository(*m_file).content(id);
    if (!content.ok()) {
        showError(this, tr("Saving %1").arg(name), content.error());
        return;
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content.value()) != content.value().size()) {
        showError(this, tr("Saving %1").arg(name), makeError(ErrorCode::Io, out.errorString()));
        return;
    }
    emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

void CaseEditor::removeAttachment()
{
    const int row = m_attachments->currentRow();
    if (!m_file || row < 0)
        return;
    const QString id = m_attachments->item(row, 0)->data(Qt::UserRole).toString();
    const qint64 version = m_attachments->item(row, 0)->data(Qt::UserRole + 1).toLongLong();
    const QString name = m_attachments->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Remove attachment"), tr("Remove %1 from %2?").arg(name, m_ref))
        != QMessageBox::Yes)
        return;
    const WriteOutcome outcome = writeGuarded(
        version, [&](std::int64_t v) { return db::AttachmentRepository(*m_file).remove(id, v); },
        [this](const Error &e) { return resolve(e); },
        [this, name](const Error &e) { showError(this, tr("Removing %1").arg(name), e); });
    reload();
    if (outcome == WriteOutcome::Written)
        emit statusMessage(tr("Removed %1").arg(name));
}

void CaseEditor::previewLetter()
{
    if (!m_file || !m_detail || m_template->currentIndex() < 0)
        return;
    const auto merged = db::TemplateRepository(*m_file).merge(m_template->currentData().toString(), m_ref, m_asOf);
    if (!merged.ok()) {
        showError(this, tr("Preparing the letter"), merged.error());
        return;
    }
    previewCaseLetter(this, merged.value(), m_file->officeName());
}

void CaseEditor::saveLetterPdf()
{
    if (!m_file || !m_detail || m_template->currentIndex() < 0)
        return;
    const QString key = m_template->currentData().toString();
    const auto merged = db::TemplateRepository(*m_file).merge(key, m_ref, m_asOf);
    if (!merged.ok()) {
        showError(this, tr("Preparing the letter"), merged.error());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save letter as PDF"),
        suggestedLetterFileName(merged.value(), key), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = saveCaseLetterPdf(path, merged.value(), m_file->officeName());
    if (!s.ok()) {
        showError(this, tr("Saving the letter"), s.error());
        return;
    }
    emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

#undef S

} // namespace hub::ui

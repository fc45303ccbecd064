// The case editor: header, clocks, timeline actions, tabs.
#include "ui/cases/case_editor.h"
#include "ui/cases/case_editor_text.h"
#include "ui/widgets/value_label.h"

#include "core/cases/case_fields.h"
#include "core/cases/case_rules.h"
#include "core/common/format.h"
#include "database/cases/attachment_repository.h"
#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
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
#include "ui/session/write_with_retry.h"
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

using namespace case_editor;

#define S QStringLiteral

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
        if (auto officers = db::CaseListQuery(*m_file).officers(); officers.ok())
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

#undef S

} // namespace hub::ui

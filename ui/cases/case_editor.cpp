// The case editor: composes the header form, clocks, action bar and tabs and
// wires them to the CaseDocument.
#include "ui/cases/case_editor.h"

#include "core/cases/case_fields.h"
#include "core/cases/timeline_wording.h"
#include "core/common/format.h"
#include "database/cases/case_search.h"
#include "database/cases/closure_repository.h"
#include "database/office_file.h"
#include "ui/cases/available_by_dialog.h"
#include "ui/cases/case_action_bar.h"
#include "ui/cases/case_attachments_tab.h"
#include "ui/cases/case_changed_bar.h"
#include "ui/cases/case_clock_panel.h"
#include "ui/cases/case_editor_text.h"
#include "ui/cases/case_header_form.h"
#include "ui/cases/case_letters_tab.h"
#include "ui/cases/case_timeline_view.h"
#include "ui/cases/close_case_dialog.h"
#include "ui/cases/commands/add_case_event.h"
#include "ui/cases/commands/change_case_field.h"
#include "ui/cases/pause_dialog.h"
#include "ui/cases/why_dialog.h"
#include "ui/dialogs/error_message.h"
#include "ui/documents/case_document.h"
#include "ui/widgets/notes_edit.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace hub::ui
{

using namespace Qt::StringLiterals;
using namespace case_editor;

CaseEditor::CaseEditor(QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_undo(undo)
    , m_resolve(ConflictDialog::resolverFor(this))
    , m_stack(new QStackedWidget)
    , m_empty(new QLabel(tr("Select a case in the list, or open a new one.")))
    , m_changedBar(new CaseChangedBar)
    , m_header(new CaseHeaderForm)
    , m_clocks(new CaseClockPanel)
    , m_actions(new CaseActionBar)
    , m_tabs(new QTabWidget)
    , m_timeline(new CaseTimelineView)
    , m_description(new NotesEdit)
    , m_attachments(new CaseAttachmentsTab)
    , m_letters(new CaseLettersTab)
{
    setObjectName(u"caseEditor"_s);
    m_empty->setObjectName(u"caseEditorEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(u"color:#768692; font-size:11pt;"_s);
    m_stack->addWidget(m_empty);

    m_description->setObjectName(u"caseDescription"_s);
    m_description->setPlaceholderText(tr("What was asked, by whom, and what has been done so far"));
    m_tabs->setObjectName(u"caseTabs"_s);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_description, tr("Description"));
    m_tabs->addTab(m_attachments, tr("Attachments"));
    m_tabs->addTab(m_letters, tr("Letters"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_changedBar);
    layout->addWidget(m_header);
    layout->addWidget(m_clocks);
    layout->addWidget(m_actions);
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    outer->addWidget(m_stack);

    connect(m_header, &CaseHeaderForm::fieldEdited, this, &CaseEditor::commitField);
    connect(m_header, &CaseHeaderForm::showInListRequested, this, &CaseEditor::showInListRequested);
    connect(m_actions, &CaseActionBar::eventRequested, this, &CaseEditor::addEvent);
    connect(m_actions, &CaseActionBar::pauseRequested, this, &CaseEditor::pause);
    connect(m_clocks, &CaseClockPanel::whyAcknowledgeRequested, this, [this] { showWhy(true); });
    connect(m_clocks, &CaseClockPanel::whyResponseRequested, this, [this] { showWhy(false); });
    connect(m_description, &NotesEdit::editingFinished, this,
        [this] { commitField(u"description"_s, m_description->toPlainText()); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_description->setStyleSheet(QString());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_letters)
            m_letters->refresh();
    });
    connect(m_changedBar, &CaseChangedBar::reloadRequested, this, [this] {
        dropTyping();
        reload();
    });
    connect(m_changedBar, &CaseChangedBar::keepMineRequested, this, [this] {
        emit statusMessage(tr("Your typing is kept; saving it will ask before overwriting the other change."));
    });
    connect(m_attachments, &CaseAttachmentsTab::statusMessage, this, &CaseEditor::statusMessage);
    connect(m_letters, &CaseLettersTab::statusMessage, this, &CaseEditor::statusMessage);
    clear();
}

CaseEditor::~CaseEditor() = default;

// ---------------------------------------------------------------- public API

void CaseEditor::setOfficeFile(db::OfficeFile *file)
{
    m_file = file;
    m_letters->setDocument(nullptr);
    m_attachments->setDocument(nullptr);
    m_doc.reset();
    m_calendar.reset();
    if (m_file) {
        m_doc = std::make_unique<CaseDocument>(*m_file);
        m_doc->setAsOf(m_asOf);
        m_doc->setConflictResolver([this](const Error &e) { return resolve(e); });
        connect(m_doc.get(), &CaseDocument::loaded, this, &CaseEditor::showLoaded);
        connect(m_doc.get(), &CaseDocument::keptTheirs, this, &CaseEditor::showKeptTheirs);
        connect(m_doc.get(), &CaseDocument::notSaved, this, &CaseEditor::keepUnsaved);
        connect(m_doc.get(), &CaseDocument::failed, this,
            [this](const QString &action, const Error &e) { showError(this, action, e); });
        if (auto calendar = db::ClosureRepository(*m_file).calendar(); calendar.ok())
            m_calendar = std::move(calendar.value());
        if (auto officers = db::CaseListQuery(*m_file).officers(); officers.ok())
            m_header->setOfficers(officers.value());
    }
    m_loading = true;
    m_letters->setDocument(m_doc.get());
    m_attachments->setDocument(m_doc.get());
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
    m_changedBar->hide();
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
        reload(); // written elsewhere on this desktop (the document shows its own writes)
}

void CaseEditor::clear()
{
    m_ref.clear();
    m_detail.reset();
    m_changedBar->hide();
    m_header->setNotInList(false);
    m_clocks->clear();
    m_timeline->clear();
    m_actions->clear();
    m_empty->setText(tr("Select a case in the list, or open a new one."));
    m_stack->setCurrentWidget(m_empty);
}

void CaseEditor::reload()
{
    if (!m_doc || m_ref.isEmpty()) {
        clear();
        return;
    }
    const Status loaded = m_doc->load(m_ref); // shown through showLoaded()
    if (!loaded.ok()) {
        const QString ref = m_ref;
        clear();
        m_empty->setText(tr("Case %1 could not be opened: %2").arg(ref, userMessage(loaded.error())));
    }
}

void CaseEditor::setInList(bool inList)
{
    m_header->setNotInList(m_detail && !inList);
}

void CaseEditor::showLoaded(const db::CaseDetail &detail)
{
    if (m_detail && m_detail->row.ref != detail.row.ref) {
        // Undo or redo of another case's edit: show that case, as openCase() would.
        m_changedBar->hide();
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
        m_changedBar->showChange(tr("Changed by %1 at %2 while you were typing. Reload to see their change (your "
                                    "typing is dropped), or keep your changes and save them.")
                                     .arg(who, when),
            true);
        return;
    }
    m_doc->adopt(now); // shown through showLoaded()
    m_changedBar->showChange(tr("Changed by %1 at %2 — showing the latest").arg(who, when), false);
}

bool CaseEditor::hasUnsavedInput() const
{
    if (!m_detail)
        return false;
    return m_header->titleText().trimmed() != m_detail->row.title.trimmed()
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
    const QString typedTitle = m_header->titleText();
    const QString typedDescription = m_description->toPlainText();
    const bool keepTyping = m_detail && m_detail->row.ref == detail.row.ref && hasUnsavedInput();
    const bool keepTitle = keepTyping && typedTitle.trimmed() != m_detail->row.title.trimmed();
    const bool keepDescription = keepTyping && typedDescription.trimmed() != m_detail->description.trimmed();
    const bool editable = !m_file->isReadOnly();
    const bool anotherCase = m_ref != detail.row.ref || !m_detail;

    m_loading = true;
    m_detail = detail;
    m_ref = detail.row.ref;
    m_header->showCase(detail);
    m_description->setPlainText(detail.description);
    m_description->setStyleSheet(QString());
    if (keepTitle)
        m_header->setTitleText(typedTitle, false);
    if (keepDescription)
        m_description->setPlainText(typedDescription);
    m_clocks->showClocks(detail, m_calendar ? &*m_calendar : nullptr);
    m_timeline->showCase(detail);
    m_attachments->showCase(detail);
    m_tabs->setTabText(m_tabs->indexOf(m_attachments),
        detail.attachments.isEmpty() ? tr("Attachments") : tr("Attachments (%1)").arg(detail.attachments.size()));
    m_actions->showCase(detail, asOfDay(), editable);
    m_loading = false;
    setEditable(editable);
    if (m_tabs->currentWidget() == m_letters)
        m_letters->refresh();
    m_stack->setCurrentIndex(1);
    if (anotherCase)
        emit caseShown(detail.row.ref);
}

void CaseEditor::setEditable(bool editable)
{
    m_header->setEditable(editable);
    m_description->setReadOnly(!editable);
    m_attachments->setEditable(editable);
}

// ---------------------------------------------------------------- writing

ConflictChoice CaseEditor::resolve(const Error &conflict)
{
    return m_resolve ? m_resolve(conflict) : ConflictChoice::KeepTheirs;
}

void CaseEditor::commitField(const QString &field, const QVariant &value)
{
    if (m_loading || !m_detail || !m_doc || m_doc->isReadOnly() || !m_doc->isLoaded())
        return;
    const CaseFieldInfo *info = findCaseField(field);
    if (!info)
        return;
    const QVariantMap before = CaseDocument::fieldsOf(m_doc->detail());
    QString text = value.toString();
    if (info->kind != CaseFieldKind::LongText)
        text = text.trimmed();
    if (text.trimmed() == before.value(field).toString().trimmed())
        return;
    const QString label = caseFieldLabel(*info);
    // The field's own validator (core/cases/case_fields.h), before any write.
    const Result<QVariant> valid = info->validate(text.trimmed(), QDate::currentDate());
    if (!valid.ok()) {
        QString why = valid.error().message;
        m_header->markUnsaved(field, why);
        if (why.endsWith(u'.'))
            why.chop(1);
        emit statusMessage(tr("%1: the %2 was not changed.").arg(why, label));
        return;
    }
    m_undo->push(new ChangeCaseField(m_doc.get(), field, label, text));
}

void CaseEditor::dropTyping()
{
    // Forget the typing: show the stored values.
    if (!m_detail)
        return;
    m_loading = true;
    m_header->setTitleText(m_detail->row.title, false);
    m_description->setPlainText(m_detail->description);
    m_description->setStyleSheet(QString());
    m_loading = false;
}

void CaseEditor::showKeptTheirs(const QString &ref, const QVariantMap &values)
{
    if (m_ref != ref || !m_detail)
        return;
    // The user chose their version: show it (the typed text goes).
    m_loading = true;
    if (values.contains(u"title"_s))
        m_header->setTitleText(m_detail->row.title, false);
    if (values.contains(u"description"_s))
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
    if (values.contains(u"title"_s))
        m_header->setTitleText(values.value(u"title"_s).toString(), true);
    if (values.contains(u"description"_s)) {
        m_description->setPlainText(values.value(u"description"_s).toString());
        m_description->setStyleSheet(QString::fromLatin1(kUnsavedStyle));
    }
    m_loading = false;
    emit statusMessage(tr("Not saved: your text is still in the field."));
}

void CaseEditor::addEvent(CaseEventKind kind)
{
    if (!m_detail || !m_doc)
        return;
    if (kind == CaseEventKind::Closed) {
        closeCase();
        return;
    }
    CaseEvent e;
    e.kind = kind;
    e.on = m_actions->date();
    e.note = m_actions->note();
    if (kind == CaseEventKind::Note && e.note.isEmpty()) {
        m_actions->focusNote();
        emit statusMessage(tr("Type the note first."));
        return;
    }
    if (kind == CaseEventKind::Acknowledged && m_detail->standard.key == u"data-information"_s) {
        // Suggested: two working weeks on; the officer sets what the acknowledgement letter says.
        AvailableByDialog ask(m_ref, e.on, e.on.addDays(14), this);
        if (ask.exec() != QDialog::Accepted)
            return;
        e.availableBy = ask.availableBy();
    }
    pushEvent(tr("%1 %2 on %3").arg(timelineEventName(kind), m_ref, formatDate(e.on)), e);
}

void CaseEditor::closeCase()
{
    CloseCaseDialog dialog(m_ref, m_detail->row.typeCode, m_actions->date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CaseEvent e = dialog.closure();
    e.note = m_actions->note();
    pushEvent(tr("Close %1 on %2").arg(m_ref, formatDate(e.on)), e);
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
    PauseDialog dialog(m_detail->standard, m_actions->date(), earliest, QDate::currentDate(), this);
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
        m_actions->clearNote();
        emit statusMessage(text);
    }
}

void CaseEditor::showWhy(bool acknowledge)
{
    if (!m_detail)
        return;
    const ClockResult &clock = acknowledge ? m_detail->clocks.acknowledge : m_detail->clocks.response;
    const QString title
        = acknowledge ? tr("Acknowledgement clock — %1").arg(m_ref) : tr("Response / update clock — %1").arg(m_ref);
    WhyDialog dialog(title, clock.explanation, this);
    dialog.exec();
}

} // namespace hub::ui

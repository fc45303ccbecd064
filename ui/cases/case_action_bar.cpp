#include "ui/cases/case_action_bar.h"

#include "core/cases/case_rules.h"
#include "ui/cases/case_editor_text.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hub::ui
{

using namespace Qt::StringLiterals;
using case_editor::fieldLabel;

CaseActionBar::CaseActionBar(QWidget *parent)
    : QFrame(parent)
    , m_date(new QDateEdit)
    , m_note(new QLineEdit)
    , m_ack(new QPushButton(tr("Acknowledge")))
    , m_update(new QPushButton(tr("Update")))
    , m_respond(new QPushButton(tr("Respond")))
    , m_pause(new QPushButton(tr("Pause…")))
    , m_resume(new QPushButton(tr("Resume")))
    , m_close(new QPushButton(tr("Close…")))
    , m_addNote(new QPushButton(tr("Add note")))
{
    setObjectName(u"caseActions"_s);
    setStyleSheet(u"QFrame#caseActions { border:1px solid #D8DDE0; border-radius:4px; }"_s);
    m_date->setObjectName(u"actionDate"_s);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("The day the action happened (the clocks count whole days)"));
    m_note->setObjectName(u"actionNote"_s);
    m_note->setPlaceholderText(tr("Note for the timeline (Enter adds it)"));
    m_ack->setObjectName(u"ackButton"_s);
    m_update->setObjectName(u"updateButton"_s);
    m_respond->setObjectName(u"respondButton"_s);
    m_pause->setObjectName(u"pauseButton"_s);
    m_resume->setObjectName(u"resumeButton"_s);
    m_close->setObjectName(u"closeButton"_s);
    m_addNote->setObjectName(u"noteButton"_s);
    m_ack->setToolTip(tr("Record the acknowledgement sent on the date shown"));
    m_update->setToolTip(tr("Record an update sent (starts a new response period where the standard allows)"));
    m_respond->setToolTip(tr("Record the full response"));
    m_resume->setToolTip(tr("Start the clocks again from the date shown"));
    m_close->setToolTip(tr("Close the case, saying what the outcome was"));
    m_addNote->setToolTip(tr("Add the note to the timeline (Enter in the note box)"));

    // The note and its button on one line, the clock actions under them: the bar
    // fits an editor beside the list in a 1280-pixel window.
    auto *top = new QHBoxLayout;
    top->addWidget(fieldLabel(tr("On")));
    top->addWidget(m_date);
    top->addWidget(m_note, 1);
    top->addWidget(m_addNote);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_ack, m_update, m_respond, m_pause, m_resume, m_close })
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(8, 6, 8, 6);
    v->setSpacing(4);
    v->addLayout(top);
    v->addLayout(buttons);

    const auto request = [this](QPushButton *button, CaseEventKind kind) {
        connect(button, &QPushButton::clicked, this, [this, kind] { emit eventRequested(kind); });
    };
    request(m_ack, CaseEventKind::Acknowledged);
    request(m_update, CaseEventKind::Updated);
    request(m_respond, CaseEventKind::Responded);
    request(m_resume, CaseEventKind::Resumed);
    request(m_close, CaseEventKind::Closed);
    request(m_addNote, CaseEventKind::Note);
    connect(m_pause, &QPushButton::clicked, this, &CaseActionBar::pauseRequested);
    // Enter in the note box: the obvious action is adding the note.
    connect(m_note, &QLineEdit::returnPressed, this, [this] {
        if (m_addNote->isEnabled())
            emit eventRequested(CaseEventKind::Note);
    });
    connect(m_date, &QDateEdit::dateChanged, this, &CaseActionBar::updateButtons);
    connect(m_note, &QLineEdit::textChanged, this, &CaseActionBar::updateButtons);
    clear();
}

void CaseActionBar::showCase(const db::CaseDetail &detail, const QDate &asOf, bool editable)
{
    const bool sameCase = m_detail && m_detail->row.ref == detail.row.ref;
    m_detail = detail;
    m_editable = editable;
    const QDate received = detail.row.received;
    const QDate latest = std::max(QDate::currentDate(), received);
    {
        const QSignalBlocker block(m_date);
        m_date->setMinimumDate(received);
        m_date->setMaximumDate(latest);
        m_date->setDate(std::clamp(asOf.isValid() ? asOf : QDate::currentDate(), received, latest));
    }
    if (!sameCase)
        m_note->clear();
    m_date->setEnabled(editable);
    m_note->setEnabled(editable);
    updateButtons();
}

void CaseActionBar::clear()
{
    m_detail.reset();
    m_editable = false;
    m_note->clear();
    updateButtons();
}

QDate CaseActionBar::date() const
{
    return m_date->date();
}

QString CaseActionBar::note() const
{
    return m_note->text().trimmed();
}

void CaseActionBar::clearNote()
{
    m_note->clear();
}

void CaseActionBar::focusNote()
{
    m_note->setFocus();
}

bool CaseActionBar::allowed(CaseEventKind kind) const
{
    if (!m_editable || !m_detail)
        return false;
    CaseEvent e;
    e.kind = kind;
    e.on = m_date->date();
    e.note = note();
    if (kind == CaseEventKind::Paused) {
        // The dialog asks for the exclusion and note; here only whether a pause may start.
        if (m_detail->standard.exclusions.isEmpty())
            return false;
        e.exclusionCode = m_detail->standard.exclusions.first().code;
        e.note = u"(checking)"_s;
    }
    if (kind == CaseEventKind::Acknowledged && m_detail->standard.key == u"data-information"_s)
        e.availableBy = e.on; // the dialog asks for the real date
    return checkNewEvent(m_detail->standard, m_detail->row.received, m_detail->timeline, e, QDate::currentDate()).ok();
}

void CaseActionBar::updateButtons()
{
    const bool closed = m_detail && hasEvent(m_detail->timeline, CaseEventKind::Closed);
    m_ack->setEnabled(allowed(CaseEventKind::Acknowledged));
    m_update->setEnabled(allowed(CaseEventKind::Updated));
    m_respond->setEnabled(allowed(CaseEventKind::Responded));
    m_pause->setEnabled(allowed(CaseEventKind::Paused));
    m_resume->setEnabled(allowed(CaseEventKind::Resumed));
    m_close->setEnabled(allowed(CaseEventKind::Closed) && !closed);
    // A note may go on any case, closed ones too; it needs the text.
    m_addNote->setEnabled(m_editable && m_detail && !note().isEmpty());
    m_pause->setToolTip(m_detail && m_detail->standard.exclusions.isEmpty()
            ? tr("The %1 standard lists no exclusions, so its clocks cannot be paused.").arg(m_detail->standard.name)
            : tr("Stop the clocks under one of the standard's exclusions"));
}

} // namespace hub::ui

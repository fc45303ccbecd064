// The case editor's header form (reference, status, title, type, officer,
// priority, stage) and its action bar (acknowledge ... add note).
#include "ui/cases/case_editor.h"
#include "ui/cases/case_editor_text.h"
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


#undef S

} // namespace hub::ui

#include "ui/cases/case_header_form.h"

#include "core/cases/case_fields.h"
#include "core/common/format.h"
#include "ui/cases/case_editor_text.h"
#include "ui/cases/clock_palette.h"
#include "ui/widgets/value_label.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;
using case_editor::fieldLabel;
using case_editor::kUnsavedStyle;

namespace
{

QString fieldObjectName(const CaseFieldInfo &f)
{
    return u"case_"_s + QString::fromLatin1(f.code); // "case_requester_name"
}

} // namespace

CaseHeaderForm::CaseHeaderForm(QWidget *parent)
    : QWidget(parent)
    , m_ref(new QLabel)
    , m_status(new QLabel)
    , m_owner(new QLabel)
    , m_title(new QLineEdit)
    , m_type(new QComboBox)
    , m_officer(new QComboBox)
    , m_priority(new QComboBox)
    , m_stage(new QComboBox)
    , m_ccg(valueLabel(u"caseCcg"_s))
    , m_practice(valueLabel(u"casePractice"_s))
    , m_received(valueLabel(u"caseReceived"_s))
    , m_activity(valueLabel(u"caseActivity"_s))
{
    setObjectName(u"caseHeader"_s);
    m_ref->setObjectName(u"caseRef"_s);
    m_ref->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ref->setStyleSheet(u"font-size:15pt; font-weight:600; color:#005EB8;"_s);
    m_status->setObjectName(u"caseStatus"_s);
    m_owner->setObjectName(u"caseOwner"_s);
    m_owner->setStyleSheet(
        u"QLabel { border:1px solid #005EB8; color:#005EB8; padding:1px 8px; border-radius:3px; }"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_ref);
    top->addSpacing(8);
    top->addWidget(m_status);
    top->addWidget(m_owner);
    top->addStretch(1);

    m_title->setObjectName(u"caseTitle"_s);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    m_title->setFont(tf);
    m_title->setPlaceholderText(tr("Title"));

    m_type->setObjectName(u"caseType"_s);
    for (const CaseTypeInfo &t : caseTypes())
        m_type->addItem(QString::fromUtf8(t.name), QString::fromLatin1(t.code));
    m_officer->setObjectName(u"caseOfficer"_s);
    m_officer->setEditable(true);
    m_officer->setInsertPolicy(QComboBox::NoInsert);
    m_priority->setObjectName(u"casePriority"_s);
    for (const CaseChoice &c : casePriorityChoices())
        m_priority->addItem(c.label, c.code);
    m_stage->setObjectName(u"caseStage"_s);
    for (const CaseChoice &c : caseStageChoices())
        m_stage->addItem(c.label, c.code.toInt());
    // Sized by a fixed number of characters, not the longest entry, so the
    // editor does not widen case by case; "Stage 3" and "Urgent" fit whole.
    for (QComboBox *c : { m_type, m_officer, m_priority, m_stage }) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(c == m_type || c == m_officer ? 16 : 9);
    }

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    const auto row = [&](int r, const QString &leftLabel, QWidget *left, const QString &rightLabel, QWidget *right) {
        grid->addWidget(fieldLabel(leftLabel), r, 0);
        grid->addWidget(left, r, 1);
        grid->addWidget(fieldLabel(rightLabel), r, 2);
        grid->addWidget(right, r, 3);
    };
    row(0, tr("CCG"), m_ccg, tr("Type"), m_type);
    row(1, tr("Practice"), m_practice, tr("Officer"), m_officer);
    row(2, tr("Received"), m_received, tr("Priority"), m_priority);
    row(3, tr("Activity"), m_activity, tr("Stage"), m_stage);
    grid->addWidget(fieldLabel(tr("Requester")), 4, 0);
    grid->addWidget(buildRequester(), 4, 1, 1, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);

    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);
    v->addLayout(top);
    v->addWidget(buildNotInList());
    v->addWidget(m_title);
    v->addLayout(grid);

    const auto edited = [this](const QString &code, const QVariant &value) {
        if (!m_showing)
            emit fieldEdited(code, value);
    };
    connect(m_title, &QLineEdit::editingFinished, this, [this, edited] { edited(u"title"_s, m_title->text()); });
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_title->setStyleSheet(QString()); });
    connect(m_type, &QComboBox::activated, this, [this, edited] { edited(u"type"_s, m_type->currentData()); });
    connect(
        m_priority, &QComboBox::activated, this, [this, edited] { edited(u"priority"_s, m_priority->currentData()); });
    connect(m_stage, &QComboBox::activated, this, [this, edited] { edited(u"stage"_s, m_stage->currentData()); });
    connect(m_officer, &QComboBox::activated, this, [this, edited] { edited(u"officer"_s, m_officer->currentText()); });
    connect(m_officer->lineEdit(), &QLineEdit::editingFinished, this,
        [this, edited] { edited(u"officer"_s, m_officer->currentText()); });
}

QWidget *CaseHeaderForm::buildRequester()
{
    // One box per requester field, in the table's order: a field added there shows here.
    auto *box = new QWidget;
    auto *h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(6);
    for (const CaseFieldInfo *f : caseFieldsIn(CaseFieldGroup::Requester)) {
        const QString code = QString::fromLatin1(f->code);
        auto *edit = new QLineEdit;
        edit->setObjectName(fieldObjectName(*f));
        edit->setPlaceholderText(caseFieldFormLabel(*f));
        edit->setAccessibleName(caseFieldLabel(*f));
        edit->setToolTip(caseFieldFormLabel(*f));
        h->addWidget(edit, f->field == CaseField::RequesterPhone ? 2 : 3);
        m_requester.insert(code, edit);
        connect(edit, &QLineEdit::editingFinished, this, [this, code, edit] {
            if (!m_showing)
                emit fieldEdited(code, edit->text());
        });
        connect(edit, &QLineEdit::textEdited, this, [edit] { edit->setStyleSheet(QString()); });
    }
    return box;
}

QFrame *CaseHeaderForm::buildNotInList()
{
    m_notInList = new QFrame;
    m_notInList->setObjectName(u"caseNotInList"_s);
    m_notInList->setStyleSheet(
        u"QFrame#caseNotInList { background:#FFF0C2; border:1px solid #FFB81C; border-radius:3px; }"_s);
    auto *text = new QLabel(tr("This case is not in the list as filtered."));
    text->setObjectName(u"caseNotInListText"_s);
    text->setWordWrap(true);
    auto *show = new QPushButton(tr("Show in list"));
    show->setObjectName(u"caseShowInList"_s);
    show->setToolTip(tr("Clear the list's search and filters and select this case"));
    auto *h = new QHBoxLayout(m_notInList);
    h->setContentsMargins(8, 3, 8, 3);
    h->addWidget(text, 1);
    h->addWidget(show);
    connect(show, &QPushButton::clicked, this, &CaseHeaderForm::showInListRequested);
    m_notInList->hide();
    return m_notInList;
}

void CaseHeaderForm::setOfficers(const QStringList &officers)
{
    m_officer->clear();
    m_officer->addItems(officers);
}

void CaseHeaderForm::showCase(const db::CaseDetail &d)
{
    m_showing = true;
    m_ref->setText(d.row.ref);
    CaseStatus status = CaseStatus::Open;
    caseStatusFromCode(d.row.status, &status);
    const bool overdue = d.row.overdue() && status != CaseStatus::Closed;
    const QString colour = status == CaseStatus::Closed ? u"#425563"_s
        : status == CaseStatus::Paused                  ? clockStateColour(ClockState::Paused).name()
        : overdue                                       ? clockStateColour(ClockState::Breached).name()
                                                        : clockStateColour(ClockState::Running).name();
    m_status->setText(overdue ? tr("%1 · overdue").arg(caseStatusName(status)) : caseStatusName(status));
    m_status->setStyleSheet(
        u"QLabel { background:%1; color:white; font-weight:600; padding:2px 8px; border-radius:3px; }"_s.arg(colour));
    m_owner->setText(tr("Owner: %1").arg(d.row.owner.isEmpty() ? tr("to be determined") : d.row.owner));
    m_title->setText(d.row.title);
    m_title->setStyleSheet(QString());
    m_title->setToolTip(QString());
    m_title->setCursorPosition(0);
    m_ccg->setText(d.ccgName.isEmpty() ? d.row.ccgCode : u"%1 (%2)"_s.arg(d.ccgName, d.row.ccgCode));
    m_practice->setText(d.row.practiceOds.isEmpty() ? tr("— (not about one practice)")
            : d.row.practiceName.isEmpty()          ? d.row.practiceOds
                                                    : u"%1 (%2)"_s.arg(d.row.practiceName, d.row.practiceOds));
    m_received->setText(u"%1 (%2)"_s.arg(formatDate(d.row.received), d.row.received.toString(u"dddd"_s)));
    m_activity->setText(d.activityKey.isEmpty() ? tr("— (no delegated-function activity)")
                                                : u"%1 %2"_s.arg(d.activityKey, d.activityText));
    m_type->setCurrentIndex(m_type->findData(d.row.typeCode));
    m_priority->setCurrentIndex(m_priority->findData(d.row.priority));
    m_stage->setCurrentIndex(m_stage->findData(d.stage));
    m_stage->setEnabled(stageApplies(d.row.typeCode, d.stage));
    m_stage->setToolTip(stageApplies(d.row.typeCode, d.stage) ? tr("Stage of a performance concern")
                                                              : tr("Stages apply to performance concerns only"));
    if (m_officer->findText(d.row.officer) < 0 && !d.row.officer.isEmpty())
        m_officer->addItem(d.row.officer);
    m_officer->setCurrentText(d.row.officer);
    for (auto it = m_requester.begin(); it != m_requester.end(); ++it) {
        it.value()->setText(d.fields.value(it.key()).toString());
        it.value()->setStyleSheet(QString());
        it.value()->setToolTip(caseFieldFormLabel(*findCaseField(it.key())));
        it.value()->setCursorPosition(0);
    }
    m_showing = false;
}

void CaseHeaderForm::setEditable(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *> { m_type, m_officer, m_priority })
        w->setEnabled(editable);
    m_title->setReadOnly(!editable);
    for (QLineEdit *e : std::as_const(m_requester))
        e->setReadOnly(!editable);
    if (!editable)
        m_stage->setEnabled(false);
}

void CaseHeaderForm::setNotInList(bool notInList)
{
    m_notInList->setVisible(notInList);
}

bool CaseHeaderForm::isNotInList() const
{
    return !m_notInList->isHidden();
}

QString CaseHeaderForm::titleText() const
{
    return m_title->text();
}

void CaseHeaderForm::setTitleText(const QString &text, bool unsaved)
{
    m_showing = true;
    m_title->setText(text);
    m_title->setStyleSheet(unsaved ? QString::fromLatin1(kUnsavedStyle) : QString());
    m_showing = false;
}

void CaseHeaderForm::markUnsaved(const QString &code, const QString &why)
{
    QLineEdit *edit = code == u"title"_s ? m_title : m_requester.value(code);
    if (!edit)
        return;
    edit->setStyleSheet(QString::fromLatin1(kUnsavedStyle));
    if (!why.isEmpty())
        edit->setToolTip(why);
}

} // namespace hub::ui

// Specification sign-off form.
#include "ui/spec/spec_header_form.h"

#include "ui/spec/signature_date_edit.h"
#include "ui/ui_resources.h"
#include "ui/widgets/notes_edit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

QLabel *sectionLabel(const QString &text)
{
    auto *l = new QLabel(u"<b>%1</b>"_s.arg(text.toHtmlEscaped()));
    l->setContentsMargins(0, 6, 0, 0);
    return l;
}

// Read-only fields look locked: greyed, not merely uneditable.
const QString kLockedStyle = u"QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"] "
                             "{ background:#F0F4F5; color:#425563; }"_s;

} // namespace

QString SpecHeaderForm::fieldLabel(const QString &field)
{
    static const QHash<QString, QString> labels {
        { u"ccg_lead_name"_s, tr("CCG lead's name") },
        { u"ccg_lead_designation"_s, tr("CCG lead's designation") },
        { u"ccg_lead_signed_on"_s, tr("CCG lead's signature date") },
        { u"director_name"_s, tr("Locality Director's name") },
        { u"director_designation"_s, tr("Locality Director's designation") },
        { u"director_signed_on"_s, tr("Locality Director's signature date") },
        { u"notes"_s, tr("notes") },
    };
    return labels.value(field, field);
}

SpecHeaderForm::SpecHeaderForm(QWidget *parent)
    : QGroupBox(tr("Approved by"), parent)
    , m_notes(new NotesEdit)
    , m_lockBar(new QWidget)
    , m_lockReason(new QLabel)
{
    setObjectName(u"specHeaderForm"_s);
    setStyleSheet(kLockedStyle);
    auto *lockIcon = new QLabel;
    lockIcon->setObjectName(u"specLockIcon"_s);
    lockIcon->setPixmap(icon(u"lock"_s).pixmap(18, 18));
    m_lockReason->setObjectName(u"specLockReason"_s);
    m_lockReason->setWordWrap(true);
    auto *lockLayout = new QHBoxLayout(m_lockBar);
    lockLayout->setContentsMargins(6, 4, 6, 4);
    lockLayout->addWidget(lockIcon, 0, Qt::AlignTop);
    lockLayout->addWidget(m_lockReason, 1);
    m_lockBar->setObjectName(u"specLockBar"_s);
    m_lockBar->setStyleSheet(u"QWidget#specLockBar { background:#E8EDEE; border-radius:3px; }"_s);
    m_lockBar->hide();

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_lockBar);
    form->addRow(sectionLabel(tr("CCG lead")));
    form->addRow(tr("Name"), addLine(u"ccg_lead_name"_s, tr("Print name")));
    form->addRow(tr("Designation"), addLine(u"ccg_lead_designation"_s, tr("e.g. Head of Primary Care")));
    form->addRow(tr("Signature"), addDate(u"ccg_lead_signed_on"_s));
    form->addRow(sectionLabel(tr("Locality Director")));
    form->addRow(tr("Name"), addLine(u"director_name"_s, tr("Print name")));
    form->addRow(tr("Designation"), addLine(u"director_designation"_s, QString()));
    form->addRow(tr("Signature"), addDate(u"director_signed_on"_s));
    form->addRow(sectionLabel(tr("Notes")));
    m_notes->setObjectName(u"notes"_s);
    m_notes->setPlaceholderText(tr("Anything agreed alongside the determinations"));
    m_notes->setMinimumHeight(70);
    form->addRow(m_notes);
    connect(m_notes, &NotesEdit::editingFinished, this, &SpecHeaderForm::commitNotes);
}

QLineEdit *SpecHeaderForm::addLine(const QString &field, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(field);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    m_lines.insert(field, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, field] { commitLine(field); });
    return edit;
}

SignatureDateEdit *SpecHeaderForm::addDate(const QString &field)
{
    auto *edit = new SignatureDateEdit;
    edit->setObjectName(field);
    m_dates.insert(field, edit);
    connect(edit, &SignatureDateEdit::edited, this, [this, field](const QDate &date) {
        if (!m_dates.value(field)->isReadOnly())
            emit fieldEdited(field, date);
    });
    return edit;
}

void SpecHeaderForm::setSpecification(const CcgSpecification &spec)
{
    m_loaded = { { u"ccg_lead_name"_s, spec.ccgLeadName }, { u"ccg_lead_designation"_s, spec.ccgLeadDesignation },
        { u"director_name"_s, spec.directorName }, { u"director_designation"_s, spec.directorDesignation } };
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
        it.value()->setText(m_loaded.value(it.key()));
        it.value()->setCursorPosition(0);
    }
    m_dates.value(u"ccg_lead_signed_on"_s)->setDate(spec.ccgLeadSignedOn);
    m_dates.value(u"director_signed_on"_s)->setDate(spec.directorSignedOn);
    m_loadedNotes = spec.notes;
    if (m_notes->toPlainText() != spec.notes)
        m_notes->setPlainText(spec.notes);
}

void SpecHeaderForm::clear()
{
    setSpecification({});
}

void SpecHeaderForm::setLocked(bool locked, const QString &reason)
{
    for (QLineEdit *e : std::as_const(m_lines)) {
        e->setReadOnly(locked);
        e->setClearButtonEnabled(!locked);
        e->setToolTip(locked ? reason : QString());
        e->style()->unpolish(e); // the [readOnly] style follows
        e->style()->polish(e);
    }
    for (SignatureDateEdit *d : std::as_const(m_dates)) {
        d->setReadOnly(locked);
        d->setToolTip(locked ? reason : QString());
    }
    m_notes->setReadOnly(locked);
    m_notes->setToolTip(locked ? reason : QString());
    m_notes->style()->unpolish(m_notes);
    m_notes->style()->polish(m_notes);
    m_lockReason->setText(reason);
    m_lockBar->setVisible(locked && !reason.isEmpty());
}

void SpecHeaderForm::setDefaultDate(const QDate &day)
{
    for (SignatureDateEdit *d : std::as_const(m_dates))
        d->setDefaultDate(day);
}

void SpecHeaderForm::commitPending()
{
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it)
        commitLine(it.key());
    commitNotes();
}

void SpecHeaderForm::commitLine(const QString &field)
{
    QLineEdit *edit = m_lines.value(field);
    if (!edit || edit->isReadOnly())
        return;
    const QString text = edit->text().trimmed();
    if (text == m_loaded.value(field))
        return;
    m_loaded.insert(field, text);
    emit fieldEdited(field, text);
}

void SpecHeaderForm::commitNotes()
{
    if (m_notes->isReadOnly())
        return;
    const QString text = m_notes->toPlainText().trimmed();
    if (text == m_loadedNotes.trimmed())
        return;
    m_loadedNotes = text;
    emit fieldEdited(u"notes"_s, text);
}

} // namespace hub::ui

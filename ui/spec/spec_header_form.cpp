// Specification sign-off form.
#include "ui/spec/spec_header_form.h"

#include "core/common/format.h"
#include "ui/widgets/notes_edit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace hub::ui
{

#define S QStringLiteral

namespace
{

QLabel *sectionLabel(const QString &text)
{
    auto *l = new QLabel(S("<b>%1</b>").arg(text.toHtmlEscaped()));
    l->setContentsMargins(0, 6, 0, 0);
    return l;
}

} // namespace

SpecHeaderForm::SpecHeaderForm(QWidget *parent)
    : QGroupBox(tr("Approved by"), parent)
    , m_notes(new NotesEdit)
{
    setObjectName(S("specHeaderForm"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(sectionLabel(tr("CCG lead")));
    form->addRow(tr("Name"), addLine(S("ccg_lead_name"), tr("Print name")));
    form->addRow(tr("Designation"), addLine(S("ccg_lead_designation"), tr("e.g. Head of Primary Care")));
    form->addRow(tr("Signed on"), addLine(S("ccg_lead_signed_on"), tr("dd/mm/yyyy")));
    form->addRow(sectionLabel(tr("Locality Director")));
    form->addRow(tr("Name"), addLine(S("director_name"), tr("Print name")));
    form->addRow(tr("Designation"), addLine(S("director_designation"), QString()));
    form->addRow(tr("Signed on"), addLine(S("director_signed_on"), tr("dd/mm/yyyy")));
    form->addRow(sectionLabel(tr("Notes")));
    m_notes->setObjectName(S("notes"));
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
    if (isDateField(field))
        edit->setMaximumWidth(140);
    m_lines.insert(field, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, field] { commitLine(field); });
    return edit;
}

bool SpecHeaderForm::isDateField(const QString &field) const
{
    return field.endsWith(S("_signed_on"));
}

void SpecHeaderForm::setSpecification(const CcgSpecification &spec)
{
    m_loaded = { { S("ccg_lead_name"), spec.ccgLeadName }, { S("ccg_lead_designation"), spec.ccgLeadDesignation },
        { S("ccg_lead_signed_on"), formatDate(spec.ccgLeadSignedOn) }, { S("director_name"), spec.directorName },
        { S("director_designation"), spec.directorDesignation },
        { S("director_signed_on"), formatDate(spec.directorSignedOn) } };
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
        it.value()->setText(m_loaded.value(it.key()));
        it.value()->setCursorPosition(0);
        it.value()->setStyleSheet(QString());
        it.value()->setToolTip(QString());
    }
    m_loadedNotes = spec.notes;
    if (m_notes->toPlainText() != spec.notes)
        m_notes->setPlainText(spec.notes);
}

void SpecHeaderForm::clear()
{
    setSpecification({});
}

void SpecHeaderForm::setEditable(bool editable)
{
    for (QLineEdit *e : std::as_const(m_lines)) {
        e->setReadOnly(!editable);
        e->setClearButtonEnabled(editable);
    }
    m_notes->setReadOnly(!editable);
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
    if (isDateField(field)) {
        const QDate date = parseDate(text);
        if (!text.isEmpty() && !date.isValid()) {
            edit->setStyleSheet(S("QLineEdit { border: 2px solid #DA291C; }"));
            edit->setToolTip(tr("'%1' is not a date: use dd/mm/yyyy, e.g. 01/12/2015").arg(text));
            return;
        }
        edit->setStyleSheet(QString());
        edit->setToolTip(QString());
        m_loaded.insert(field, formatDate(date));
        edit->setText(formatDate(date));
        emit fieldEdited(field, date);
        return;
    }
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
    emit fieldEdited(S("notes"), text);
}

#undef S

} // namespace hub::ui

// "Calendar & letters": the letter templates tab.
#include "ui/calendar_letters/letter_templates_tab.h"

#include "core/cases/letter_merge.h"
#include "core/common/format.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "print/letter_document.h"
#include "ui/calendar_letters/admin_page.h"
#include "ui/calendar_letters/commands/add_letter_template.h"
#include "ui/calendar_letters/commands/change_letter_template.h"
#include "ui/calendar_letters/commands/change_letterhead.h"
#include "ui/calendar_letters/commands/delete_letter_template.h"
#include "ui/calendar_letters/letterhead_dialog.h"
#include "ui/calendar_letters/template_editor_parts.h"
#include "ui/dialogs/error_message.h"
#include "ui/documents/template_document.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

const QString kName = u"name"_s;
const QString kSubject = u"subject"_s;
const QString kBody = u"body"_s;

QPushButton *namedButton(const QString &text, const QString &name, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}

} // namespace

LetterTemplatesTab::LetterTemplatesTab(AdminPage &page)
    : m_page(page)
{
    setObjectName(u"templatesTab"_s);
    m_templateList = new QListWidget;
    m_templateList->setObjectName(u"templateList"_s);
    m_templateList->setMinimumWidth(200);
    m_templateList->setSpacing(3);
    m_new = namedButton(tr("New"), u"templateNew"_s, tr("Start a new letter template"));
    m_duplicate = namedButton(tr("Duplicate"), u"templateDuplicate"_s, tr("Make a copy of this template to edit"));
    m_delete = namedButton(tr("Delete…"), u"templateDelete"_s, tr("Delete this template (Undo brings it back)"));
    m_letterhead = namedButton(tr("Letterhead…"), u"letterheadButton"_s,
        tr("The Hub's name, address, telephone and email printed on every letter"));
    m_letterheadSummary = new QLabel;
    m_letterheadSummary->setObjectName(u"letterheadSummary"_s);
    m_letterheadSummary->setWordWrap(true);
    m_letterheadSummary->setStyleSheet(u"color:#425563"_s);

    m_templateName = new QLineEdit;
    m_templateName->setObjectName(u"templateName"_s);
    m_templateSubject = new QLineEdit;
    m_templateSubject->setObjectName(u"templateSubject"_s);
    m_templateBody = new QTextEdit;
    m_templateBody->setObjectName(u"templateBody"_s);
    m_templateBody->setAcceptRichText(true);
    m_templateBody->setTabChangesFocus(true);
    new MergeFieldHighlighter(m_templateBody->document());
    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(u"templateSave"_s);
    m_revert = namedButton(tr("Revert"), u"templateRevert"_s, tr("Throw away the changes not yet saved"));
    m_templateMeta = new QLabel;
    m_templateMeta->setObjectName(u"templateMeta"_s);
    m_templateMeta->setStyleSheet(u"color:#425563"_s);
    m_templateWarning = new QLabel;
    m_templateWarning->setObjectName(u"templateWarning"_s);
    m_templateWarning->setWordWrap(true);
    m_templateWarning->setStyleSheet(u"QLabel{color:#8A1538;background:#FDEDEC;border:1px solid #DA291C;"
                                     "border-radius:3px;padding:4px;}"_s);
    m_templateWarning->hide();

    m_bold = formatButton(u"B"_s, u"templateBold"_s, tr("Bold (Ctrl+B)"));
    QFont f = m_bold->font();
    f.setBold(true);
    m_bold->setFont(f);
    m_bold->setShortcut(QKeySequence::Bold);
    m_italic = formatButton(u"I"_s, u"templateItalic"_s, tr("Italic (Ctrl+I)"));
    f = m_italic->font();
    f.setItalic(true);
    m_italic->setFont(f);
    m_italic->setShortcut(QKeySequence::Italic);
    m_underline = formatButton(u"U"_s, u"templateUnderline"_s, tr("Underline (Ctrl+U)"));
    f = m_underline->font();
    f.setUnderline(true);
    m_underline->setFont(f);
    m_underline->setShortcut(QKeySequence::Underline);
    connect(m_bold, &QToolButton::toggled, this,
        [this](bool on) { m_templateBody->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    connect(m_italic, &QToolButton::toggled, m_templateBody, &QTextEdit::setFontItalic);
    connect(m_underline, &QToolButton::toggled, m_templateBody, &QTextEdit::setFontUnderline);
    connect(m_templateBody, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat &fmt) {
        const QSignalBlocker b1(m_bold), b2(m_italic), b3(m_underline);
        m_bold->setChecked(fmt.fontWeight() >= QFont::Bold);
        m_italic->setChecked(fmt.fontItalic());
        m_underline->setChecked(fmt.fontUnderline());
    });

    m_insertField = new QPushButton(tr("Insert merge field"));
    m_insertField->setObjectName(u"insertMergeField"_s);
    m_insertField->setToolTip(tr("Insert a {{field}} that is filled from the case when the letter is made"));
    auto *menu = new QMenu(m_insertField);
    menu->setObjectName(u"mergeFieldMenu"_s);
    for (const QString &field : templateMergeFields()) {
        QAction *a = menu->addAction(u"%1  —  {{%2}}"_s.arg(mergeFieldLabel(field), field));
        a->setObjectName(u"mergeField_"_s + field);
        connect(a, &QAction::triggered, this, [this, field] { insertMergeField(field); });
    }
    m_insertField->setMenu(menu);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(2);
    toolbar->addWidget(m_bold);
    toolbar->addWidget(m_italic);
    toolbar->addWidget(m_underline);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_insertField);
    toolbar->addStretch(1);
    toolbar->addWidget(m_templateMeta);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_templateName);
    form->addRow(tr("&Subject:"), m_templateSubject);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *editor = new QWidget;
    auto *el = new QVBoxLayout(editor);
    el->setContentsMargins(8, 0, 8, 0);
    auto *aroundBody = new QLabel(tr("The letter prints the letterhead, the addressee and address, the date and the "
                                     "reference above the subject; the body starts at the salutation."));
    aroundBody->setObjectName(u"templateLayoutNote"_s);
    aroundBody->setWordWrap(true);
    aroundBody->setStyleSheet(u"color:#425563"_s);
    el->addLayout(form);
    el->addWidget(aroundBody);
    el->addLayout(toolbar);
    el->addWidget(m_templateBody, 1);
    el->addWidget(m_templateWarning);
    el->addLayout(buttons);

    // Preview.
    m_previewRef = new QLineEdit;
    m_previewRef->setObjectName(u"templatePreviewRef"_s);
    m_previewRef->setPlaceholderText(tr("Case reference, e.g. WMH-2016-00042"));
    m_previewButton = new QPushButton(tr("Preview"));
    m_previewButton->setObjectName(u"templatePreviewButton"_s);
    m_previewSubject = new QLabel;
    m_previewSubject->setObjectName(u"templatePreviewSubject"_s);
    m_previewSubject->setWordWrap(true);
    m_previewSubject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QTextBrowser;
    m_preview->setObjectName(u"templatePreview"_s);
    m_previewNote = new QLabel;
    m_previewNote->setObjectName(u"templatePreviewNote"_s);
    m_previewNote->setWordWrap(true);
    m_previewNote->setStyleSheet(u"color:#425563"_s);
    connect(m_previewButton, &QPushButton::clicked, this, &LetterTemplatesTab::previewTemplate);
    connect(m_previewRef, &QLineEdit::returnPressed, this, &LetterTemplatesTab::previewTemplate);

    auto *previewBox = new QGroupBox(tr("Preview with a case"));
    auto *pl = new QVBoxLayout(previewBox);
    auto *refRow = new QHBoxLayout;
    refRow->addWidget(m_previewRef, 1);
    refRow->addWidget(m_previewButton);
    pl->addLayout(refRow);
    pl->addWidget(m_previewNote);
    pl->addWidget(m_previewSubject);
    pl->addWidget(m_preview, 1);

    connect(m_templateList, &QListWidget::currentRowChanged, this, [this] { showSelectedTemplate(); });
    connect(m_templateName, &QLineEdit::textEdited, this, &LetterTemplatesTab::checkMergeFields);
    connect(m_templateSubject, &QLineEdit::textEdited, this, &LetterTemplatesTab::checkMergeFields);
    connect(m_templateBody, &QTextEdit::textChanged, this, &LetterTemplatesTab::checkMergeFields);
    connect(m_save, &QPushButton::clicked, this, [this] { saveTemplate(); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_shownTemplate.clear();
        showSelectedTemplate();
    });
    connect(m_new, &QPushButton::clicked, this, &LetterTemplatesTab::newTemplate);
    connect(m_duplicate, &QPushButton::clicked, this, &LetterTemplatesTab::duplicateTemplate);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteTemplate(); });
    connect(m_letterhead, &QPushButton::clicked, this, &LetterTemplatesTab::editLetterhead);

    auto *listButtons = new QHBoxLayout;
    listButtons->setSpacing(4);
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto *listBox = new QWidget;
    auto *lb = new QVBoxLayout(listBox);
    lb->setContentsMargins(0, 0, 0, 0);
    lb->addWidget(m_templateList, 1);
    lb->addLayout(listButtons);
    lb->addSpacing(8);
    lb->addWidget(m_letterhead, 0, Qt::AlignLeft);
    lb->addWidget(m_letterheadSummary);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(u"templatesSplitter"_s);
    split->addWidget(listBox);
    split->addWidget(editor);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setSizes({ 260, 560, 520 });
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

LetterTemplatesTab::~LetterTemplatesTab() = default;

void LetterTemplatesTab::ensureDocument()
{
    db::OfficeFile *file = m_page.officeFile();
    if (file == (m_doc ? &m_doc->file() : nullptr))
        return;
    m_doc.reset();
    m_shownTemplate.clear();
    m_editorBase.reset();
    if (!file)
        return;
    m_doc = std::make_unique<TemplateDocument>(*file);
    m_doc->setAsOf(db::officeAsOf(*file));
    m_doc->setConflictResolver([this](const Error &e) { return m_page.resolveConflict(e); });
    connect(m_doc.get(), &TemplateDocument::loaded, this, &LetterTemplatesTab::showLoaded);
    connect(m_doc.get(), &TemplateDocument::showTemplate, this, &LetterTemplatesTab::selectTemplate);
    connect(m_doc.get(), &TemplateDocument::failed, this,
        [this](const QString &action, const Error &e) { showError(this, action, e); });
    connect(m_doc.get(), &TemplateDocument::saved, &m_page, &Page::statusMessage);
}

void LetterTemplatesTab::reload(bool keepEdits)
{
    ensureDocument();
    m_keepEdits = keepEdits;
    if (m_doc) {
        (void)m_doc->load(); // errors reach failed()
    } else {
        showLoaded();
    }
    m_keepEdits = true;
}

void LetterTemplatesTab::showLoaded()
{
    static const QVector<db::LetterTemplate> none;
    const QVector<db::LetterTemplate> &templates = m_doc ? m_doc->templates() : none;
    const QString keep = m_shownTemplate.isEmpty() ? currentTemplate() : m_shownTemplate;
    // Someone else's save does not wipe what is being typed; saving then meets the conflict check.
    const bool keepEditor = m_keepEdits && templateModified() && !(m_doc && m_doc->isWriting());
    {
        const QSignalBlocker block(m_templateList);
        m_templateList->clear();
        for (const db::LetterTemplate &t : templates) {
            auto *item = new QListWidgetItem(t.name, m_templateList);
            item->setData(Qt::UserRole, t.key);
            item->setToolTip(t.subject);
        }
    }
    showLetterheadSummary();
    int row = -1;
    for (int i = 0; i < templates.size(); ++i)
        row = templates.at(i).key == keep ? i : row;
    if (keepEditor && row >= 0) {
        const QSignalBlocker block(m_templateList);
        m_templateList->setCurrentRow(row);
        const db::LetterTemplate &stored = templates.at(row);
        if (stored.meta.version != m_editorBase->meta.version)
            m_templateMeta->setText(tr("<span style='color:#DA291C'>Changed by %1 since you started editing</span>")
                                        .arg(stored.meta.updatedBy.toHtmlEscaped()));
        updateButtons();
        return;
    }
    m_shownTemplate.clear();
    m_editorBase.reset();
    if (!templates.isEmpty()) {
        const QSignalBlocker block(m_templateList);
        m_templateList->setCurrentRow(qMax(0, row));
    }
    showSelectedTemplate();
}

void LetterTemplatesTab::showLetterheadSummary()
{
    if (!m_doc) {
        m_letterheadSummary->clear();
        return;
    }
    const Letterhead &l = m_doc->letterhead().letterhead;
    QStringList lines { l.hubName };
    lines << l.address.split(u'\n', Qt::SkipEmptyParts);
    if (!l.phone.isEmpty())
        lines << tr("Telephone %1").arg(l.phone);
    if (!l.email.isEmpty())
        lines << l.email;
    QString text
        = tr("<b>Letters are sent from</b><br/>%1").arg(lines.join(u"\n"_s).toHtmlEscaped().replace(u'\n', u"<br/>"_s));
    if (l.address.trimmed().isEmpty())
        text += u"<br/><span style='color:#8A1538'>%1</span>"_s.arg(
            tr("No address yet: use Letterhead… to add the Hub's address and contact details.").toHtmlEscaped());
    m_letterheadSummary->setText(text);
}

QString LetterTemplatesTab::currentTemplate() const
{
    const QListWidgetItem *item = m_templateList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void LetterTemplatesTab::selectTemplate(const QString &key)
{
    for (int i = 0; i < m_templateList->count(); ++i) {
        if (m_templateList->item(i)->data(Qt::UserRole).toString() == key) {
            m_templateList->setCurrentRow(i);
            return;
        }
    }
}

void LetterTemplatesTab::showSelectedTemplate()
{
    const QString key = currentTemplate();
    if (key == m_shownTemplate && !key.isEmpty())
        return;
    if (!m_shownTemplate.isEmpty() && !confirmLeavingTemplate()) {
        const QSignalBlocker block(m_templateList);
        selectTemplate(m_shownTemplate);
        return;
    }
    showTemplate(m_doc ? m_doc->find(key) : nullptr);
}

void LetterTemplatesTab::showTemplate(const db::LetterTemplate *t)
{
    m_loadingTemplate = true;
    m_shownTemplate = t ? t->key : QString();
    m_editorBase = t ? std::optional<db::LetterTemplate>(*t) : std::nullopt;
    m_templateName->setText(t ? t->name : QString());
    m_templateSubject->setText(t ? t->subject : QString());
    m_templateBody->setHtml(t ? t->body : QString());
    m_templateBody->document()->setModified(false);
    m_templateName->setModified(false);
    m_templateSubject->setModified(false);
    m_templateMeta->setText(
        t ? tr("Version %1 · last saved by %2").arg(t->meta.version).arg(t->meta.updatedBy) : QString());
    const bool editable = t && m_page.isEditable();
    m_templateName->setReadOnly(!editable);
    m_templateSubject->setReadOnly(!editable);
    m_templateBody->setReadOnly(!editable);
    for (QWidget *w :
        { static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_revert), static_cast<QWidget *>(m_insertField),
            static_cast<QWidget *>(m_bold), static_cast<QWidget *>(m_italic), static_cast<QWidget *>(m_underline) })
        w->setEnabled(editable);
    m_previewButton->setEnabled(t != nullptr);
    m_preview->clear();
    m_previewSubject->clear();
    m_previewNote->setText(tr("Type a case reference and press Preview to see this letter filled in."));
    m_loadingTemplate = false;
    checkMergeFields();
    updateButtons();
}

void LetterTemplatesTab::updateButtons()
{
    const bool editable = m_doc && m_page.isEditable();
    const QString why = m_doc ? tr("The office file is open read-only") : tr("No office file is open");
    const bool has = editable && !currentTemplate().isEmpty();
    m_new->setEnabled(editable);
    m_duplicate->setEnabled(has);
    m_delete->setEnabled(has);
    m_letterhead->setEnabled(m_doc != nullptr);
    m_new->setToolTip(editable ? tr("Start a new letter template") : why);
    m_duplicate->setToolTip(has ? tr("Make a copy of this template to edit") : why);
    m_delete->setToolTip(has ? tr("Delete this template (Undo brings it back)") : why);
}

bool LetterTemplatesTab::templateModified() const
{
    const db::LetterTemplate *t = m_editorBase ? &*m_editorBase : nullptr;
    if (!t)
        return false;
    return m_templateName->text() != t->name || m_templateSubject->text() != t->subject
        || m_templateBody->document()->isModified();
}

bool LetterTemplatesTab::confirmLeavingTemplate()
{
    if (!templateModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Letter templates"),
        tr("Save your changes to the template “%1”?").arg(m_editorBase->name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedTemplate"_s);
    const int answer = box.exec();
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveTemplate();
    return true;
}

void LetterTemplatesTab::checkMergeFields()
{
    if (m_loadingTemplate)
        return;
    QHash<QString, QString> known;
    for (const QString &field : templateMergeFields())
        known.insert(field, QString());
    QStringList unknown;
    mergeLetter(m_templateSubject->text(), known, false, &unknown);
    mergeLetter(m_templateBody->toPlainText(), known, false, &unknown);
    if (unknown.isEmpty()) {
        m_templateWarning->hide();
        return;
    }
    QStringList marked;
    for (const QString &u : unknown)
        marked << u"{{%1}}"_s.arg(u);
    m_templateWarning->setText(tr("Unknown merge field: %1. It will print as typed; use Insert merge field to pick "
                                  "one of the fields Hubcase fills in.")
                                   .arg(marked.join(u", "_s)));
    m_templateWarning->show();
}

void LetterTemplatesTab::insertMergeField(const QString &field)
{
    m_templateBody->textCursor().insertText(u"{{%1}}"_s.arg(field));
    m_templateBody->setFocus();
}

QVariantMap LetterTemplatesTab::editorValues() const
{
    QVariantMap v { { kName, m_templateName->text().trimmed() }, { kSubject, m_templateSubject->text() } };
    if (m_templateBody->document()->isModified())
        v.insert(kBody, bodyHtml(m_templateBody));
    return v;
}

bool LetterTemplatesTab::saveTemplate()
{
    if (!m_doc || !m_editorBase || !m_page.isEditable())
        return false;
    const db::LetterTemplate base = *m_editorBase;
    const QVariantMap after = changedFields(TemplateDocument::fieldsOf(base), editorValues());
    if (after.isEmpty())
        return true; // nothing changed counts as saved
    QVariantMap before;
    for (auto it = after.begin(); it != after.end(); ++it)
        before.insert(it.key(), TemplateDocument::fieldsOf(base).value(it.key()));
    m_page.undoStack()->push(new ChangeLetterTemplate(m_doc.get(), base, before, after));
    const db::LetterTemplate *stored = m_doc->find(base.key);
    return stored && stored->meta.version != base.meta.version
        && sameValues(after, TemplateDocument::fieldsOf(*stored));
}

void LetterTemplatesTab::newTemplate()
{
    if (!m_doc || !m_page.isEditable() || !confirmLeavingTemplate())
        return;
    db::LetterTemplate t;
    t.name = tr("New letter");
    t.subject = u"Our reference {{ref}}: {{title}}"_s;
    t.body = u"<p>{{salutation}}</p><p></p><p>Yours sincerely,</p><p>{{officer}}<br/>{{hub_name}}</p>"_s;
    m_shownTemplate.clear();
    m_page.undoStack()->push(new AddLetterTemplate(m_doc.get(), t, tr("New letter template")));
    m_templateName->setFocus();
    m_templateName->selectAll();
}

void LetterTemplatesTab::duplicateTemplate()
{
    if (!m_doc || !m_page.isEditable() || currentTemplate().isEmpty() || !confirmLeavingTemplate())
        return;
    const Result<db::LetterTemplate> copy = m_doc->copyOf(currentTemplate());
    if (!copy.ok()) {
        showError(this, tr("Duplicating the letter template"), copy.error());
        return;
    }
    m_shownTemplate.clear();
    m_page.undoStack()->push(new AddLetterTemplate(
        m_doc.get(), copy.value(), tr("Duplicate letter template %1").arg(m_doc->find(currentTemplate())->name)));
}

void LetterTemplatesTab::deleteTemplate(bool confirmed)
{
    const db::LetterTemplate *t = m_doc ? m_doc->find(currentTemplate()) : nullptr;
    if (!t || !m_page.isEditable())
        return;
    if (!confirmed) {
        QMessageBox box(QMessageBox::Question, tr("Delete letter template"),
            tr("Delete the letter template “%1”? Letters already sent are not affected, and Undo brings the "
               "template back.")
                .arg(t->name),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(u"confirmDeleteTemplate"_s);
        box.button(QMessageBox::Yes)->setText(tr("Delete"));
        box.button(QMessageBox::Yes)->setObjectName(u"confirmDeleteYes"_s);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    const db::LetterTemplate deleted = *t;
    m_shownTemplate.clear();
    m_editorBase.reset();
    m_page.undoStack()->push(new DeleteLetterTemplate(m_doc.get(), deleted));
}

void LetterTemplatesTab::editLetterhead()
{
    if (!m_doc)
        return;
    LetterheadDialog dialog(
        db::LetterheadRepository::valuesOf(m_doc->letterhead().letterhead), m_page.isEditable(), this);
    if (dialog.exec() == QDialog::Accepted && m_page.isEditable())
        saveLetterhead(dialog.values());
}

void LetterTemplatesTab::saveLetterhead(const QVariantMap &values)
{
    if (!m_doc || !m_page.isEditable())
        return;
    const db::StoredLetterhead &stored = m_doc->letterhead();
    const QVariantMap now = db::LetterheadRepository::valuesOf(stored.letterhead);
    const QVariantMap after = changedFields(now, values);
    if (after.isEmpty())
        return;
    QVariantMap before;
    for (auto it = after.begin(); it != after.end(); ++it)
        before.insert(it.key(), now.value(it.key()));
    m_page.undoStack()->push(new ChangeLetterhead(m_doc.get(), before, after, stored.meta.version));
}

void LetterTemplatesTab::previewTemplate()
{
    const QString key = m_shownTemplate;
    const QString ref = m_previewRef->text().trimmed().toUpper();
    if (!m_doc || key.isEmpty())
        return;
    if (ref.isEmpty()) {
        m_previewNote->setText(tr("Type a case reference first, e.g. WMH-2016-00042."));
        return;
    }
    Result<db::MergedLetter> merged = m_doc->merge(key, ref);
    if (!merged) {
        m_preview->clear();
        m_previewSubject->clear();
        m_previewNote->setText(
            u"<span style='color:#DA291C'>%1</span>"_s.arg(userMessage(merged.error()).toHtmlEscaped()));
        return;
    }
    m_previewSubject->setText(tr("<b>Subject:</b> %1").arg(merged->subject.toHtmlEscaped()));
    QTextDocument letter; // the letter as it prints: letterhead, addressee, date, reference, body
    print::buildLetterDocument(letter, merged.value(), m_doc->file().officeName());
    m_preview->setHtml(letter.toHtml());
    QString note = tr("%1 merged as of %2.").arg(merged->ref, formatDate(m_doc->asOf()));
    if (templateModified())
        note += u' ' + tr("This shows the saved template: save to preview your changes.");
    if (!merged->unknownFields.isEmpty()) {
        QStringList marked;
        for (const QString &u : merged->unknownFields)
            marked << u"{{%1}}"_s.arg(u);
        note += u" <span style='color:#DA291C'>%1</span>"_s.arg(
            tr("Unknown merge fields left as typed: %1.").arg(marked.join(u", "_s)).toHtmlEscaped());
    }
    m_previewNote->setText(note);
}

} // namespace hub::ui

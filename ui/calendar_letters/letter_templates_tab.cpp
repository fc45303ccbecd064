// "Calendar & letters": the letter templates tab.
#include "ui/calendar_letters/letter_templates_tab.h"

#include "ui/calendar_letters/admin_page.h"

#include "core/cases/letter_merge.h"
#include "database/office_file.h"
#include "ui/dialogs/error_message.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace hub::ui
{

#define S QStringLiteral

namespace
{

const QString kName = S("name");
const QString kSubject = S("subject");
const QString kBody = S("body");

// The part of QTextEdit::toHtml() between <body> and </body>: the letter's own
// markup without the editor's document-wide font, so letters print in the
// letter renderer's font.
QString bodyHtml(const QTextEdit *edit)
{
    const QString html = edit->toHtml();
    const qsizetype open = html.indexOf(S("<body"));
    const qsizetype start = open < 0 ? -1 : html.indexOf(QLatin1Char('>'), open);
    const qsizetype end = html.lastIndexOf(S("</body>"));
    if (start < 0 || end < start)
        return html;
    return html.mid(start + 1, end - start - 1).trimmed();
}

// What each merge field holds, for the insert menu.
QString fieldLabel(const QString &field)
{
    if (field == S("ref"))
        return QObject::tr("Case reference");
    if (field == S("title"))
        return QObject::tr("Case title");
    if (field == S("practice_name"))
        return QObject::tr("Practice name");
    if (field == S("received_on"))
        return QObject::tr("Date received");
    if (field == S("ack_due"))
        return QObject::tr("Acknowledgement due");
    if (field == S("response_due"))
        return QObject::tr("Response due");
    if (field == S("ccg_name"))
        return QObject::tr("CCG name");
    if (field == S("officer"))
        return QObject::tr("Officer");
    if (field == S("today"))
        return QObject::tr("Letter date");
    return field;
}

QToolButton *formatButton(const QString &text, const QString &name, const QString &tip)
{
    auto *b = new QToolButton;
    b->setText(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setMinimumWidth(28);
    return b;
}

// Marks {{fields}} in the editor: known ones tinted blue, unknown ones red.
class MergeFieldHighlighter : public QSyntaxHighlighter
{
public:
    explicit MergeFieldHighlighter(QTextDocument *document)
        : QSyntaxHighlighter(document)
        , m_known(letterMergeFields())
    {
    }

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression re(S("\\{\\{\\s*([a-z_]*)\\s*\\}\\}"));
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            QTextCharFormat f = format(int(m.capturedStart()));
            if (m_known.contains(m.captured(1))) {
                f.setBackground(QColor(0xE0, 0xEC, 0xF8));
                f.setForeground(QColor(0x00, 0x30, 0x87));
            } else {
                f.setBackground(QColor(0xFD, 0xED, 0xEC));
                f.setForeground(QColor(0xDA, 0x29, 0x1C));
                f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                f.setUnderlineColor(QColor(0xDA, 0x29, 0x1C));
            }
            setFormat(int(m.capturedStart()), int(m.capturedLength()), f);
        }
    }

private:
    QStringList m_known;
};

} // namespace

LetterTemplatesTab::LetterTemplatesTab(AdminPage &page)
    : m_page(page)
{
    setObjectName(S("templatesTab"));
    m_templateList = new QListWidget;
    m_templateList->setObjectName(S("templateList"));
    m_templateList->setMinimumWidth(200);
    m_templateName = new QLineEdit;
    m_templateName->setObjectName(S("templateName"));
    m_templateSubject = new QLineEdit;
    m_templateSubject->setObjectName(S("templateSubject"));
    m_templateBody = new QTextEdit;
    m_templateBody->setObjectName(S("templateBody"));
    m_templateBody->setAcceptRichText(true);
    m_templateBody->setTabChangesFocus(true);
    new MergeFieldHighlighter(m_templateBody->document());
    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(S("templateSave"));
    m_save->setDefault(false);
    m_revert = new QPushButton(tr("Revert"));
    m_revert->setObjectName(S("templateRevert"));
    m_revert->setToolTip(tr("Throw away the changes not yet saved"));
    m_templateMeta = new QLabel;
    m_templateMeta->setObjectName(S("templateMeta"));
    m_templateMeta->setStyleSheet(S("color:#425563"));
    m_templateWarning = new QLabel;
    m_templateWarning->setObjectName(S("templateWarning"));
    m_templateWarning->setWordWrap(true);
    m_templateWarning->setStyleSheet(S("QLabel{color:#8A1538;background:#FDEDEC;border:1px solid #DA291C;"
                                       "border-radius:3px;padding:4px;}"));
    m_templateWarning->hide();

    m_bold = formatButton(S("B"), S("templateBold"), tr("Bold (Ctrl+B)"));
    QFont f = m_bold->font();
    f.setBold(true);
    m_bold->setFont(f);
    m_bold->setShortcut(QKeySequence::Bold);
    m_italic = formatButton(S("I"), S("templateItalic"), tr("Italic (Ctrl+I)"));
    f = m_italic->font();
    f.setItalic(true);
    m_italic->setFont(f);
    m_italic->setShortcut(QKeySequence::Italic);
    m_underline = formatButton(S("U"), S("templateUnderline"), tr("Underline (Ctrl+U)"));
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
    m_insertField->setObjectName(S("insertMergeField"));
    m_insertField->setToolTip(tr("Insert a {{field}} that is filled from the case when the letter is made"));
    auto *menu = new QMenu(m_insertField);
    menu->setObjectName(S("mergeFieldMenu"));
    for (const QString &field : letterMergeFields()) {
        QAction *a = menu->addAction(S("%1  —  {{%2}}").arg(fieldLabel(field), field));
        a->setObjectName(S("mergeField_") + field);
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
    el->addLayout(form);
    el->addLayout(toolbar);
    el->addWidget(m_templateBody, 1);
    el->addWidget(m_templateWarning);
    el->addLayout(buttons);

    // Preview.
    m_previewRef = new QLineEdit;
    m_previewRef->setObjectName(S("templatePreviewRef"));
    m_previewRef->setPlaceholderText(tr("Case reference, e.g. WMH-2016-00042"));
    m_previewButton = new QPushButton(tr("Preview"));
    m_previewButton->setObjectName(S("templatePreviewButton"));
    m_previewSubject = new QLabel;
    m_previewSubject->setObjectName(S("templatePreviewSubject"));
    m_previewSubject->setWordWrap(true);
    m_previewSubject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QTextBrowser;
    m_preview->setObjectName(S("templatePreview"));
    m_previewNote = new QLabel;
    m_previewNote->setObjectName(S("templatePreviewNote"));
    m_previewNote->setWordWrap(true);
    m_previewNote->setStyleSheet(S("color:#425563"));
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

    QStringList fieldRows;
    for (const QString &field : letterMergeFields())
        fieldRows << S("<tr><td><code>{{%1}}</code></td><td>&nbsp;%2</td></tr>").arg(field, fieldLabel(field).toHtmlEscaped());
    auto *fields = new QLabel(tr("<b>Merge fields</b><br/>Filled from the case when a letter is made:") + S("<table>")
        + fieldRows.join(QString()) + S("</table>"));
    fields->setObjectName(S("mergeFieldHelp"));
    fields->setWordWrap(true);
    fields->setStyleSheet(S("color:#425563"));
    m_templateList->setSpacing(3);
    auto *listBox = new QWidget;
    auto *lb = new QVBoxLayout(listBox);
    lb->setContentsMargins(0, 0, 0, 0);
    lb->addWidget(m_templateList, 1);
    lb->addWidget(fields);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(S("templatesSplitter"));
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

void LetterTemplatesTab::reload(bool keepEdits)
{
    const QString keep = m_shownTemplate.isEmpty() ? currentTemplate() : m_shownTemplate;
    const bool keepEditor = keepEdits && templateModified();
    m_templates.clear();
    if (m_page.officeFile()) {
        db::TemplateRepository repo(*m_page.officeFile());
        Result<QVector<db::LetterTemplate>> listed = repo.list();
        if (listed && listed->isEmpty() && m_page.isEditable() && repo.ensureDefaults().ok())
            listed = repo.list();
        if (listed)
            m_templates = listed.value();
        else
            showError(this, tr("Reading the letter templates"), listed.error());
    }
    {
        const QSignalBlocker block(m_templateList);
        m_templateList->clear();
        for (const db::LetterTemplate &t : m_templates) {
            auto *item = new QListWidgetItem(t.name, m_templateList);
            item->setData(Qt::UserRole, t.key);
            item->setToolTip(t.subject);
        }
    }
    int row = -1;
    for (int i = 0; i < m_templates.size(); ++i)
        row = m_templates.at(i).key == keep ? i : row;
    if (keepEditor && row >= 0) {
        // Someone else's save does not wipe what is being typed; saving then meets the conflict check.
        const QSignalBlocker block(m_templateList);
        m_templateList->setCurrentRow(row);
        const db::LetterTemplate &stored = m_templates.at(row);
        if (stored.meta.version != m_editorBase->meta.version)
            m_templateMeta->setText(tr("<span style='color:#DA291C'>Changed by %1 since you started editing</span>")
                                        .arg(stored.meta.updatedBy.toHtmlEscaped()));
        return;
    }
    m_shownTemplate.clear();
    if (!m_templates.isEmpty()) {
        const QSignalBlocker block(m_templateList);
        m_templateList->setCurrentRow(qMax(0, row));
    }
    showSelectedTemplate();
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

const db::LetterTemplate *LetterTemplatesTab::templateByKey(const QString &key) const
{
    for (const db::LetterTemplate &t : m_templates) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
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
    showTemplate(templateByKey(key));
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
    m_templateMeta->setText(t ? tr("Version %1 · last saved by %2").arg(t->meta.version).arg(t->meta.updatedBy)
                              : QString());
    const bool editable = t && m_page.isEditable();
    m_templateName->setReadOnly(!editable);
    m_templateSubject->setReadOnly(!editable);
    m_templateBody->setReadOnly(!editable);
    for (QWidget *w : { static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_revert),
             static_cast<QWidget *>(m_insertField), static_cast<QWidget *>(m_bold), static_cast<QWidget *>(m_italic),
             static_cast<QWidget *>(m_underline) })
        w->setEnabled(editable);
    m_previewButton->setEnabled(t != nullptr);
    m_preview->clear();
    m_previewSubject->clear();
    m_previewNote->setText(tr("Type a case reference and press Preview to see this letter filled in."));
    m_loadingTemplate = false;
    checkMergeFields();
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
    box.setObjectName(S("unsavedTemplate"));
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
    for (const QString &field : letterMergeFields())
        known.insert(field, QString());
    QStringList unknown;
    mergeLetter(m_templateSubject->text(), known, false, &unknown);
    mergeLetter(m_templateBody->toPlainText(), known, false, &unknown);
    if (unknown.isEmpty()) {
        m_templateWarning->hide();
    } else {
        QStringList marked;
        for (const QString &u : unknown)
            marked << S("{{%1}}").arg(u);
        m_templateWarning->setText(tr("Unknown merge field: %1. It will print as typed; use Insert merge field to "
                                      "pick one of %2.")
                                       .arg(marked.join(S(", ")), letterMergeFields().join(S(", "))));
        m_templateWarning->show();
    }
}

void LetterTemplatesTab::insertMergeField(const QString &field)
{
    m_templateBody->textCursor().insertText(S("{{%1}}").arg(field));
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
    const db::LetterTemplate *t = m_editorBase ? &*m_editorBase : nullptr;
    if (!t || !m_page.isEditable())
        return false;
    const QString key = t->key;
    const QVariantMap before { { kName, t->name }, { kSubject, t->subject }, { kBody, t->body } };
    const QVariantMap after = editorValues();
    RecordEditCommand::Access access;
    access.readFresh = [this, key] { return readTemplate(key); };
    access.write = [this, key](const QVariantMap &values, std::int64_t version) {
        return writeTemplate(key, values, version);
    };
    m_lastWriteOk = true; // nothing changed counts as saved
    m_page.pushChangedFields(tr("Edit letter template %1").arg(t->name), before, after, t->meta.version, std::move(access));
    return m_lastWriteOk;
}

std::optional<RecordState> LetterTemplatesTab::readTemplate(const QString &key)
{
    reload();
    const db::LetterTemplate *t = templateByKey(key);
    if (!t)
        return std::nullopt;
    selectTemplate(key);
    return RecordState { { { kName, t->name }, { kSubject, t->subject }, { kBody, t->body } }, t->meta };
}

bool LetterTemplatesTab::writeTemplate(const QString &key, const QVariantMap &values, std::int64_t version)
{
    m_lastWriteOk = false;
    if (!m_page.officeFile())
        return false;
    const WriteOutcome outcome = m_page.guardedWrite(
        version, [&](std::int64_t v) { return db::TemplateRepository(*m_page.officeFile()).update(key, v, values); },
        tr("Saving the letter template"));
    if (outcome == WriteOutcome::Failed)
        return false; // keep the user's edits on screen
    m_shownTemplate.clear();
    m_editorBase.reset();
    reload(false);
    selectTemplate(key);
    if (outcome != WriteOutcome::Written)
        return false;
    m_lastWriteOk = true;
    emit m_page.officeDataChanged();
    emit m_page.statusMessage(tr("Letter template “%1” saved.").arg(m_templateName->text()));
    return true;
}

void LetterTemplatesTab::previewTemplate()
{
    const QString key = m_shownTemplate;
    const QString ref = m_previewRef->text().trimmed().toUpper();
    if (!m_page.officeFile() || key.isEmpty())
        return;
    if (ref.isEmpty()) {
        m_previewNote->setText(tr("Type a case reference first, e.g. WMH-2016-00042."));
        return;
    }
    Result<db::MergedLetter> merged = db::TemplateRepository(*m_page.officeFile()).merge(key, ref);
    if (!merged) {
        m_preview->clear();
        m_previewSubject->clear();
        m_previewNote->setText(S("<span style='color:#DA291C'>%1</span>").arg(merged.error().describe().toHtmlEscaped()));
        return;
    }
    m_previewSubject->setText(tr("<b>Subject:</b> %1").arg(merged->subject.toHtmlEscaped()));
    m_preview->setHtml(merged->html);
    QString note = tr("%1 merged as of today.").arg(merged->ref);
    if (templateModified())
        note += QLatin1Char(' ') + tr("This shows the saved template: save to preview your changes.");
    if (!merged->unknownFields.isEmpty()) {
        QStringList marked;
        for (const QString &u : merged->unknownFields)
            marked << S("{{%1}}").arg(u);
        note += S(" <span style='color:#DA291C'>%1</span>")
                    .arg(tr("Unknown merge fields left as typed: %1.").arg(marked.join(S(", "))).toHtmlEscaped());
    }
    m_previewNote->setText(note);
}

#undef S

} // namespace hub::ui

#pragma once
// The "Letter templates" tab of Calendar & letters: the office's templates
// (add, duplicate, delete), each edited as rich text with {{merge}} fields,
// the Hub's letterhead, and a preview merged with a real case. Everything is
// read from and written through the tab's TemplateDocument; edits go onto
// the page's undo stack as commands (ui/calendar_letters/commands/).

#include "database/cases/template_repository.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTextEdit;
class QToolButton;

namespace hub::ui
{

class AdminPage;
class TemplateDocument;

class LetterTemplatesTab : public QWidget
{
    Q_OBJECT
public:
    // The tab writes through `page` (its office file, undo stack and conflict resolver).
    explicit LetterTemplatesTab(AdminPage &page);
    ~LetterTemplatesTab() override;

    // keepEdits: unsaved edits in the editor stay (the list and stored versions refresh).
    void reload(bool keepEdits = true);
    // Null without an office file.
    TemplateDocument *document() const { return m_doc.get(); }

    void selectTemplate(const QString &key);
    QString currentTemplate() const;
    // Saves the edited name, subject and body (undoable, conflict-checked); true when written.
    bool saveTemplate();
    bool templateModified() const;
    void previewTemplate();
    // New, Duplicate and Delete (undoable). Delete asks first unless `confirmed`.
    void newTemplate();
    void duplicateTemplate();
    void deleteTemplate(bool confirmed = false);
    // Opens the letterhead dialog; saving it is undoable.
    void editLetterhead();
    // Saves letterhead values as the dialog would (for tests and the dialog).
    void saveLetterhead(const QVariantMap &values);

private:
    void ensureDocument();
    void showLoaded();
    void showSelectedTemplate();
    void showTemplate(const db::LetterTemplate *t);
    void showLetterheadSummary();
    void checkMergeFields();
    void insertMergeField(const QString &field);
    QVariantMap editorValues() const;
    bool confirmLeavingTemplate();
    void updateButtons();

    AdminPage &m_page;
    std::unique_ptr<TemplateDocument> m_doc;
    QListWidget *m_templateList = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_letterhead = nullptr;
    QLabel *m_letterheadSummary = nullptr;
    QLineEdit *m_templateName = nullptr;
    QLineEdit *m_templateSubject = nullptr;
    QTextEdit *m_templateBody = nullptr;
    QPushButton *m_insertField = nullptr;
    QToolButton *m_bold = nullptr;
    QToolButton *m_italic = nullptr;
    QToolButton *m_underline = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_templateMeta = nullptr;
    QLabel *m_templateWarning = nullptr;
    QLineEdit *m_previewRef = nullptr;
    QPushButton *m_previewButton = nullptr;
    QLabel *m_previewSubject = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    QString m_shownTemplate;
    std::optional<db::LetterTemplate> m_editorBase; // the stored template the editor started from
    bool m_loadingTemplate = false;
    bool m_keepEdits = true;
};

} // namespace hub::ui

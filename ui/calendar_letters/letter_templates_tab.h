#pragma once
// The "Letter templates" tab of Calendar & letters: rich text with {{merge}}
// fields, versioned and undoable saves (through the page's undo stack), and a
// preview merged with a real case.

#include "database/cases/template_repository.h"
#include "ui/undo/record_edit_command.h"

#include <QWidget>
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

class LetterTemplatesTab : public QWidget
{
    Q_OBJECT
public:
    // The tab writes through `page` (its office file, undo stack and conflict resolver).
    explicit LetterTemplatesTab(AdminPage &page);

    // keepEdits: unsaved edits in the editor stay (the list and stored versions refresh).
    void reload(bool keepEdits = true);

    void selectTemplate(const QString &key);
    QString currentTemplate() const;
    // Saves the edited name, subject and body (undoable, conflict-checked); true when written.
    bool saveTemplate();
    bool templateModified() const;
    void previewTemplate();

private:
    void showSelectedTemplate();
    void showTemplate(const db::LetterTemplate *t);
    void checkMergeFields();
    void insertMergeField(const QString &field);
    std::optional<RecordState> readTemplate(const QString &key);
    bool writeTemplate(const QString &key, const QVariantMap &values, std::int64_t version);
    const db::LetterTemplate *templateByKey(const QString &key) const;
    QVariantMap editorValues() const;
    bool confirmLeavingTemplate();

    AdminPage &m_page;
    QVector<db::LetterTemplate> m_templates;
    QListWidget *m_templateList = nullptr;
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
    bool m_lastWriteOk = false;
};

} // namespace hub::ui

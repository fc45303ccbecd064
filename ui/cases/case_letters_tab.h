#pragma once
// The case editor's Letters tab: a letter template merged with the case
// (preview on screen, print preview, PDF), and a warning when the template
// uses merge fields Hubcase does not know. The merge is read through the
// CaseDocument, as of its as-of day.

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace hub::ui
{

class CaseDocument;

class CaseLettersTab : public QWidget
{
    Q_OBJECT
public:
    explicit CaseLettersTab(QWidget *parent = nullptr);

    // Lists the document's templates (null: none).
    void setDocument(CaseDocument *document);
    // Merges the chosen template with the loaded case again.
    void refresh();

signals:
    void statusMessage(const QString &message);

private:
    void preview();
    void savePdf();

    CaseDocument *m_doc = nullptr;
    QComboBox *m_template;
    QLabel *m_warning;
    QTextBrowser *m_preview;
    QPushButton *m_previewButton;
    QPushButton *m_pdfButton;
};

} // namespace hub::ui

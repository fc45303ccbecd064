#include "ui/cases/case_letters_tab.h"

#include "database/office_file.h"
#include "ui/cases/case_editor_text.h"
#include "ui/cases/case_letter_actions.h"
#include "ui/dialogs/error_message.h"
#include "ui/documents/case_document.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;
using case_editor::fieldLabel;

CaseLettersTab::CaseLettersTab(QWidget *parent)
    : QWidget(parent)
    , m_template(new QComboBox)
    , m_warning(new QLabel)
    , m_preview(new QTextBrowser)
    , m_previewButton(new QPushButton(tr("Print preview…")))
    , m_pdfButton(new QPushButton(tr("Save PDF…")))
{
    setObjectName(u"caseLettersTab"_s);
    m_template->setObjectName(u"letterTemplate"_s);
    m_warning->setObjectName(u"letterWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"QLabel { background:#FFF0C2; border:1px solid #FFB81C; padding:6px; }"_s);
    m_warning->hide();
    m_preview->setObjectName(u"letterPreview"_s);
    m_preview->setStyleSheet(u"QTextBrowser { background:white; padding:12px; }"_s);
    m_previewButton->setObjectName(u"letterPrintPreviewButton"_s);
    m_pdfButton->setObjectName(u"letterPdfButton"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(fieldLabel(tr("Letter")));
    top->addWidget(m_template, 1);
    top->addWidget(m_previewButton);
    top->addWidget(m_pdfButton);
    auto *v = new QVBoxLayout(this);
    v->addLayout(top);
    v->addWidget(m_warning);
    v->addWidget(m_preview, 1);
    connect(m_template, &QComboBox::currentIndexChanged, this, &CaseLettersTab::refresh);
    connect(m_previewButton, &QPushButton::clicked, this, &CaseLettersTab::preview);
    connect(m_pdfButton, &QPushButton::clicked, this, &CaseLettersTab::savePdf);
}

void CaseLettersTab::setDocument(CaseDocument *document)
{
    m_doc = document;
    const QSignalBlocker block(m_template);
    m_template->clear();
    if (m_doc) {
        for (const db::LetterTemplate &t : m_doc->letterTemplates())
            m_template->addItem(t.name, t.key);
    }
    m_preview->clear();
    m_warning->hide();
}

void CaseLettersTab::refresh()
{
    if (!m_doc || !m_doc->isLoaded() || m_template->currentIndex() < 0) {
        m_preview->clear();
        m_warning->hide();
        return;
    }
    const Result<db::MergedLetter> merged = m_doc->letter(m_template->currentData().toString());
    if (!merged.ok()) {
        m_preview->setPlainText(userMessage(merged.error()));
        m_warning->hide();
        return;
    }
    const db::MergedLetter &letter = merged.value();
    m_preview->setHtml(u"<p><b>%1</b></p>%2"_s.arg(letter.subject.toHtmlEscaped(), letter.html));
    if (letter.unknownFields.isEmpty()) {
        m_warning->hide();
        return;
    }
    QStringList marks;
    for (const QString &f : letter.unknownFields)
        marks << u"{{%1}}"_s.arg(f);
    m_warning->setText(tr("This template uses merge fields Hubcase does not know: %1. They are printed as they "
                          "are — correct the template before sending the letter.")
                           .arg(marks.join(u", "_s)));
    m_warning->show();
}

void CaseLettersTab::preview()
{
    if (!m_doc || !m_doc->isLoaded() || m_template->currentIndex() < 0)
        return;
    const auto merged = m_doc->letter(m_template->currentData().toString());
    if (!merged.ok()) {
        showError(this, tr("Preparing the letter"), merged.error());
        return;
    }
    previewCaseLetter(this, merged.value(), m_doc->file().officeName());
}

void CaseLettersTab::savePdf()
{
    if (!m_doc || !m_doc->isLoaded() || m_template->currentIndex() < 0)
        return;
    const QString key = m_template->currentData().toString();
    const auto merged = m_doc->letter(key);
    if (!merged.ok()) {
        showError(this, tr("Preparing the letter"), merged.error());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save letter as PDF"), suggestedLetterFileName(merged.value(), key), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = saveCaseLetterPdf(path, merged.value(), m_doc->file().officeName());
    if (!s.ok()) {
        showError(this, tr("Saving the letter"), s.error());
        return;
    }
    emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

} // namespace hub::ui

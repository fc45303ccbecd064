// The case editor's tabs: the timeline, the attachments (add, save, remove)
// and the letters (preview, print, PDF).
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

QWidget *CaseEditor::buildTimelineTab()
{
    m_timeline = new QTableWidget(0, 5);
    m_timeline->setObjectName(S("caseTimeline"));
    m_timeline->setHorizontalHeaderLabels({ tr("Date"), tr("Event"), tr("Exclusion"), tr("Note / detail"), tr("Recorded by") });
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setWordWrap(true);
    m_timeline->verticalHeader()->setMinimumSectionSize(26);
    m_timeline->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_timeline->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_timeline->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_timeline->setColumnWidth(2, 200);
    m_timeline->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return m_timeline;
}

QWidget *CaseEditor::buildAttachmentsTab()
{
    auto *w = new QWidget;
    m_attachments = new QTableWidget(0, 4);
    m_attachments->setObjectName(S("caseAttachments"));
    m_attachments->setHorizontalHeaderLabels({ tr("File"), tr("Size"), tr("Added by"), tr("Added") });
    m_attachments->verticalHeader()->hide();
    m_attachments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attachments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attachments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attachments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_attachments->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_addAttachment = new QPushButton(tr("Add file…"));
    m_addAttachment->setObjectName(S("addAttachmentButton"));
    m_saveAttachment = new QPushButton(tr("Save as…"));
    m_saveAttachment->setObjectName(S("saveAttachmentButton"));
    m_removeAttachment = new QPushButton(tr("Remove"));
    m_removeAttachment->setObjectName(S("removeAttachmentButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addAttachment);
    buttons->addWidget(m_saveAttachment);
    buttons->addWidget(m_removeAttachment);
    buttons->addStretch(1);
    auto *note = new QLabel(tr("Files are kept inside the office file (up to 25 MB each) and travel with it."));
    note->setStyleSheet(S("color:#768692;"));
    note->setWordWrap(true);
    auto *v = new QVBoxLayout(w);
    v->addWidget(m_attachments, 1);
    v->addLayout(buttons);
    v->addWidget(note);
    connect(m_addAttachment, &QPushButton::clicked, this, &CaseEditor::addAttachment);
    connect(m_saveAttachment, &QPushButton::clicked, this, &CaseEditor::saveAttachment);
    connect(m_removeAttachment, &QPushButton::clicked, this, &CaseEditor::removeAttachment);
    connect(m_attachments, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = !m_attachments->selectedItems().isEmpty();
        m_saveAttachment->setEnabled(any);
        m_removeAttachment->setEnabled(any && m_file && !m_file->isReadOnly());
    });
    return w;
}

QWidget *CaseEditor::buildLettersTab()
{
    auto *w = new QWidget;
    m_template = new QComboBox;
    m_template->setObjectName(S("letterTemplate"));
    m_letterWarning = new QLabel;
    m_letterWarning->setObjectName(S("letterWarning"));
    m_letterWarning->setWordWrap(true);
    m_letterWarning->setStyleSheet(S("QLabel { background:#FFF0C2; border:1px solid #FFB81C; padding:6px; }"));
    m_letterWarning->hide();
    m_letterPreview = new QTextBrowser;
    m_letterPreview->setObjectName(S("letterPreview"));
    m_letterPreview->setStyleSheet(S("QTextBrowser { background:white; padding:12px; }"));
    m_letterPreviewButton = new QPushButton(tr("Print preview…"));
    m_letterPreviewButton->setObjectName(S("letterPrintPreviewButton"));
    m_letterPdfButton = new QPushButton(tr("Save PDF…"));
    m_letterPdfButton->setObjectName(S("letterPdfButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(fieldLabel(tr("Letter")));
    top->addWidget(m_template, 1);
    top->addWidget(m_letterPreviewButton);
    top->addWidget(m_letterPdfButton);
    auto *v = new QVBoxLayout(w);
    v->addLayout(top);
    v->addWidget(m_letterWarning);
    v->addWidget(m_letterPreview, 1);
    connect(m_template, &QComboBox::currentIndexChanged, this, &CaseEditor::refreshLetter);
    connect(m_letterPreviewButton, &QPushButton::clicked, this, &CaseEditor::previewLetter);
    connect(m_letterPdfButton, &QPushButton::clicked, this, &CaseEditor::saveLetterPdf);
    return w;
}

void CaseEditor::showTimeline(const db::CaseDetail &d)
{
    QHash<QString, QString> exclusionText;
    for (const Exclusion &e : d.standard.exclusions)
        exclusionText.insert(e.code, e.text);
    for (const ClockPause &p : d.clocks.pauses)
        exclusionText.insert(p.exclusionCode, p.exclusionText);
    m_timeline->setRowCount(0);
    m_timeline->setRowCount(int(d.timeline.size()));
    int row = 0;
    for (const CaseEvent &e : d.timeline) {
        const QString note = e.note.isEmpty() ? detailText(e)
            : e.detail.isEmpty()              ? e.note
                                              : S("%1 (%2)").arg(detailText(e), e.note);
        const QStringList cells { formatDate(e.on), eventName(e.kind), exclusionText.value(e.exclusionCode, e.exclusionCode),
            note, e.actor };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (e.on > d.asOf)
                item->setForeground(QColor(S("#AEB7BD")));
            else if (e.kind == CaseEventKind::Paused || e.kind == CaseEventKind::Resumed)
                item->setForeground(QColor(S("#425563")));
            if (c == 1 && (e.kind == CaseEventKind::Paused || e.kind == CaseEventKind::Closed)) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_timeline->setItem(row, c, item);
        }
        ++row;
    }
    m_timeline->resizeRowsToContents();
    m_timeline->scrollToBottom();
}

void CaseEditor::showAttachments(const db::CaseDetail &d)
{
    m_attachments->setRowCount(0);
    m_attachments->setRowCount(int(d.attachments.size()));
    for (int r = 0; r < d.attachments.size(); ++r) {
        const db::AttachmentInfo &a = d.attachments[r];
        auto *name = new QTableWidgetItem(a.fileName);
        name->setData(Qt::UserRole, a.id);
        name->setData(Qt::UserRole + 1, QVariant::fromValue<qint64>(a.meta.version));
        name->setToolTip(a.note.isEmpty() ? a.fileName : S("%1 — %2").arg(a.fileName, a.note));
        m_attachments->setItem(r, 0, name);
        auto *size = new QTableWidgetItem(sizeText(a.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_attachments->setItem(r, 1, size);
        m_attachments->setItem(r, 2, new QTableWidgetItem(a.meta.updatedBy));
        m_attachments->setItem(r, 3, new QTableWidgetItem(whenText(a.meta.updatedAt)));
    }
    m_saveAttachment->setEnabled(false);
    m_removeAttachment->setEnabled(false);
    m_tabs->setTabText(2, d.attachments.isEmpty() ? tr("Attachments") : tr("Attachments (%1)").arg(d.attachments.size()));
}

void CaseEditor::refreshLetter()
{
    if (m_loading || !m_file || !m_detail || m_template->currentIndex() < 0) {
        m_letterPreview->clear();
        m_letterWarning->hide();
        return;
    }
    const QString key = m_template->currentData().toString();
    const Result<db::MergedLetter> merged = db::TemplateRepository(*m_file).merge(key, m_ref, m_asOf);
    if (!merged.ok()) {
        m_letterPreview->setPlainText(userMessage(merged.error()));
        m_letterWarning->hide();
        return;
    }
    const db::MergedLetter &letter = merged.value();
    m_letterPreview->setHtml(S("<p><b>%1</b></p>%2").arg(letter.subject.toHtmlEscaped(), letter.html));
    if (letter.unknownFields.isEmpty()) {
        m_letterWarning->hide();
    } else {
        QStringList marks;
        for (const QString &f : letter.unknownFields)
            marks << S("{{%1}}").arg(f);
        m_letterWarning->setText(tr("This template uses merge fields Hubcase does not know: %1. They are printed as they "
                                    "are — correct the template before sending the letter.")
                                     .arg(marks.join(S(", "))));
        m_letterWarning->show();
    }
}

void CaseEditor::addAttachment()
{
    if (!m_detail || !m_file)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files to %1").arg(m_ref));
    if (paths.isEmpty())
        return;
    db::AttachmentRepository repo(*m_file);
    int added = 0;
    for (const QString &path : paths) {
        const auto r = repo.addFile(m_ref, path);
        if (!r.ok()) {
            showError(this, tr("Attaching %1").arg(QFileInfo(path).fileName()), r.error());
            continue;
        }
        ++added;
    }
    reload();
    if (added > 0) {
        emit statusMessage(tr("Attached %n file(s) to %1", nullptr, added).arg(m_ref));
    }
}

void CaseEditor::saveAttachment()
{
    const int row = m_attachments->currentRow();
    if (!m_file || row < 0)
        return;
    const QString id = m_attachments->item(row, 0)->data(Qt::UserRole).toString();
    const QString name = m_attachments->item(row, 0)->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save %1 as").arg(name), name);
    if (path.isEmpty())
        return;
    const Result<QByteArray> content = db::AttachmentRepository(*m_file).content(id);
    if (!content.ok()) {
        showError(this, tr("Saving %1").arg(name), content.error());
        return;
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content.value()) != content.value().size()) {
        showError(this, tr("Saving %1").arg(name), makeError(ErrorCode::Io, out.errorString()));
        return;
    }
    emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

void CaseEditor::removeAttachment()
{
    const int row = m_attachments->currentRow();
    if (!m_file || row < 0)
        return;
    const QString id = m_attachments->item(row, 0)->data(Qt::UserRole).toString();
    const qint64 version = m_attachments->item(row, 0)->data(Qt::UserRole + 1).toLongLong();
    const QString name = m_attachments->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Remove attachment"), tr("Remove %1 from %2?").arg(name, m_ref))
        != QMessageBox::Yes)
        return;
    const WriteOutcome outcome = writeGuarded(
        version, [&](std::int64_t v) { return db::AttachmentRepository(*m_file).remove(id, v); },
        [this](const Error &e) { return resolve(e); },
        [this, name](const Error &e) { showError(this, tr("Removing %1").arg(name), e); });
    reload();
    if (outcome == WriteOutcome::Written)
        emit statusMessage(tr("Removed %1").arg(name));
}

void CaseEditor::previewLetter()
{
    if (!m_file || !m_detail || m_template->currentIndex() < 0)
        return;
    const auto merged = db::TemplateRepository(*m_file).merge(m_template->currentData().toString(), m_ref, m_asOf);
    if (!merged.ok()) {
        showError(this, tr("Preparing the letter"), merged.error());
        return;
    }
    previewCaseLetter(this, merged.value(), m_file->officeName());
}

void CaseEditor::saveLetterPdf()
{
    if (!m_file || !m_detail || m_template->currentIndex() < 0)
        return;
    const QString key = m_template->currentData().toString();
    const auto merged = db::TemplateRepository(*m_file).merge(key, m_ref, m_asOf);
    if (!merged.ok()) {
        showError(this, tr("Preparing the letter"), merged.error());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save letter as PDF"),
        suggestedLetterFileName(merged.value(), key), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = saveCaseLetterPdf(path, merged.value(), m_file->officeName());
    if (!s.ok()) {
        showError(this, tr("Saving the letter"), s.error());
        return;
    }
    emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
}


#undef S

} // namespace hub::ui

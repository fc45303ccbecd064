#include "ui/cases/case_attachments_tab.h"

#include "ui/cases/case_editor_text.h"
#include "ui/dialogs/error_message.h"
#include "ui/documents/case_document.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;
using case_editor::sizeText;
using case_editor::whenText;

CaseAttachmentsTab::CaseAttachmentsTab(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 4))
    , m_add(new QPushButton(tr("Add file…")))
    , m_save(new QPushButton(tr("Save as…")))
    , m_remove(new QPushButton(tr("Remove")))
{
    setObjectName(u"caseAttachmentsTab"_s);
    m_table->setObjectName(u"caseAttachments"_s);
    m_table->setHorizontalHeaderLabels({ tr("File"), tr("Size"), tr("Added by"), tr("Added") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_add->setObjectName(u"addAttachmentButton"_s);
    m_save->setObjectName(u"saveAttachmentButton"_s);
    m_remove->setObjectName(u"removeAttachmentButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *note = new QLabel(tr("Files are kept inside the office file (up to 25 MB each) and travel with it."));
    note->setStyleSheet(u"color:#768692;"_s);
    note->setWordWrap(true);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_table, 1);
    v->addLayout(buttons);
    v->addWidget(note);
    connect(m_add, &QPushButton::clicked, this, &CaseAttachmentsTab::add);
    connect(m_save, &QPushButton::clicked, this, &CaseAttachmentsTab::save);
    connect(m_remove, &QPushButton::clicked, this, &CaseAttachmentsTab::remove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseAttachmentsTab::updateButtons);
    updateButtons();
}

void CaseAttachmentsTab::setDocument(CaseDocument *document)
{
    m_doc = document;
    m_ref.clear();
    m_table->setRowCount(0);
    updateButtons();
}

void CaseAttachmentsTab::showCase(const db::CaseDetail &d)
{
    m_ref = d.row.ref;
    m_table->setRowCount(0);
    m_table->setRowCount(int(d.attachments.size()));
    for (int r = 0; r < d.attachments.size(); ++r) {
        const db::AttachmentInfo &a = d.attachments[r];
        auto *name = new QTableWidgetItem(a.fileName);
        name->setData(Qt::UserRole, a.id);
        name->setData(Qt::UserRole + 1, QVariant::fromValue<qint64>(a.meta.version));
        name->setToolTip(a.note.isEmpty() ? a.fileName : u"%1 — %2"_s.arg(a.fileName, a.note));
        m_table->setItem(r, 0, name);
        auto *size = new QTableWidgetItem(sizeText(a.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 1, size);
        m_table->setItem(r, 2, new QTableWidgetItem(a.meta.updatedBy));
        m_table->setItem(r, 3, new QTableWidgetItem(whenText(a.meta.updatedAt)));
    }
    updateButtons();
}

void CaseAttachmentsTab::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void CaseAttachmentsTab::updateButtons()
{
    const bool any = !m_table->selectedItems().isEmpty();
    m_add->setEnabled(m_doc && m_editable && !m_ref.isEmpty());
    m_save->setEnabled(m_doc && any);
    m_remove->setEnabled(m_doc && any && m_editable);
}

void CaseAttachmentsTab::add()
{
    if (!m_doc || m_ref.isEmpty())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files to %1").arg(m_ref));
    if (paths.isEmpty())
        return;
    const QString ref = m_ref;
    const int added = m_doc->addAttachments(paths);
    if (added > 0)
        emit statusMessage(tr("Attached %n file(s) to %1", nullptr, added).arg(ref));
}

void CaseAttachmentsTab::save()
{
    const int row = m_table->currentRow();
    if (!m_doc || row < 0)
        return;
    const QString id = m_table->item(row, 0)->data(Qt::UserRole).toString();
    const QString name = m_table->item(row, 0)->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save %1 as").arg(name), name);
    if (path.isEmpty())
        return;
    const Result<QByteArray> content = m_doc->attachmentContent(id);
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

void CaseAttachmentsTab::remove()
{
    const int row = m_table->currentRow();
    if (!m_doc || row < 0)
        return;
    const QString id = m_table->item(row, 0)->data(Qt::UserRole).toString();
    const qint64 version = m_table->item(row, 0)->data(Qt::UserRole + 1).toLongLong();
    const QString name = m_table->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Remove attachment"), tr("Remove %1 from %2?").arg(name, m_ref))
        != QMessageBox::Yes)
        return;
    if (m_doc->removeAttachment(id, version, name) == WriteOutcome::Written)
        emit statusMessage(tr("Removed %1").arg(name));
}

} // namespace hub::ui

#include "ui/cases/cases_page.h"

#include "core/cases/case_type.h"
#include "core/common/format.h"
#include "database/demo/demo_as_of.h"
#include "database/events/records_changed.h"
#include "database/office_file.h"
#include "ui/case_summary_job.h"
#include "ui/cases/case_editor.h"
#include "ui/cases/case_list_view.h"
#include "ui/cases/new_case_dialog.h"
#include "ui/documents/case_document.h"
#include "ui/widgets/tab_order.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>

namespace hub::ui
{

CasesPage::CasesPage(QWidget *parent)
    : Page(parent)
    , m_list(new CaseListView)
    , m_editor(new CaseEditor(undoStack()))
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    setObjectName(QStringLiteral("casesPage"));
    setShownTables({ QStringLiteral("case_record"), QStringLiteral("case_event"), QStringLiteral("case_attachment"),
        QStringLiteral("office_closure"), QStringLiteral("letter_template") });
    m_splitter->setObjectName(QStringLiteral("casesSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setChildrenCollapsible(false); // Page remembers where it was left

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_editor->setConflictResolver([this](const Error &conflict) { return resolveConflict(conflict); });
    connect(m_list, &CaseListView::currentCaseChanged, this, [this](const QString &ref) {
        if (ref.isEmpty()) {
            syncListAndEditor(); // the current row went (filtered out): the editor says so
            return;
        }
        if (ref != m_editor->currentRef())
            m_editor->openCase(ref);
        m_editor->setInList(true);
    });
    // A click opens that row's case, also when the row was current already.
    connect(m_list, &CaseListView::caseClicked, this, [this](const QString &ref) {
        if (ref != m_editor->currentRef())
            m_editor->openCase(ref);
        m_editor->setInList(true);
    });
    connect(m_list, &CaseListView::listChanged, this, &CasesPage::syncListAndEditor);
    connect(m_editor, &CaseEditor::showInListRequested, this, &CasesPage::showEditorCaseInList);
    connect(m_editor, &CaseEditor::caseShown, this, &CasesPage::syncListAndEditor);
    connect(m_list, &CaseListView::caseActivated, this, [this](const QString &ref) {
        m_editor->openCase(ref);
        m_editor->setFocus();
    });
    connect(m_list, &CaseListView::newCaseRequested, this, &CasesPage::newCase);
    connect(m_list, &CaseListView::queryLogRequested, this, &CasesPage::queryLogRequested);
    connect(m_editor, &CaseEditor::statusMessage, this, &Page::statusMessage);
    connect(m_list, &CaseListView::currentCaseChanged, this, &Page::printableChanged);

    // Lists (context menu, print, export), search (Ctrl+F) and Tab order: list → filters → editor.
    addList(m_list->table(), ListSetup(tr("Cases")).describedBy([this] { return filterSummary(); }));
    const auto inEditor
        = [this](const char *name) { return m_editor->findChild<QAbstractItemView *>(QLatin1String(name)); };
    if (QAbstractItemView *timeline = inEditor("caseTimeline"))
        addList(timeline,
            ListSetup(tr("Timeline"))
                .titledBy([this] { return tr("Timeline of %1").arg(m_editor->currentRef()); })
                .opensNothing());
    if (QAbstractItemView *files = inEditor("caseAttachments"))
        addList(files,
            ListSetup(tr("Attachments"))
                .titledBy([this] { return tr("Attachments of %1").arg(m_editor->currentRef()); })
                .opensNothing());
    setSearchField(m_list->findChild<QLineEdit *>(QStringLiteral("caseSearch")));
    QList<QWidget *> order { m_list->table() };
    for (const char *name : { "caseSearch", "caseOverdueOnly", "newCaseButton", "caseQueryLogButton", "caseCcgFilter",
             "caseTypeFilter", "caseOfficerFilter", "caseStatusFilter" })
        order << m_list->findChild<QWidget *>(QLatin1String(name));
    order << m_editor;
    setTabOrderParts(order);
}

QString CasesPage::filterSummary() const
{
    const db::CaseFilter f = m_list->filter();
    QStringList parts;
    if (!f.search.isEmpty())
        parts << tr("Search: %1").arg(f.search);
    if (!f.ccgCode.isEmpty())
        parts << tr("CCG %1").arg(f.ccgCode);
    if (!f.typeCode.isEmpty())
        parts << caseTypeLabel(f.typeCode);
    if (!f.officer.isEmpty())
        parts << tr("Officer: %1").arg(f.officer);
    if (f.openOnly)
        parts << tr("Open cases");
    if (!f.status.isEmpty())
        parts << tr("Status: %1").arg(f.status);
    if (f.overdueOnly)
        parts << tr("Overdue only");
    parts << tr("Clocks as of %1").arg(formatDate(m_list->asOf().isValid() ? m_list->asOf() : QDate::currentDate()));
    return parts.join(QStringLiteral(" · "));
}

std::optional<DocumentJob> CasesPage::documentJob() const
{
    const CaseDocument *doc = m_editor->document();
    if (!officeFile() || !doc || !doc->isLoaded())
        return std::nullopt;
    return caseSummaryJob(doc->detail(), officeFile()->user());
}

void CasesPage::officeFileChanged()
{
    db::OfficeFile *file = officeFile();
    // The file's as-of day (a demo's last day), not the machine clock, drives the clocks and defaults.
    const QDate asOf = file ? db::demoAsOf(*file) : QDate();
    m_editor->clear();
    m_editor->setOfficeFile(file);
    m_editor->setAsOf(asOf);
    m_list->setOfficeFile(file);
    m_list->setAsOf(asOf);
}

void CasesPage::reload()
{
    m_list->reload();
    m_editor->recordMayHaveChanged();
}

void CasesPage::recordsChanged(const db::RecordsChanged &change)
{
    const QString cases = QStringLiteral("case_record");
    if (!officeFile())
        return;
    if (change.isWholeTable(cases) || change.touches(QStringLiteral("office_closure"))
        || !change.ids(cases, db::ChangeKind::Inserted).isEmpty())
        m_list->reload();
    else
        m_list->updateCases(change.ids(cases));
    const QString current = m_editor->currentId();
    const bool touchesEditor = !current.isEmpty()
        && (change.touchesRow(cases, current) || change.touches(QStringLiteral("case_event"))
            || change.touches(QStringLiteral("case_attachment")) || change.touches(QStringLiteral("office_closure")));
    if (touchesEditor)
        m_editor->recordsChanged(change.fromOtherDesktop());
}

void CasesPage::openCase(const QString &ref)
{
    m_list->selectCase(ref);
    if (m_editor->currentRef() != ref)
        m_editor->openCase(ref);
    syncListAndEditor();
}

void CasesPage::syncListAndEditor()
{
    const QString ref = m_editor->currentRef();
    if (ref.isEmpty())
        return;
    if (m_list->currentRef() == ref) {
        m_editor->setInList(true);
        return;
    }
    // One indexed query says whether the list holds the case before any rows are read on to it.
    const bool held = m_list->holdsCase(m_editor->currentId());
    if (held)
        m_list->selectCase(ref);
    else if (!m_list->currentRef().isEmpty())
        m_list->selectCase(QString()); // no other row stays current
    m_editor->setInList(held);
}

void CasesPage::showEditorCaseInList()
{
    const QString ref = m_editor->currentRef();
    m_list->clearFilter();
    if (!ref.isEmpty())
        m_list->selectCase(ref);
    syncListAndEditor();
}

void CasesPage::newCase()
{
    if (!isEditable())
        return;
    NewCaseDialog dialog(*officeFile(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.createdRef().isEmpty())
        return;
    const QString ref = dialog.createdRef();
    m_list->reload();
    m_editor->openCase(ref);
    // The new case is the list's current row; a filter that would hide it is cleared, and the user told.
    bool cleared = false;
    if (!m_list->selectCase(ref) && m_list->isFiltered()) {
        m_list->clearFilter();
        m_list->selectCase(ref);
        cleared = true;
    }
    syncListAndEditor();
    emit statusMessage(cleared ? tr("Case %1 opened; the list's search and filters were cleared to show it").arg(ref)
                               : tr("Case %1 opened").arg(ref));
}

} // namespace hub::ui

#include "ui/cases/cases_page.h"

#include "database/demo/demo_as_of.h"
#include "database/events/records_changed.h"
#include "database/office_file.h"
#include "ui/app_settings.h"
#include "ui/cases/case_editor.h"
#include "ui/cases/case_list_view.h"
#include "ui/cases/new_case_dialog.h"

#include <QHBoxLayout>
#include <QSplitter>

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
    m_splitter->setChildrenCollapsible(false);
    const QByteArray state = settings::value(QStringLiteral("casesPage/splitter"));
    if (!state.isEmpty())
        m_splitter->restoreState(state);
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this] { settings::setValue(QStringLiteral("casesPage/splitter"), m_splitter->saveState()); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_editor->setConflictResolver([this](const Error &conflict) { return resolveConflict(conflict); });
    connect(m_list, &CaseListView::currentCaseChanged, this, [this](const QString &ref) {
        if (ref.isEmpty()) {
            syncListAndEditor();   // the current row went (filtered out): the editor says so
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
    connect(m_editor, &CaseEditor::statusMessage, this, &Page::statusMessage);
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
        m_list->selectCase(QString());   // no other row stays current
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

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
        if (ref.isEmpty())
            return;
        if (ref != m_editor->currentRef())
            m_editor->openCase(ref);
    });
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
}

void CasesPage::newCase()
{
    if (!isEditable())
        return;
    NewCaseDialog dialog(*officeFile(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.createdRef().isEmpty())
        return;
    m_list->reload();
    openCase(dialog.createdRef());
    emit statusMessage(tr("Case %1 opened").arg(dialog.createdRef()));
}

} // namespace hub::ui

#pragma once
// "Cases": the case list (filters, search, paging) beside the case editor
// (header, clocks, timeline, attachments, letters), master–detail, sharing
// the page's undo stack. The list's current row and the editor's case always
// agree: a case the list does not hold (filtered out) has no current row and
// the editor's header says so; a new case is selected in the list, the
// filters cleared when they would hide it.

#include "ui/page.h"

class QSplitter;

namespace hub::ui
{

class CaseEditor;
class CaseListView;

class CasesPage : public Page
{
    Q_OBJECT
public:
    explicit CasesPage(QWidget *parent = nullptr);

    // Re-reads the list (keeping the selection) and tells the editor its case may have changed.
    void reload() override;
    // Shows a case in the editor and selects it in the list when the list holds it.
    void openCase(const QString &ref);
    // Asks for a new case and opens it.
    void newCase();

    CaseListView *list() const { return m_list; }
    CaseEditor *editor() const { return m_editor; }

    // File › Print: the open case's summary (print/case_summary_document.h).
    std::optional<DocumentJob> documentJob() const override;

signals:
    // The list's "Query log…" (CCG filtered, else the selected case's; empty: neither).
    void queryLogRequested(const QString &ccgCode);

protected:
    void officeFileChanged() override;
    // Changed cases update their list rows in place; the editor re-reads its
    // case when the change touches it.
    void recordsChanged(const db::RecordsChanged &change) override;

private:
    // Selects the editor's case in the list, or tells the editor the list does not hold it.
    void syncListAndEditor();
    // Clears the list's filters and selects the editor's case.
    void showEditorCaseInList();
    // What the list is limited to, for its printout ("Search: rent review · Clocks as of 31/03/2017").
    QString filterSummary() const;

    CaseListView *m_list;
    CaseEditor *m_editor;
    QSplitter *m_splitter;
};

} // namespace hub::ui

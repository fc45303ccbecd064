#pragma once
// "Cases": the case list (filters, search, paging) beside the case editor
// (header, clocks, timeline, attachments, letters), master–detail, sharing
// the page's undo stack.

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

protected:
    void officeFileChanged() override;
    // Changed cases update their list rows in place; the editor re-reads its
    // case when the change touches it.
    void recordsChanged(const db::RecordsChanged &change) override;

private:
    CaseListView *m_list;
    CaseEditor *m_editor;
    QSplitter *m_splitter;
};

} // namespace hub::ui

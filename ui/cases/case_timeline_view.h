#pragma once
// The case editor's Timeline tab: the CaseTimelineModel in a read-only table
// whose note column wraps, rows growing to show each whole note (and the
// tooltip holding it too), newest at the bottom and scrolled to.

#include "database/cases/case_rows.h"

#include <QTableView>

namespace hub::ui
{

class CaseTimelineModel;

class CaseTimelineView : public QTableView
{
    Q_OBJECT
public:
    explicit CaseTimelineView(QWidget *parent = nullptr);

    void showCase(const db::CaseDetail &detail);
    void clear();
    CaseTimelineModel *timeline() const { return m_model; }

private:
    CaseTimelineModel *m_model;
};

} // namespace hub::ui

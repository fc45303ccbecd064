#include "ui/cases/case_timeline_view.h"

#include "ui/models/case_timeline_model.h"
#include "ui/widgets/read_only_table.h"

#include <QHeaderView>

namespace hub::ui
{

using namespace Qt::StringLiterals;

CaseTimelineView::CaseTimelineView(QWidget *parent)
    : QTableView(parent)
    , m_model(new CaseTimelineModel(this))
{
    setObjectName(u"caseTimeline"_s);
    setModel(m_model);
    setUpReadOnlyTable(this);
    setWordWrap(true); // the whole note, on as many lines as it needs
    setTextElideMode(Qt::ElideNone);
    setTabKeyNavigation(false); // Tab leaves the table
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *h = horizontalHeader();
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    h->setSectionResizeMode(CaseTimelineModel::Date, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(CaseTimelineModel::Event, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(CaseTimelineModel::Exclusion, QHeaderView::Interactive);
    h->setSectionResizeMode(CaseTimelineModel::Note, QHeaderView::Stretch);
    h->setSectionResizeMode(CaseTimelineModel::RecordedBy, QHeaderView::ResizeToContents);
    h->resizeSection(
        CaseTimelineModel::Exclusion, fontMetrics().horizontalAdvance(u"Awaiting information from"_s) + 12);
}

void CaseTimelineView::showCase(const db::CaseDetail &detail)
{
    m_model->setCase(detail);
    scrollToBottom();
}

void CaseTimelineView::clear()
{
    m_model->clear();
}

} // namespace hub::ui

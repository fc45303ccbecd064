#include "ui/models/case_timeline_model.h"

#include "core/cases/timeline_wording.h"
#include "core/common/format.h"
#include "ui/models/roles.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace hub::ui
{

using namespace Qt::StringLiterals;

CaseTimelineModel::CaseTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaseTimelineModel::setCase(const db::CaseDetail &d)
{
    beginResetModel();
    m_events = d.timeline;
    m_asOf = d.asOf;
    m_exclusionText.clear();
    for (const hub::Exclusion &e : d.standard.exclusions)
        m_exclusionText.insert(e.code, e.text);
    for (const ClockPause &p : d.clocks.pauses)
        m_exclusionText.insert(p.exclusionCode, p.exclusionText);
    endResetModel();
}

void CaseTimelineModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_exclusionText.clear();
    endResetModel();
}

const CaseEvent *CaseTimelineModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

QString CaseTimelineModel::noteText(const CaseEvent &e)
{
    return timelineNoteText(e);
}

QString CaseTimelineModel::cellText(const CaseEvent &e, int column) const
{
    switch (column) {
    case Date:
        return formatDate(e.on);
    case Event:
        return timelineEventText(e);
    case Exclusion:
        return m_exclusionText.value(e.exclusionCode, e.exclusionCode);
    case Note:
        return noteText(e);
    case RecordedBy:
        return e.actor;
    default:
        return {};
    }
}

int CaseTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int CaseTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTimelineModel::data(const QModelIndex &index, int role) const
{
    const CaseEvent *e = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!e)
        return {};
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*e, col);
    case Qt::ToolTipRole: {
        // Rich text, so a long note wraps in its tooltip instead of running off the screen.
        const QString text = cellText(*e, col);
        return text.isEmpty() ? QVariant() : QVariant(u"<p>%1</p>"_s.arg(text.toHtmlEscaped()));
    }
    case Qt::ForegroundRole:
        if (m_asOf.isValid() && e->on > m_asOf)
            return QBrush(QColor(0xAE, 0xB7, 0xBD)); // after the as-of day: not yet counted
        if (e->kind == CaseEventKind::Paused || e->kind == CaseEventKind::Resumed)
            return QBrush(QColor(0x42, 0x55, 0x63));
        return {};
    case Qt::FontRole:
        if (col == Event && (e->kind == CaseEventKind::Paused || e->kind == CaseEventKind::Closed)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case SortRole:
        return col == Date ? QVariant(e->on) : QVariant(cellText(*e, col));
    case KeyRole:
        return e->meta.id;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant CaseTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Event:
        return tr("Event");
    case Exclusion:
        return tr("Exclusion");
    case Note:
        return tr("Note / detail");
    case RecordedBy:
        return tr("Recorded by");
    default:
        return {};
    }
}

} // namespace hub::ui

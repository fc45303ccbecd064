#include "ui/models/query_log_model.h"

#include "core/cases/case_type.h"
#include "core/common/format.h"
#include "database/cases/query_log_repository.h"
#include "database/events/change_notifier.h"
#include "database/events/records_changed.h"
#include "database/office_file.h"
#include "ui/cases/clock_palette.h"
#include "ui/models/roles.h"

#include <QColor>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

QString yesNo(bool v)
{
    return v ? QObject::tr("yes") : QObject::tr("no");
}

} // namespace

QueryLogModel::QueryLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QStringList QueryLogModel::readTables()
{
    return { u"case_record"_s, u"case_event"_s, u"office_closure"_s, u"service_standard"_s, u"standard_exclusion"_s,
        u"practice"_s, u"ccg"_s };
}

void QueryLogModel::setOfficeFile(db::OfficeFile *file)
{
    disconnect(m_changes);
    beginResetModel();
    m_file = file;
    m_ccg.clear();
    m_log = {};
    m_has = false;
    m_error.clear();
    endResetModel();
    if (file && file->changes()) {
        m_changes = connect(
            file->changes(), &db::ChangeNotifier::recordsChanged, this, [this](const db::RecordsChanged &change) {
                if (change.touchesAny(readTables()))
                    refresh();
            });
    }
    emit logRead();
}

void QueryLogModel::showLog(const QString &ccgCode, int year, int month, const QDate &asOf)
{
    m_ccg = ccgCode;
    m_year = year;
    m_month = month;
    m_asOf = asOf;
    refresh();
}

void QueryLogModel::refresh()
{
    beginResetModel();
    m_has = false;
    m_error.clear();
    m_log = {};
    if (m_file && !m_ccg.isEmpty()) {
        Result<QueryLog> read = db::QueryLogRepository(*m_file).build(m_ccg, m_year, m_month, m_asOf);
        if (read) {
            m_log = read.value();
            m_has = true;
        } else {
            m_error = read.error().message;
        }
    }
    endResetModel();
    emit logRead();
}

const QueryLogLine *QueryLogModel::lineAt(int row) const
{
    if (row < 0)
        return nullptr;
    if (row < m_log.lines.size())
        return &m_log.lines.at(row);
    row -= int(m_log.lines.size());
    return row < m_log.excludedLines.size() ? &m_log.excludedLines.at(row) : nullptr;
}

bool QueryLogModel::isExcludedRow(int row) const
{
    return row >= m_log.lines.size() && row < rowCount();
}

int QueryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_log.lines.size() + m_log.excludedLines.size());
}

int QueryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueryLogModel::data(const QModelIndex &index, int role) const
{
    const QueryLogLine *l = index.isValid() ? lineAt(index.row()) : nullptr;
    if (!l)
        return {};
    const bool excluded = isExcludedRow(index.row());
    const auto date = [role](const QDate &d) -> QVariant { return role == SortRole ? QVariant(d) : formatDate(d); };
    if (role == KeyRole)
        return l->ref;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Section:
            return excluded ? tr("excluded") : tr("within standard");
        case Reference:
            return l->ref;
        case Type:
            return caseTypeLabel(l->typeCode);
        case PracticeCode:
            return l->practiceOds;
        case Practice:
            return l->practiceName;
        case Title:
            return l->title;
        case Officer:
            return l->officer;
        case Received:
            return date(l->received);
        case AcknowledgeDue:
            return date(l->acknowledgeDue);
        case Acknowledged:
            return date(l->acknowledgedOn);
        case Acknowledgement:
            return clockStateName(l->acknowledgeState);
        case ResponseDue:
            return date(l->responseDue);
        case Responded:
            return date(l->respondedOn);
        case Response:
            return clockStateName(l->responseState);
        case Closed:
            return date(l->closedOn);
        case Open:
            return yesNo(l->open);
        case Overdue:
            return yesNo(l->overdue);
        case Exclusions:
            return l->exclusions;
        case PausedWorkingDays:
            return role == SortRole ? QVariant(l->pausedWorkingDays) : QVariant(QString::number(l->pausedWorkingDays));
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if (index.column() == Acknowledgement)
            return clockStateIcon(l->acknowledgeState);
        if (index.column() == Response)
            return clockStateIcon(l->responseState);
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Acknowledgement)
            return clockStateColour(l->acknowledgeState);
        if (index.column() == Response)
            return clockStateColour(l->responseState);
        if (index.column() == Overdue && l->overdue)
            return clockStateColour(ClockState::Breached);
        return excluded ? QVariant(QColor(0x42, 0x55, 0x63)) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Type:
            return l->typeCode;
        case Title:
            return l->title;
        case Practice:
            return l->practiceName;
        case Exclusions:
            return excluded ? tr("Clock stopped under an exclusion: left out of the compliance figures") : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == PausedWorkingDays)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant QueryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == PausedWorkingDays)
        return tr("Paused working days: how long the clock was stopped under an exclusion");
    if (role == Qt::ToolTipRole) // the CSV's column name, on one line
        return headerData(section, orientation, Qt::DisplayRole)
            .toString()
            .replace(u"-\n"_s, QString())
            .replace(u'\n', u' ');
    switch (section) {
    case Section:
        return tr("Section");
    case Reference:
        return tr("Reference");
    case Type:
        return tr("Type");
    case PracticeCode:
        return tr("Practice\ncode");
    case Practice:
        return tr("Practice");
    case Title:
        return tr("Title");
    case Officer:
        return tr("Officer");
    case Received:
        return tr("Received");
    case AcknowledgeDue:
        return tr("Acknowledgement\ndue");
    case Acknowledged:
        return tr("Acknowledged");
    case Acknowledgement:
        return tr("Acknowledge-\nment");
    case ResponseDue:
        return tr("Response\ndue");
    case Responded:
        return tr("Responded /\nupdated");
    case Response:
        return tr("Response");
    case Closed:
        return tr("Closed");
    case Open:
        return tr("Open");
    case Overdue:
        return tr("Overdue");
    case Exclusions:
        return tr("Exclusions");
    case PausedWorkingDays:
        return tr("Paused\nworking days");
    default:
        return {};
    }
}

} // namespace hub::ui

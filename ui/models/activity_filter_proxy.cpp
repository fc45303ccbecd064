// Responsibility matrix filter.
#include "ui/models/activity_filter_proxy.h"

#include "core/catalogue/catalogue.h"
#include "ui/models/activity_tree_model.h"
#include "ui/models/roles.h"

#include <functional>

namespace hub::ui
{

ActivityFilterProxy::ActivityFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(SortRole);
}

void ActivityFilterProxy::setTreeModel(ActivityTreeModel *model)
{
    m_tree = model;
    setSourceModel(model);
}

void ActivityFilterProxy::setMarker(Marker marker)
{
    if (m_marker == marker)
        return;
    m_marker = marker;
    invalidateFilter();
}

void ActivityFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    invalidateFilter();
}

QString ActivityFilterProxy::markerName(Marker marker)
{
    switch (marker) {
    case Marker::Core:
        return tr("CORE");
    case Marker::Support:
        return tr("SUPPORT");
    case Marker::Ccg:
        return tr("CCG \u2612");
    case Marker::Determine:
        return tr("For each CCG to determine");
    case Marker::All:
        break;
    }
    return tr("All");
}

QString ActivityFilterProxy::emptyReason() const
{
    if (!m_tree || shownActivityCount() > 0)
        return {};
    if (totalActivityCount() == 0)
        return tr("The office file holds no responsibility matrix.");
    if (!m_search.isEmpty()) {
        QString which;
        switch (m_marker) {
        case Marker::Core:
            which = tr("No CORE activity");
            break;
        case Marker::Support:
            which = tr("No SUPPORT activity");
            break;
        case Marker::Ccg:
            which = tr("No CCG \u2612 activity");
            break;
        case Marker::Determine:
            which = tr("No activity for each CCG to determine");
            break;
        case Marker::All:
            return tr("No activity mentions \u201C%1\u201D. Try fewer or other words.").arg(m_search);
        }
        return tr("%1 mentions \u201C%2\u201D. Try fewer words, or show All.").arg(which, m_search);
    }
    switch (m_marker) {
    case Marker::Core:
        return tr("No activity is marked CORE.");
    case Marker::Support:
        return tr("No activity is marked SUPPORT.");
    case Marker::Ccg:
        return tr("No activity is marked \u2612 as a CCG function.");
    case Marker::Determine:
        return tr("No activity is left for each CCG to determine: none is marked TBC, and none is shared "
                  "between a CCG (\u2612) and the Hub (CORE or SUPPORT).");
    case Marker::All:
        break;
    }
    return {};
}

bool ActivityFilterProxy::matchesText(const QString &text) const
{
    return m_search.isEmpty() || text.contains(m_search, Qt::CaseInsensitive);
}

bool ActivityFilterProxy::acceptsActivity(const Activity &a, const DelegatedFunction &f) const
{
    switch (m_marker) {
    case Marker::Core:
        if (a.hubRole != HubRole::Core)
            return false;
        break;
    case Marker::Support:
        if (a.hubRole != HubRole::Support)
            return false;
        break;
    case Marker::Ccg:
        if (!a.ccgRole)
            return false;
        break;
    case Marker::Determine:
        if (!a.needsDetermination())
            return false;
        break;
    case Marker::All:
        break;
    }
    // A word in the function's title shows all its activities.
    return matchesText(a.key) || matchesText(a.text) || matchesText(a.subgroup) || matchesText(a.hubMarker())
        || matchesText(f.title);
}

bool ActivityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tree)
        return true;
    const QModelIndex idx = m_tree->index(sourceRow, 0, sourceParent);
    const DelegatedFunction *f = m_tree->functionAt(idx);
    switch (m_tree->kindOf(idx)) {
    case ActivityTreeModel::NodeKind::Activity:
        return acceptsActivity(*m_tree->activityAt(idx), *f);
    case ActivityTreeModel::NodeKind::Note:
        return m_marker == Marker::All && (matchesText(f->note) || matchesText(f->title));
    case ActivityTreeModel::NodeKind::Function:
    case ActivityTreeModel::NodeKind::Subgroup:
    case ActivityTreeModel::NodeKind::Root:
        break;
    }
    // Function and subgroup rows show only when something beneath them does (recursive filtering).
    return false;
}

int ActivityFilterProxy::shownActivityCount() const
{
    if (!m_tree)
        return 0;
    int n = 0;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_tree->rowCount(parent); ++r) {
            const QModelIndex idx = m_tree->index(r, 0, parent);
            if (const Activity *a = m_tree->activityAt(idx))
                n += acceptsActivity(*a, *m_tree->functionAt(idx)) ? 1 : 0;
            walk(idx);
        }
    };
    walk({});
    return n;
}

int ActivityFilterProxy::totalActivityCount() const
{
    return m_tree ? m_tree->activityCount() : 0;
}

} // namespace hub::ui

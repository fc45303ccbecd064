#pragma once
// Filters the responsibility matrix by marker (All / CORE / SUPPORT / CCG ☒ /
// for each CCG to determine) and by words, keeping each shown activity's
// function and subgroup rows.

#include <QSortFilterProxyModel>

namespace hub
{
struct Activity;
struct DelegatedFunction;
}

namespace hub::ui
{

class ActivityTreeModel;

class ActivityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Determine: the rows each CCG settles in its specification (TBC and shared
    // rows: Activity::needsDetermination, the rule the specification uses).
    enum class Marker { All, Core, Support, Ccg, Determine };

    explicit ActivityFilterProxy(QObject *parent = nullptr);

    void setTreeModel(ActivityTreeModel *model);
    void setMarker(Marker marker);
    Marker marker() const { return m_marker; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    // Activities the current filter lets through, and all of them.
    int shownActivityCount() const;
    int totalActivityCount() const;

    // The filter's name as its button shows it: "All", "CORE", "SUPPORT", "CCG ☒",
    // "For each CCG to determine".
    static QString markerName(Marker marker);
    // Why nothing is shown, in the user's words (empty when something is).
    QString emptyReason() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsActivity(const Activity &activity, const DelegatedFunction &function) const;
    bool matchesText(const QString &text) const;

    ActivityTreeModel *m_tree = nullptr;
    Marker m_marker = Marker::All;
    QString m_search;
};

} // namespace hub::ui

#pragma once
// Filters the responsibility matrix by marker (All / CORE / TBC / SUPPORT /
// CCG) and by words, keeping each shown activity's function and subgroup rows.

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
    enum class Marker { All, Core, Tbc, Support, Ccg };

    explicit ActivityFilterProxy(QObject *parent = nullptr);

    void setTreeModel(ActivityTreeModel *model);
    void setMarker(Marker marker);
    Marker marker() const { return m_marker; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    // Activities the current filter lets through, and all of them.
    int shownActivityCount() const;
    int totalActivityCount() const;

    static QString markerName(Marker marker); // "All", "CORE", ...

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

#pragma once
// "Functions & responsibilities": the MoU's responsibility matrix (functions
// I-XII and their activities with the CCG ☒ and Hub markers, and the rows
// each CCG determines), filtered by marker and words, an empty result saying
// why. The selected activity's history shows below; "Edit activity…" (never
// a double-click) opens the edit, which asks before changing the agreed MoU
// and is undoable.

#include "ui/models/activity_filter_proxy.h"
#include "ui/page.h"
#include "ui/undo/versioned_edit_command.h"

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace hub::ui
{

class ActivityHistoryPanel;
class ActivityTreeModel;

class FunctionsPage : public Page
{
    Q_OBJECT
public:
    explicit FunctionsPage(QWidget *parent = nullptr);

    void reload() override;

    void setMarkerFilter(ActivityFilterProxy::Marker marker);
    void setSearchText(const QString &text);
    ActivityFilterProxy *proxy() const { return m_proxy; }
    ActivityTreeModel *treeModel() const { return m_model; }

    // Selects (and shows the history of) an activity; false when it is not shown.
    bool selectActivity(const QString &key);
    QString currentActivityKey() const;
    ActivityHistoryPanel *historyPanel() const { return m_history; }

    // The edit dialog for the selected activity (the Edit activity… button).
    void editSelectedActivity();
    void editActivity(const QString &key);
    // Pushes an undoable change of one activity (fields as ActivityDialog::values()).
    void applyActivityEdit(const QString &key, const QVariantMap &after);

private:
    void updateCount();
    void showSelected();
    std::optional<RecordState> readActivity(const QString &key);
    bool writeActivity(const QString &key, const QVariantMap &values, std::int64_t version);

    ActivityTreeModel *m_model;
    ActivityFilterProxy *m_proxy;
    QTreeView *m_tree;
    QButtonGroup *m_markers;
    QLineEdit *m_search;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QPushButton *m_edit;
    ActivityHistoryPanel *m_history;
};

} // namespace hub::ui

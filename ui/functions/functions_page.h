#pragma once
// "Functions & responsibilities": the MoU's responsibility matrix (functions
// I-XII and their activities with the CCG ☒ and Hub markers), filtered by
// marker and words; double-click an activity to edit it (undoable).

#include "ui/models/activity_filter_proxy.h"
#include "ui/page.h"
#include "ui/undo/versioned_edit_command.h"

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QTreeView;

namespace hub::ui
{

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

    void editActivity(const QString &key);
    // Pushes an undoable change of one activity (fields as ActivityDialog::values()).
    void applyActivityEdit(const QString &key, const QVariantMap &after);

private:
    void updateCount();
    std::optional<RecordState> readActivity(const QString &key);
    bool writeActivity(const QString &key, const QVariantMap &values, std::int64_t version);

    ActivityTreeModel *m_model;
    ActivityFilterProxy *m_proxy;
    QTreeView *m_tree;
    QButtonGroup *m_markers;
    QLineEdit *m_search;
    QLabel *m_count;
};

} // namespace hub::ui

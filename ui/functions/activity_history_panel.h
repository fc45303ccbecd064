#pragma once
// Under the responsibility matrix: the selected activity's history, newest
// first, one line per field an edit changed ("12/03/2026 14:02 · a.khan
// changed the wording from “…” to “…”"), or that it is as the MoU was agreed.

#include "database/catalogue/catalogue_repository.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace hub::ui
{

class ActivityHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityHistoryPanel(QWidget *parent = nullptr);

    void showHistory(const QString &activityKey, const QVector<db::ActivityChange> &changes);
    // Nothing selected (or not an activity).
    void clear();

    // The lines shown, as text (tests and the status bar read them).
    QStringList lines() const;
    // One change in the user's words.
    static QString describe(const db::ActivityChange &change);

private:
    QLabel *m_title;
    QListWidget *m_list;
};

} // namespace hub::ui

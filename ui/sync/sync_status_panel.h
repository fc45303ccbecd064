#pragma once
// The top of the Office sync page: this office's sync state (identity,
// exchange folder, changes waiting, last export, conflict counts, content
// fingerprint) beside the other offices heard from.

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace hub::db
{
struct SyncStatus;
}

namespace hub::ui
{

class SyncStatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusPanel(QWidget *parent = nullptr);

    void showStatus(const db::SyncStatus &status, const QString &officeName);
    // No office file: every value shows "—".
    void clear();
    void setEditable(bool editable);

signals:
    void changeFolderRequested();

private:
    QLabel *m_office;
    QLabel *m_folder;
    QPushButton *m_changeFolder;
    QLabel *m_pending;
    QLabel *m_lastExport;
    QLabel *m_conflictCounts;
    QLabel *m_fingerprint;
    QTableWidget *m_peers;
    QLabel *m_peersEmpty;
    QStackedWidget *m_peerStack;
};

} // namespace hub::ui

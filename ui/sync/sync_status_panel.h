#pragma once
// The top of the Office sync page, in plain words: where this office stands
// with the others (ui/sync/sync_words.h), its exchange folder, the changes
// waiting to go, the conflicts to review, and the other offices heard from.
// Identifiers (office id, content fingerprint, change numbers) sit in a
// collapsed Details section.

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QToolButton;

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
    // Opens or closes the Details section.
    void setDetailsShown(bool shown);
    bool detailsShown() const;

signals:
    void changeFolderRequested();

private:
    QLabel *m_headline;
    QLabel *m_office;
    QLabel *m_folder;
    QPushButton *m_changeFolder;
    QLabel *m_pending;
    QLabel *m_lastExport;
    QLabel *m_conflictCounts;
    QToolButton *m_detailsToggle;
    QWidget *m_details;
    QLabel *m_officeId;
    QLabel *m_fingerprint;
    QLabel *m_numbers;
    QLabel *m_peerNumbers;
    QTableWidget *m_peers;
    QLabel *m_peersEmpty;
    QStackedWidget *m_peerStack;
};

} // namespace hub::ui

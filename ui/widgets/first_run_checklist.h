#pragma once
// My work's first-run checklist for a new office: add the CCGs it serves,
// name their Hub leads, import the practices, set the backup folder. Each
// step is ticked from the office file (database/ccgs/office_setup.h) and has
// a button taking the user there. Hidden once every step is done, for a demo
// office (set up already), or when the user hides it for this office.

#include "database/ccgs/office_setup.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class FirstRunChecklist : public QFrame
{
    Q_OBJECT
public:
    enum Step { Ccgs, Leads, Practices, BackupFolder, StepCount };

    explicit FirstRunChecklist(QWidget *parent = nullptr);

    // Follows this file's changes to CCGs and practices (null: hidden).
    void setOfficeFile(db::OfficeFile *file);
    // Re-reads the steps (the backup folder is a local setting, with no change event).
    void refresh();

    bool isDone(Step step) const;
    // Whether the checklist wants to be seen (it may still sit on a hidden page).
    bool isWanted() const { return m_wanted; }
    const db::OfficeSetup &setup() const { return m_setup; }

signals:
    // The user asked to do a step; `ccgCode`: the CCG to start with (Leads).
    void stepRequested(hub::ui::FirstRunChecklist::Step step, const QString &ccgCode);

private:
    void hideForThisOffice();
    QString hiddenKey() const;

    db::OfficeFile *m_file = nullptr;
    db::OfficeSetup m_setup;
    bool m_wanted = false;
    QLabel *m_title;
    QLabel *m_state[StepCount];
    QLabel *m_text[StepCount];
    QPushButton *m_button[StepCount];
    QMetaObject::Connection m_changes;
};

} // namespace hub::ui

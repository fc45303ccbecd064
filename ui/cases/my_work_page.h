#pragma once
// "My work": the officer's home. Four short lists read at an as-of day:
// overdue, due today, due this week (the working days left in the week, by
// the office's calendar) and awaiting acknowledgement, each with its count,
// for one officer or everyone. A demo office is read as of its history's
// last day (database/demo/demo_as_of.h), and says so.

#include "ui/page.h"

#include <QDate>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace hub::ui
{

class CaseTableModel;
class FirstRunChecklist;

class MyWorkPage : public Page
{
    Q_OBJECT
public:
    enum Section { Overdue, DueToday, DueThisWeek, AwaitingAcknowledgement, InformationDue, SectionCount };

    explicit MyWorkPage(QWidget *parent = nullptr);

    void reload() override;

    // The officer shown ("" = everyone).
    QString officer() const;
    void setOfficer(const QString &officer);
    QDate asOf() const;
    void setAsOf(const QDate &day);

    // The days "due this week" covers as of asOf() (first, last); the following
    // working week when asOf() is the last working day of its week.
    QPair<QDate, QDate> weekAhead() const;

    CaseTableModel *sectionModel(Section section) const { return m_models[section]; }
    QTableView *sectionTable(Section section) const { return m_tables[section]; }
    int sectionCount(Section section) const;
    // A new office's setup steps (ui/widgets/first_run_checklist.h).
    FirstRunChecklist *checklist() const { return m_checklist; }

signals:
    void openCase(const QString &ref);

protected:
    void officeFileChanged() override;
    // Case changes update the sections' rows in place; a section re-queries
    // only when a case may have joined it, and closures re-read everything.
    void recordsChanged(const db::RecordsChanged &change) override;

private:
    void fillOfficers();
    void refreshSections();
    void updateHeadings();

    QComboBox *m_officer;
    QDateEdit *m_asOf;
    QLabel *m_note;
    QLabel *m_headings[SectionCount];
    QTableView *m_tables[SectionCount];
    CaseTableModel *m_models[SectionCount];
    bool m_chooseDefaultOfficer = true;
    FirstRunChecklist *m_checklist;
};

} // namespace hub::ui

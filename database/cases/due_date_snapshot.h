#pragma once
// The stored due dates of every open case, taken before a change to the
// office calendar (a closure day added, renamed or removed) and compared
// after it: "Due dates of 3 open cases moved". One count for the Calendar
// page and `hubcase-cli closure add/remove`.

#include <QDate>
#include <QHash>
#include <QPair>
#include <QString>

namespace hub::db
{

class OfficeFile;

class DueDateSnapshot
{
public:
    // Acknowledgement and response due dates of the cases open now, by id.
    static DueDateSnapshot ofOpenCases(OfficeFile &file);

    // How many cases open in `after` have due dates other than in this snapshot.
    int movedIn(const DueDateSnapshot &after) const;

private:
    QHash<QString, QPair<QDate, QDate>> m_due;
};

} // namespace hub::db

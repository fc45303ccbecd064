#pragma once
// The monthly summary log of queries per CCG (activity XII.20): every query
// received in the month with its clocks, the month's counts, and compliance
// against the acknowledgement (5) and response/update (20) standards.
// Cases whose clock was stopped under an exclusion are listed separately and
// left out of the percentages, never hidden.

#include "core/calendar/working_calendar.h"
#include "core/cases/case_clock.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace hub
{

// What the repository feeds in: one query case with its timeline.
struct QueryLogInput {
    QString ref;
    QString typeCode;
    QString practiceOds;
    QString practiceName;
    QString title;
    QString officer;
    QDate received;
    QVector<CaseEvent> events;
};

struct QueryLogLine {
    QString ref;
    QString typeCode;
    QString practiceOds;
    QString practiceName;
    QString title;
    QString officer;
    QDate received;
    QDate acknowledgeDue;
    QDate acknowledgedOn;
    ClockState acknowledgeState = ClockState::NotApplicable;
    QDate responseDue; // first period's due date: the standard's measure
    QDate respondedOn; // first update or full response
    ClockState responseState = ClockState::NotApplicable; // first period
    QDate closedOn;
    bool open = true;
    bool overdue = false; // a clock breached as of the log date
    bool excluded = false; // clock stopped under an exclusion at some point
    QString exclusions; // "further-investigation; outside-responsibility"
    int pausedWorkingDays = 0;
};

struct QueryLogTotals {
    int received = 0;
    int acknowledged = 0;
    int responded = 0; // full response or update given
    int open = 0;
    int overdue = 0;
    int excluded = 0;
    // Compliance over decided, non-excluded clocks (met, met late, breached).
    int acknowledgeMeasured = 0;
    int acknowledgeInTime = 0;
    int responseMeasured = 0;
    int responseInTime = 0;
    // -1 when nothing was measured.
    double acknowledgeCompliance() const
    {
        return acknowledgeMeasured ? 100.0 * acknowledgeInTime / acknowledgeMeasured : -1;
    }
    double responseCompliance() const { return responseMeasured ? 100.0 * responseInTime / responseMeasured : -1; }
};

struct QueryLog {
    QString ccgCode;
    QString ccgName;
    int year = 0;
    int month = 0;
    QDate asOf; // clocks read as of this day
    int acknowledgeDays = 0;
    int responseDays = 0;
    QVector<QueryLogLine> lines; // within the standard
    QVector<QueryLogLine> excludedLines; // shown separately
    QueryLogTotals totals;

    QDate firstDay() const { return QDate(year, month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    QString monthName() const; // "January 2016"
};

// `asOf` null -> the month's last day.
QueryLog buildQueryLog(const QString &ccgCode, const QString &ccgName, int year, int month,
    const QVector<QueryLogInput> &cases, const ServiceStandard &queries, const WorkingCalendar &calendar,
    const QDate &asOf = {});

// The day a screen reads a month's clocks as of: the month's last day, or
// `today` (the office file's as-of day) while the month is still running.
QDate queryLogClockDay(int year, int month, const QDate &today);

// "94.1%", "n/a"
QString formatPercent(double pct);

} // namespace hub

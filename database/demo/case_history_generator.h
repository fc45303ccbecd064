#pragma once
// A deterministic case history for the demo office (and the search
// benchmark): queries, data requests, variations, premises work,
// performance concerns and MoU concerns across the CCGs and their practices,
// with late answers, paused (excluded) clocks and escalated concerns, so every
// screen has something true to show. Same seed, same history.

#include "core/calendar/working_calendar.h"
#include "core/common/result.h"
#include "database/cases/case_repository.h"

#include <QDate>

namespace hub::db
{

class OfficeFile;

struct CaseHistoryOptions {
    quint32 seed = 20151201;
    int cases = 3000;
    QDate from = QDate(2015, 12, 1);
    QDate to = QDate(2017, 3, 31);
};

struct CaseHistorySummary {
    int cases = 0;
    int events = 0;
    int paused = 0; // had a clock stopped under an exclusion
    int late = 0; // acknowledged or answered after the due date
    int open = 0;
    int mouConcerns = 0;
};

struct GeneratorPractice {
    QString ods;
    QString name;
    QString ccg;
};

// The cases alone (no database): for tests and the benchmark.
QVector<CaseRepository::Import> makeCaseHistory(const QVector<GeneratorPractice> &practices, const QStringList &ccgs,
    const WorkingCalendar &calendar, const CaseHistoryOptions &options, CaseHistorySummary *summary = nullptr);

// Adds closure days, the letter templates and the case history to `file`.
Result<CaseHistorySummary> generateCaseHistory(OfficeFile &file, const CaseHistoryOptions &options = {});

} // namespace hub::db

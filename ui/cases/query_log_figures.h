#pragma once
// The figures above the query log's table: which CCG and month, the days it
// covers and the day its clocks are read as of, the month's counts, and
// compliance against the acknowledgement and response standards, each said
// in working days ("Acknowledged within 5 working days: 90.9% (10 of 11)").

#include "core/cases/query_log.h"

#include <QFrame>

class QLabel;

namespace hub::ui
{

class QueryLogFigures : public QFrame
{
    Q_OBJECT
public:
    explicit QueryLogFigures(QWidget *parent = nullptr);

    // Shows `log`; with `error` set, says the log could not be read instead.
    void showLog(const QueryLog &log);
    void showError(const QString &error);

    // The lines shown, for the screen and its tests.
    static QString headingText(const QueryLog &log); // "NHS Dudley CCG (05C) — March 2017"
    static QString periodText(const QueryLog &log); // "Queries received 01/03/2017 to 31/03/2017 · clocks as of …"
    static QString countsText(const QueryLog &log); // "12 received · 11 acknowledged · …"
    static QString acknowledgeText(const QueryLog &log);
    static QString responseText(const QueryLog &log);

private:
    QLabel *m_heading;
    QLabel *m_period;
    QLabel *m_counts;
    QLabel *m_acknowledge;
    QLabel *m_response;
    QLabel *m_note;
};

} // namespace hub::ui

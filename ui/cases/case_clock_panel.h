#pragma once
// The two service clocks of a case (acknowledgement, response/update): due
// date, state in colour, working days left, paused days, and "Why this date?".

#include "database/cases/case_rows.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace hub::ui
{

class CaseClockPanel : public QFrame
{
    Q_OBJECT
public:
    explicit CaseClockPanel(QWidget *parent = nullptr);

    // `calendar` (optional) counts the working days each clock stood still.
    void showClocks(const db::CaseDetail &detail, const WorkingCalendar *calendar = nullptr);
    void clear();

    // "Met", "Overdue", "Due today", ... and the colours used for a state.
    static QString stateText(ClockState state);
    static QString stateColour(ClockState state);

signals:
    void whyAcknowledgeRequested();
    void whyResponseRequested();

private:
    struct Row {
        QLabel *due;
        QLabel *state;
        QLabel *left;
        QLabel *paused;
        QPushButton *why;
    };
    Row makeRow(int row, const QString &name, const QString &prefix, const QString &whyName);
    void fill(Row &row, const ClockResult &clock, const db::CaseDetail &detail, const WorkingCalendar *calendar);

    Row m_ack;
    Row m_response;
    QLabel *m_summary;
};

} // namespace hub::ui

// Clocks panel of the case editor.
#include "ui/cases/case_clock_panel.h"

#include "core/cases/clock_wording.h"
#include "core/common/format.h"
#include "ui/cases/clock_palette.h"

#include <algorithm>

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

QLabel *headingLabel(const QString &text)
{
    auto *l = new QLabel(text);
    l->setStyleSheet(u"color:#4C6272; font-size:8pt; font-weight:600;"_s);
    return l;
}

// Working days a clock stood still: inside a pause, before the clock was met
// and not after the as-of day.
int stoppedDays(const ClockResult &clock, const db::CaseDetail &detail, const WorkingCalendar *calendar)
{
    if (!calendar)
        return detail.clocks.pausedWorkingDays;
    const QDate last = clock.metOn.isValid() ? std::min(clock.metOn.addDays(-1), detail.asOf) : detail.asOf;
    int n = 0;
    for (const ClockPause &p : detail.clocks.pauses) {
        const QDate end = std::min(p.resumedOn.isValid() ? p.resumedOn.addDays(-1) : detail.asOf, last);
        for (QDate d = p.pausedOn; d.isValid() && d <= end; d = d.addDays(1)) {
            if (calendar->isWorkingDay(d))
                ++n;
        }
    }
    return n;
}

} // namespace

CaseClockPanel::CaseClockPanel(QWidget *parent)
    : QFrame(parent)
    , m_summary(new QLabel)
{
    setObjectName(u"caseClocks"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"QFrame#caseClocks { background:#F0F4F5; border:1px solid #D8DDE0; border-radius:4px; }"_s);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    grid->addWidget(headingLabel(tr("SERVICE CLOCK")), 0, 0);
    grid->addWidget(headingLabel(tr("DUE")), 0, 1);
    grid->addWidget(headingLabel(tr("STATE")), 0, 2);
    QLabel *left = headingLabel(tr("WORKING DAYS"));
    left->setToolTip(tr("Working days left before the due date, or past it, by the office's calendar"));
    grid->addWidget(left, 0, 3);
    QLabel *paused = headingLabel(tr("PAUSED"));
    paused->setToolTip(tr("Working days the clock was stopped under an exclusion"));
    grid->addWidget(paused, 0, 4);
    m_ack = makeRow(1, tr("Acknowledgement"), u"ack"_s, u"whyAcknowledge"_s);
    m_response = makeRow(2, tr("Response / update"), u"response"_s, u"whyResponse"_s);
    m_summary->setObjectName(u"clockSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(u"color:#4C6272;"_s);
    grid->addWidget(m_summary, 3, 0, 1, 6);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(3, 3);
    grid->setColumnStretch(4, 2);
    connect(m_ack.why, &QPushButton::clicked, this, &CaseClockPanel::whyAcknowledgeRequested);
    connect(m_response.why, &QPushButton::clicked, this, &CaseClockPanel::whyResponseRequested);
    clear();
}

CaseClockPanel::Row CaseClockPanel::makeRow(int row, const QString &name, const QString &prefix, const QString &whyName)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    auto *title = new QLabel(u"<b>%1</b>"_s.arg(name.toHtmlEscaped()));
    Row r { new QLabel, new QLabel, new QLabel, new QLabel, new QPushButton(tr("Why this date?")) };
    r.due->setObjectName(prefix + u"Due"_s);
    r.state->setObjectName(prefix + u"State"_s);
    r.left->setObjectName(prefix + u"DaysLeft"_s);
    r.paused->setObjectName(prefix + u"PausedDays"_s);
    r.why->setObjectName(whyName);
    r.why->setToolTip(tr("Shows each day counted or skipped, and why"));
    r.due->setStyleSheet(u"font-weight:600;"_s);
    // Wrapping, so a long value ("Overdue by 12 working days", "Thu 27/11/2026"
    // on a narrow editor) never widens the editor beyond a 1280-pixel window.
    title->setWordWrap(true);
    for (QLabel *l : { r.due, r.left, r.paused })
        l->setWordWrap(true);
    grid->addWidget(title, row, 0);
    grid->addWidget(r.due, row, 1);
    grid->addWidget(r.state, row, 2);
    grid->addWidget(r.left, row, 3);
    grid->addWidget(r.paused, row, 4);
    grid->addWidget(r.why, row, 5);
    return r;
}

QString CaseClockPanel::stateText(ClockState state)
{
    return clockStateLabel(state); // the one wording, shared with the case lists
}

QString CaseClockPanel::stateColour(ClockState state)
{
    return clockStateColour(state).name(); // the one palette (ui/cases/clock_palette.h)
}

void CaseClockPanel::fill(
    Row &row, const ClockResult &clock, const db::CaseDetail &detail, const WorkingCalendar *calendar)
{
    const ClockState st = clock.state;
    row.state->setText(stateText(st));
    row.state->setStyleSheet(clockBadgeStyle(st));
    row.state->setToolTip(clockStateName(st));
    row.why->setEnabled(clock.applies());
    row.left->setStyleSheet(QString());
    if (!clock.applies()) {
        row.due->setText(tr("—"));
        row.due->setStyleSheet(u"color:#4C6272;"_s);
        row.left->setText(tr("—"));
        row.paused->setText(tr("—"));
        row.state->setToolTip(tr("The case's service standard sets no such clock."));
        return;
    }
    if (clock.due.isValid())
        row.due->setText(deadlineText(clock.due));
    else
        row.due->setText(st == ClockState::Paused ? tr("none while paused") : tr("—"));
    row.due->setStyleSheet(clock.due.isValid() ? u"font-weight:600;"_s : u"color:#4C6272;"_s);
    if (isFinished(st)) {
        row.left->setText(tr("met %1").arg(formatDate(clock.metOn)));
    } else if (st == ClockState::Paused) {
        row.left->setText(tr("stopped"));
    } else {
        // The wording the case list and My work use for the same clock, in working days.
        static const WorkingCalendar fallback = WorkingCalendar::englandAndWales().value();
        row.left->setText(clockStateText(st, clock.due, detail.asOf, calendar ? *calendar : fallback));
        if (st == ClockState::Breached)
            row.left->setStyleSheet(u"color:%1; font-weight:600;"_s.arg(clockStateColour(st).name()));
    }
    const int stopped = stoppedDays(clock, detail, calendar);
    row.paused->setText(stopped == 0 ? tr("none")
            : stopped == 1           ? tr("1 working day")
                                     : tr("%1 working days").arg(stopped));
}

void CaseClockPanel::showClocks(const db::CaseDetail &detail, const WorkingCalendar *calendar)
{
    fill(m_ack, detail.clocks.acknowledge, detail, calendar);
    fill(m_response, detail.clocks.response, detail, calendar);
    QStringList parts;
    const ServiceStandard &s = detail.standard;
    if (s.acknowledgeWorkingDays > 0 || s.responseWorkingDays > 0) {
        parts << tr("%1 standard: acknowledge within %2, respond within %3 working days")
                     .arg(s.name, s.acknowledgeWorkingDays > 0 ? QString::number(s.acknowledgeWorkingDays) : tr("—"),
                         s.responseWorkingDays > 0 ? QString::number(s.responseWorkingDays) : tr("—"));
    } else {
        parts << tr("%1 standard: no working-day clock").arg(s.name);
    }
    if (detail.clocks.paused)
        parts << tr("clocks stopped since %1").arg(formatDate(detail.clocks.pauses.last().pausedOn));
    else if (!detail.clocks.pauses.isEmpty())
        parts << tr("%n pause(s), %1 working days stopped", nullptr, int(detail.clocks.pauses.size()))
                     .arg(detail.clocks.pausedWorkingDays);
    if (const QDate available = informationAvailableBy(detail.timeline); available.isValid())
        parts << tr("information to be made available by %1").arg(formatDate(available));
    parts << tr("as of %1").arg(formatDate(detail.asOf));
    m_summary->setText(parts.join(u" · "_s));
}

void CaseClockPanel::clear()
{
    for (Row *r : { &m_ack, &m_response }) {
        r->due->clear();
        r->state->clear();
        r->state->setStyleSheet(QString());
        r->left->clear();
        r->paused->clear();
        r->why->setEnabled(false);
    }
    m_summary->clear();
}

} // namespace hub::ui

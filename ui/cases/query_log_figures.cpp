#include "ui/cases/query_log_figures.h"

#include "core/common/format.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

QString compliance(const QString &label, double pct, int inTime, int measured)
{
    if (measured == 0)
        return QObject::tr("%1: n/a (no clock decided yet)").arg(label);
    return QObject::tr("%1: %2 (%3 of %4)").arg(label, formatPercent(pct)).arg(inTime).arg(measured);
}

QLabel *figureLabel(const QString &name)
{
    auto *l = new QLabel;
    l->setObjectName(name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

QueryLogFigures::QueryLogFigures(QWidget *parent)
    : QFrame(parent)
    , m_heading(figureLabel(u"queryLogHeading"_s))
    , m_period(figureLabel(u"queryLogPeriod"_s))
    , m_counts(figureLabel(u"queryLogCounts"_s))
    , m_acknowledge(figureLabel(u"queryLogAcknowledgeCompliance"_s))
    , m_response(figureLabel(u"queryLogResponseCompliance"_s))
    , m_note(figureLabel(u"queryLogNote"_s))
{
    setObjectName(u"queryLogFigures"_s);
    setFrameShape(QFrame::StyledPanel);
    m_heading->setStyleSheet(u"font-size:13pt; font-weight:600; color:#005EB8;"_s);
    m_period->setWordWrap(true);
    m_counts->setWordWrap(true);
    for (QLabel *l : { m_acknowledge, m_response })
        l->setStyleSheet(u"font-weight:600;"_s);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"color:#425563;"_s);
    m_note->setText(tr("Compliance counts clocks met, met late or breached by the clocks' day. Queries whose clock "
                       "was stopped under one of the standard's exclusions are listed as excluded and left out of "
                       "the percentages. Working days leave out weekends, bank holidays and office closures."));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 6, 10, 6);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_heading, 0, 0);
    grid->addWidget(m_acknowledge, 0, 1);
    grid->addWidget(m_period, 1, 0);
    grid->addWidget(m_response, 1, 1);
    grid->addWidget(m_counts, 2, 0, 1, 2);
    grid->addWidget(m_note, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
}

void QueryLogFigures::showLog(const QueryLog &log)
{
    m_heading->setText(headingText(log));
    m_period->setText(periodText(log));
    m_counts->setText(countsText(log));
    m_acknowledge->setText(acknowledgeText(log));
    m_response->setText(responseText(log));
    m_acknowledge->show();
    m_response->show();
    m_note->show();
}

void QueryLogFigures::showError(const QString &error)
{
    m_heading->setText(tr("No query log"));
    m_period->setText(error);
    m_counts->clear();
    m_acknowledge->hide();
    m_response->hide();
    m_note->hide();
}

QString QueryLogFigures::headingText(const QueryLog &log)
{
    return tr("%1 (%2) — %3").arg(log.ccgName, log.ccgCode, log.monthName());
}

QString QueryLogFigures::periodText(const QueryLog &log)
{
    return tr("Queries received %1 to %2 · clocks as of %3")
        .arg(formatDate(log.firstDay()), formatDate(log.lastDay()), formatDate(log.asOf));
}

QString QueryLogFigures::countsText(const QueryLog &log)
{
    const QueryLogTotals &t = log.totals;
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    return tr("%1 received · %2 acknowledged · %3 responded or updated · %4 open · %5 overdue · "
              "%6 excluded (clock stopped)")
        .arg(uk.toString(t.received), uk.toString(t.acknowledged), uk.toString(t.responded), uk.toString(t.open),
            uk.toString(t.overdue), uk.toString(t.excluded));
}

QString QueryLogFigures::acknowledgeText(const QueryLog &log)
{
    const QueryLogTotals &t = log.totals;
    return compliance(tr("Acknowledged within %1 working days").arg(log.acknowledgeDays), t.acknowledgeCompliance(),
        t.acknowledgeInTime, t.acknowledgeMeasured);
}

QString QueryLogFigures::responseText(const QueryLog &log)
{
    const QueryLogTotals &t = log.totals;
    return compliance(tr("Response or update within %1 working days").arg(log.responseDays), t.responseCompliance(),
        t.responseInTime, t.responseMeasured);
}

} // namespace hub::ui

#pragma once
// "Why this date?": the clock engine's day-by-day explanation of a due date
// (each day counted or skipped, and why), for one clock of one case.

#include <QDialog>
#include <QStringList>

namespace hub::ui
{

class WhyDialog : public QDialog
{
    Q_OBJECT
public:
    // `title` e.g. "Acknowledgement clock — WMH-2016-00042"; `lines` from ClockResult::explanation.
    WhyDialog(const QString &title, const QStringList &lines, QWidget *parent = nullptr);
};

} // namespace hub::ui

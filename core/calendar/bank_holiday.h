#pragma once
// One England and Wales bank holiday, and where Hubcase learned about it.

#include <QDate>
#include <QString>

namespace hub
{

// Explanations name the source so a user can tell an official GOV.UK date
// from one Hubcase worked out itself for a year the list does not cover.
enum class HolidaySource {
    GovUkList,
    Rule,
};

struct BankHoliday {
    QDate date;
    QString title; // GOV.UK wording, e.g. "New Year’s Day" (with U+2019)
    QString notes; // GOV.UK wording: "", "Substitute day", "Extra bank holiday"
    HolidaySource source = HolidaySource::GovUkList;

    bool isSubstitute() const;
    // "Christmas Day (substitute day)": the title plus any GOV.UK note.
    QString describe() const;
    // "GOV.UK list" or "rule".
    QString sourceLabel() const;

    friend bool operator==(const BankHoliday &, const BankHoliday &) = default;
};

QString holidaySourceLabel(HolidaySource source);

} // namespace hub

// closure list|add|remove and calendar: office closure days and a year's working calendar.
#include "commands_calendar.h"

#include "cli_output.h"
#include "command_preamble.h"

#include "core/common/format.h"
#include "database/cases/due_date_snapshot.h"
#include "database/cases/closure_repository.h"
#include "database/office_file.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <optional>

namespace hubcli {

using namespace hub;
using namespace hub::db;
#define S QStringLiteral

namespace {

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString dayName(const QDate &d)
{
    return english().dayName(d.dayOfWeek(), QLocale::ShortFormat);
}

Error fieldError(ErrorCode code, const QString &field, const QString &message)
{
    Error e = makeError(code, message);
    e.field = field;
    return e;
}

// --date: required; a bad one is an error naming the field (exit 1).
bool readDate(const Args &args, const QString &command, QDate *date, int *exitCode)
{
    if (!args.has(S("date")) || args.option(S("date")).isEmpty()) {
        *exitCode = usage(S("%1 needs --date DATE (dd/mm/yyyy or yyyy-mm-dd)").arg(command));
        return false;
    }
    *date = parseDate(args.option(S("date")));
    if (!date->isValid()) {
        *exitCode = fail(fieldError(ErrorCode::Invalid, S("--date"),
            S("'%1' is not a date: use dd/mm/yyyy or yyyy-mm-dd").arg(args.option(S("date")))));
        return false;
    }
    return true;
}

// --year: optional (default this year); a bad one is an error naming the field.
bool readYear(const Args &args, int *year, int *exitCode)
{
    *year = QDate::currentDate().year();
    if (!args.has(S("year")))
        return true;
    bool ok = false;
    *year = args.option(S("year")).toInt(&ok);
    if (!ok || *year < 1900 || *year > 2200) {
        *exitCode = fail(fieldError(ErrorCode::Invalid, S("--year"),
            S("'%1' is not a year: use four digits, e.g. 2026").arg(args.option(S("year")))));
        return false;
    }
    return true;
}

QJsonObject closureJson(const StoredClosure &c)
{
    return {{S("date"), c.closure.date.toString(Qt::ISODate)}, {S("day"), dayName(c.closure.date)},
            {S("reason"), c.closure.reason}, {S("version"), qint64(c.meta.version)}, {S("id"), c.meta.id},
            {S("updatedBy"), c.meta.updatedBy}, {S("updatedAt"), c.meta.updatedAt}};
}

std::optional<StoredClosure> findClosure(OfficeFile &file, const QDate &date, Error *error)
{
    const auto list = ClosureRepository(file).list();
    if (!list) {
        *error = list.error();
        return std::nullopt;
    }
    for (const StoredClosure &c : list.value()) {
        if (c.closure.date == date)
            return c;
    }
    *error = makeError(ErrorCode::NotFound, S("No office closure on %1.").arg(formatDate(date)));
    return std::nullopt;
}

int closureList(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 3, {S("year"), S("json")}, &code))
        return code;
    int year = 0;
    if (args.has(S("year")) && !readYear(args, &year, &code))
        return code;
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const auto list = ClosureRepository(*file).list();
    if (!list)
        return fail(list.error());
    QJsonArray arr;
    QStringList lines;
    for (const StoredClosure &c : list.value()) {
        if (args.has(S("year")) && c.closure.date.year() != year)
            continue;
        arr.append(closureJson(c));
        lines << S("%1 %2  %3  (%4, version %5)")
                     .arg(dayName(c.closure.date), formatDate(c.closure.date), c.closure.reason, c.meta.updatedBy)
                     .arg(c.meta.version);
    }
    if (args.flag(S("json")))
        outJson(QJsonDocument(arr));
    else if (lines.isEmpty())
        out(S("No office closure days."));
    else
        out(lines.join(QLatin1Char('\n')));
    return ExitOk;
}

int closureAdd(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 3, {S("date"), S("reason"), S("json")}, &code))
        return code;
    QDate date;
    if (!readDate(args, S("closure add"), &date, &code))
        return code;
    if (!args.has(S("reason")))
        return usage(S("closure add needs --reason TEXT (why the office is closed)"));
    const QString reason = args.option(S("reason")).trimmed();
    if (reason.isEmpty())
        return fail(fieldError(ErrorCode::Invalid, S("--reason"),
            S("say why the office is closed (it is shown in every due-date explanation)")));
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const auto before = DueDateSnapshot::ofOpenCases(*file);
    const Status added = ClosureRepository(*file).add(date, reason);
    if (!added) {
        Error e = added.error();
        if (e.code == ErrorCode::Invalid && e.field.isEmpty())
            e.field = S("--date");
        return fail(e);
    }
    const int moved = before.movedIn(DueDateSnapshot::ofOpenCases(*file));
    Error error;
    const auto stored = findClosure(*file, date, &error);
    if (!stored)
        return fail(error);
    if (args.flag(S("json"))) {
        QJsonObject o = closureJson(*stored);
        o.insert(S("openCasesMoved"), moved);
        outJson(QJsonDocument(o));
    } else {
        out(S("Office closed on %1 %2 (%3); due dates of %4 open case%5 moved.")
                .arg(dayName(date), formatDate(date), stored->closure.reason)
                .arg(moved)
                .arg(moved == 1 ? QString() : S("s")));
    }
    return ExitOk;
}

int closureRemove(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 3, {S("date"), S("expect-version"), S("json")}, &code))
        return code;
    QDate date;
    if (!readDate(args, S("closure remove"), &date, &code))
        return code;
    std::int64_t expected = 0;
    if (args.has(S("expect-version"))) {
        bool ok = false;
        expected = args.option(S("expect-version")).toLongLong(&ok);
        if (!ok || expected < 1)
            return usage(S("--expect-version needs the version you read (from closure list)"));
    }
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    Error error;
    const auto stored = findClosure(*file, date, &error);
    if (!stored)
        return fail(error);
    if (!args.has(S("expect-version")))
        expected = stored->meta.version;
    const auto before = DueDateSnapshot::ofOpenCases(*file);
    const Status removed = ClosureRepository(*file).remove(date, expected);
    if (!removed)
        return fail(removed.error());
    const int moved = before.movedIn(DueDateSnapshot::ofOpenCases(*file));
    if (args.flag(S("json")))
        outJson(QJsonDocument(QJsonObject{{S("date"), date.toString(Qt::ISODate)}, {S("removed"), true},
                                          {S("openCasesMoved"), moved}}));
    else
        out(S("%1 %2 is a working day again; due dates of %3 open case%4 moved.")
                .arg(dayName(date), formatDate(date))
                .arg(moved)
                .arg(moved == 1 ? QString() : S("s")));
    return ExitOk;
}

} // namespace

int cmdClosure(const Args &args)
{
    const QString sub = args.word(1);
    if (sub == S("list"))
        return closureList(args);
    if (sub == S("add"))
        return closureAdd(args);
    if (sub == S("remove"))
        return closureRemove(args);
    return usage(S("closure needs list, add or remove"));
}

int cmdCalendar(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 2, {S("year"), S("json")}, &code))
        return code;
    int year = 0;
    if (!readYear(args, &year, &code))
        return code;
    auto file = openOffice(args.word(1), &code);
    if (!file)
        return code;
    const auto cal = ClosureRepository(*file).calendar();
    if (!cal)
        return fail(cal.error());

    const QVector<BankHoliday> holidays = cal->bankHolidays().holidaysIn(year);
    QVector<OfficeClosure> closures;
    for (const OfficeClosure &c : cal->officeClosures()) {
        if (c.date.year() == year)
            closures.append(c);
    }
    const auto list = ClosureRepository(*file).list();
    QHash<QDate, StoredClosure> stored;
    if (list) {
        for (const StoredClosure &c : list.value())
            stored.insert(c.closure.date, c);
    }

    QJsonArray holidayArr;
    for (const BankHoliday &h : holidays)
        holidayArr.append(QJsonObject{{S("date"), h.date.toString(Qt::ISODate)}, {S("day"), dayName(h.date)},
                                      {S("title"), h.title}, {S("notes"), h.notes}, {S("name"), h.describe()},
                                      {S("source"), h.source == HolidaySource::GovUkList ? S("govuk") : S("rule")}});
    QJsonArray closureArr;
    for (const OfficeClosure &c : closures)
        closureArr.append(stored.contains(c.date) ? closureJson(stored.value(c.date))
                                                  : QJsonObject{{S("date"), c.date.toString(Qt::ISODate)},
                                                                {S("day"), dayName(c.date)}, {S("reason"), c.reason}});
    QJsonArray months;
    QStringList monthLines;
    int total = 0;
    for (int m = 1; m <= 12; ++m) {
        const QDate first(year, m, 1);
        const QDate last(year, m, first.daysInMonth());
        int working = 0, weekend = 0, bank = 0, closed = 0;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            switch (cal->status(d).kind) {
            case DayKind::Working:
                ++working;
                break;
            case DayKind::Weekend:
                ++weekend;
                break;
            case DayKind::BankHoliday:
                ++bank;
                break;
            case DayKind::OfficeClosed:
                ++closed;
                break;
            case DayKind::ClockStopped:
                break;
            }
        }
        total += working;
        months.append(QJsonObject{{S("month"), m}, {S("name"), english().standaloneMonthName(m)},
                                  {S("days"), first.daysInMonth()}, {S("workingDays"), working},
                                  {S("weekendDays"), weekend}, {S("bankHolidays"), bank}, {S("officeClosures"), closed}});
        monthLines << S("  %1 %2 working days%3%4")
                          .arg(english().standaloneMonthName(m).leftJustified(10))
                          .arg(working, 2)
                          .arg(bank ? S(", %1 bank holiday%2").arg(bank).arg(bank == 1 ? QString() : S("s")) : QString())
                          .arg(closed ? S(", %1 office closure%2").arg(closed).arg(closed == 1 ? QString() : S("s"))
                                      : QString());
    }
    if (args.flag(S("json"))) {
        outJson(QJsonDocument(QJsonObject{{S("year"), year}, {S("workingDays"), total},
                                          {S("bankHolidaysFromGovUkList"), cal->bankHolidays().listCovers(year)},
                                          {S("bankHolidays"), holidayArr}, {S("closures"), closureArr},
                                          {S("months"), months}}));
        return ExitOk;
    }
    QStringList lines;
    lines << S("%1: %2 working days").arg(year).arg(total);
    lines << monthLines;
    lines << S("Bank holidays (England and Wales%1):")
                 .arg(cal->bankHolidays().listCovers(year) ? S(", GOV.UK list") : S(", worked out from the rules"));
    for (const BankHoliday &h : holidays)
        lines << S("  %1 %2  %3").arg(dayName(h.date), formatDate(h.date), h.describe());
    lines << (closures.isEmpty() ? S("Office closure days: none") : S("Office closure days:"));
    for (const OfficeClosure &c : closures)
        lines << S("  %1 %2  %3").arg(dayName(c.date), formatDate(c.date), c.reason);
    out(lines.join(QLatin1Char('\n')));
    return ExitOk;
}

QString calendarHelp()
{
    return S("  closure list FILE [--year YYYY] [--json]  office closure days\n"
             "  closure add FILE --date DATE --reason TEXT   close the office on a working day\n"
             "  closure remove FILE --date DATE [--expect-version N]   make it a working day again\n"
             "  calendar FILE [--year YYYY] [--json]      bank holidays, closures, working days per month");
}

#undef S

} // namespace hubcli

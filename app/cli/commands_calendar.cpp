// closure list|add|remove and calendar: office closure days and a year's working calendar.
#include "commands_calendar.h"

#include "cli_output.h"
#include "command_preamble.h"

#include "core/common/format.h"
#include "database/cases/closure_repository.h"
#include "database/cases/due_date_snapshot.h"
#include "database/office_file.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <optional>

namespace hubcli
{

using namespace hub;
using namespace hub::db;
using namespace Qt::StringLiterals;

namespace
{

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
    if (!args.has(u"date"_s) || args.option(u"date"_s).isEmpty()) {
        *exitCode = usage(u"%1 needs --date DATE (dd/mm/yyyy or yyyy-mm-dd)"_s.arg(command));
        return false;
    }
    *date = parseDate(args.option(u"date"_s));
    if (!date->isValid()) {
        *exitCode = fail(fieldError(ErrorCode::Invalid, u"--date"_s,
            u"'%1' is not a date: use dd/mm/yyyy or yyyy-mm-dd"_s.arg(args.option(u"date"_s))));
        return false;
    }
    return true;
}

// --year: optional (default this year); a bad one is an error naming the field.
bool readYear(const Args &args, int *year, int *exitCode)
{
    *year = QDate::currentDate().year();
    if (!args.has(u"year"_s))
        return true;
    bool ok = false;
    *year = args.option(u"year"_s).toInt(&ok);
    if (!ok || *year < 1900 || *year > 2200) {
        *exitCode = fail(fieldError(ErrorCode::Invalid, u"--year"_s,
            u"'%1' is not a year: use four digits, e.g. 2026"_s.arg(args.option(u"year"_s))));
        return false;
    }
    return true;
}

QJsonObject closureJson(const StoredClosure &c)
{
    return { { u"date"_s, c.closure.date.toString(Qt::ISODate) }, { u"day"_s, dayName(c.closure.date) },
        { u"reason"_s, c.closure.reason }, { u"version"_s, qint64(c.meta.version) }, { u"id"_s, c.meta.id },
        { u"updatedBy"_s, c.meta.updatedBy }, { u"updatedAt"_s, c.meta.updatedAt } };
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
    *error = makeError(ErrorCode::NotFound, u"No office closure on %1."_s.arg(formatDate(date)));
    return std::nullopt;
}

int closureList(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 3, { u"year"_s, u"json"_s }, &code))
        return code;
    int year = 0;
    if (args.has(u"year"_s) && !readYear(args, &year, &code))
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
        if (args.has(u"year"_s) && c.closure.date.year() != year)
            continue;
        arr.append(closureJson(c));
        lines << u"%1 %2  %3  (%4, version %5)"_s
                     .arg(dayName(c.closure.date), formatDate(c.closure.date), c.closure.reason, c.meta.updatedBy)
                     .arg(c.meta.version);
    }
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(arr));
    else if (lines.isEmpty())
        out(u"No office closure days."_s);
    else
        out(lines.join(QLatin1Char('\n')));
    return ExitOk;
}

int closureAdd(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 3, { u"date"_s, u"reason"_s, u"json"_s }, &code))
        return code;
    QDate date;
    if (!readDate(args, u"closure add"_s, &date, &code))
        return code;
    if (!args.has(u"reason"_s))
        return usage(u"closure add needs --reason TEXT (why the office is closed)"_s);
    const QString reason = args.option(u"reason"_s).trimmed();
    if (reason.isEmpty())
        return fail(fieldError(ErrorCode::Invalid, u"--reason"_s,
            u"say why the office is closed (it is shown in every due-date explanation)"_s));
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const auto before = DueDateSnapshot::ofOpenCases(*file);
    const Status added = ClosureRepository(*file).add(date, reason);
    if (!added) {
        Error e = added.error();
        if (e.code == ErrorCode::Invalid && e.field.isEmpty())
            e.field = u"--date"_s;
        return fail(e);
    }
    const int moved = before.movedIn(DueDateSnapshot::ofOpenCases(*file));
    Error error;
    const auto stored = findClosure(*file, date, &error);
    if (!stored)
        return fail(error);
    if (args.flag(u"json"_s)) {
        QJsonObject o = closureJson(*stored);
        o.insert(u"openCasesMoved"_s, moved);
        outJson(QJsonDocument(o));
    } else {
        out(u"Office closed on %1 %2 (%3); due dates of %4 open case%5 moved."_s
                .arg(dayName(date), formatDate(date), stored->closure.reason)
                .arg(moved)
                .arg(moved == 1 ? QString() : u"s"_s));
    }
    return ExitOk;
}

int closureRemove(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 3, { u"date"_s, u"expect-version"_s, u"json"_s }, &code))
        return code;
    QDate date;
    if (!readDate(args, u"closure remove"_s, &date, &code))
        return code;
    std::int64_t expected = 0;
    if (args.has(u"expect-version"_s)) {
        bool ok = false;
        expected = args.option(u"expect-version"_s).toLongLong(&ok);
        if (!ok || expected < 1)
            return usage(u"--expect-version needs the version you read (from closure list)"_s);
    }
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    Error error;
    const auto stored = findClosure(*file, date, &error);
    if (!stored)
        return fail(error);
    if (!args.has(u"expect-version"_s))
        expected = stored->meta.version;
    const auto before = DueDateSnapshot::ofOpenCases(*file);
    const Status removed = ClosureRepository(*file).remove(date, expected);
    if (!removed)
        return fail(removed.error());
    const int moved = before.movedIn(DueDateSnapshot::ofOpenCases(*file));
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(QJsonObject {
            { u"date"_s, date.toString(Qt::ISODate) }, { u"removed"_s, true }, { u"openCasesMoved"_s, moved } }));
    else
        out(u"%1 %2 is a working day again; due dates of %3 open case%4 moved."_s.arg(dayName(date), formatDate(date))
                .arg(moved)
                .arg(moved == 1 ? QString() : u"s"_s));
    return ExitOk;
}

} // namespace

int cmdClosure(const Args &args)
{
    const QString sub = args.word(1);
    if (sub == u"list"_s)
        return closureList(args);
    if (sub == u"add"_s)
        return closureAdd(args);
    if (sub == u"remove"_s)
        return closureRemove(args);
    return usage(u"closure needs list, add or remove"_s);
}

int cmdCalendar(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 2, { u"year"_s, u"json"_s }, &code))
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
        holidayArr.append(QJsonObject { { u"date"_s, h.date.toString(Qt::ISODate) }, { u"day"_s, dayName(h.date) },
            { u"title"_s, h.title }, { u"notes"_s, h.notes }, { u"name"_s, h.describe() },
            { u"source"_s, h.source == HolidaySource::GovUkList ? u"govuk"_s : u"rule"_s } });
    QJsonArray closureArr;
    for (const OfficeClosure &c : closures)
        closureArr.append(stored.contains(c.date) ? closureJson(stored.value(c.date))
                                                  : QJsonObject { { u"date"_s, c.date.toString(Qt::ISODate) },
                                                      { u"day"_s, dayName(c.date) }, { u"reason"_s, c.reason } });
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
        months.append(QJsonObject { { u"month"_s, m }, { u"name"_s, english().standaloneMonthName(m) },
            { u"days"_s, first.daysInMonth() }, { u"workingDays"_s, working }, { u"weekendDays"_s, weekend },
            { u"bankHolidays"_s, bank }, { u"officeClosures"_s, closed } });
        monthLines << u"  %1 %2 working days%3%4"_s.arg(english().standaloneMonthName(m).leftJustified(10))
                          .arg(working, 2)
                          .arg(
                              bank ? u", %1 bank holiday%2"_s.arg(bank).arg(bank == 1 ? QString() : u"s"_s) : QString())
                          .arg(closed ? u", %1 office closure%2"_s.arg(closed).arg(closed == 1 ? QString() : u"s"_s)
                                      : QString());
    }
    if (args.flag(u"json"_s)) {
        outJson(QJsonDocument(QJsonObject { { u"year"_s, year }, { u"workingDays"_s, total },
            { u"bankHolidaysFromGovUkList"_s, cal->bankHolidays().listCovers(year) }, { u"bankHolidays"_s, holidayArr },
            { u"closures"_s, closureArr }, { u"months"_s, months } }));
        return ExitOk;
    }
    QStringList lines;
    lines << u"%1: %2 working days"_s.arg(year).arg(total);
    lines << monthLines;
    lines << u"Bank holidays (England and Wales%1):"_s.arg(
        cal->bankHolidays().listCovers(year) ? u", GOV.UK list"_s : u", worked out from the rules"_s);
    for (const BankHoliday &h : holidays)
        lines << u"  %1 %2  %3"_s.arg(dayName(h.date), formatDate(h.date), h.describe());
    lines << (closures.isEmpty() ? u"Office closure days: none"_s : u"Office closure days:"_s);
    for (const OfficeClosure &c : closures)
        lines << u"  %1 %2  %3"_s.arg(dayName(c.date), formatDate(c.date), c.reason);
    out(lines.join(QLatin1Char('\n')));
    return ExitOk;
}

QString calendarHelp()
{
    return u"  closure list FILE [--year YYYY] [--json]  office closure days\n"
           "  closure add FILE --date DATE --reason TEXT   close the office on a working day\n"
           "  closure remove FILE --date DATE [--expect-version N]   make it a working day again\n"
           "  calendar FILE [--year YYYY] [--json]      bank holidays, closures, working days per month"_s;
}

} // namespace hubcli

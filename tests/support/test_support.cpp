#include "test_support.h"

#include "core/calendar/working_calendar.h"

#include <QDir>

namespace hubtest {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(HUBCASE_SOURCE_DIR)).filePath(relative);
}

QString sharedPath(const QString &relative)
{
    return QDir(QStringLiteral(HUBCASE_SHARED_DIR)).filePath(relative);
}

QDate isoDate(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

hub::CaseEvent ev(hub::CaseEventKind kind, const char *on, const char *exclusion, const char *note)
{
    hub::CaseEvent e;
    e.kind = kind;
    e.on = isoDate(on);
    e.exclusionCode = QString::fromLatin1(exclusion);
    e.note = QString::fromLatin1(note);
    return e;
}

const hub::WorkingCalendar &calendar()
{
    static const hub::WorkingCalendar instance = [] {
        auto built = hub::WorkingCalendar::englandAndWales();
        REQUIRE(built.ok());
        return built.value();
    }();
    return instance;
}

QString binaryPath(const QString &relative)
{
    return QDir(QStringLiteral(HUBCASE_BINARY_DIR)).filePath(relative);
}

} // namespace hubtest

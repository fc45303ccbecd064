#include "test_support.h"

#include "core/calendar/working_calendar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hubtest
{

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(HUBCASE_SOURCE_DIR)).filePath(relative);
}

QString dataPath(const QString &name)
{
    const QString path = QDir(QStringLiteral(HUBCASE_TEST_DATA_DIR)).filePath(name);
    if (!QFileInfo::exists(path))
        FAIL("test data file missing: " << path.toStdString()
                                        << " (re-run cmake to unpack tests/data/public-data.tar.xz)");
    return path;
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

QString stressWorkerPath()
{
#ifdef Q_OS_WIN
    return binaryPath(QStringLiteral("tests/hubcase-stress-worker.exe"));
#else
    return binaryPath(QStringLiteral("tests/hubcase-stress-worker"));
#endif
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace hubtest

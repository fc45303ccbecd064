#pragma once
// Shared test helpers: readable QString/QDate failures, temp folders, paths.

#include <catch2/catch.hpp>

#include "core/cases/case_event.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

namespace hub
{
class WorkingCalendar;
}

namespace Catch
{
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QDate> {
    static std::string convert(const QDate &d) { return d.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

namespace hubtest
{

// Repository root (for resources/).
QString sourcePath(const QString &relative);
// A real public data file from tests/data/public-data.tar.xz, unpacked into the
// build tree at configure time. Fails the test (never skips) when it is missing.
QString dataPath(const QString &name);

// A fresh temporary folder, removed when the returned object dies.
struct TempDir {
    QTemporaryDir dir;
    QString path(const QString &name) const { return dir.filePath(name); }
};

// A date from ISO text ("2016-02-29"), for readable expectations.
QDate isoDate(const char *iso);

// A timeline event on an ISO day, for the case tests: ev(Paused, "2016-02-03", "further-investigation", "Awaiting DV").
hub::CaseEvent ev(hub::CaseEventKind kind, const char *on, const char *exclusion = "", const char *note = "");

// The England and Wales calendar from the shipped GOV.UK list, built once per test run.
const hub::WorkingCalendar &calendar();

// Path of a built executable (hubcase-cli) for end-to-end tests.
QString binaryPath(const QString &relative);

// The "second desktop" child process of the shared-file tests (tests/tools/stress_worker.cpp).
QString stressWorkerPath();

// A file's bytes (empty when it cannot be read), to prove a file was not changed.
QByteArray bytesOf(const QString &path);

} // namespace hubtest

// True for canonical lower-case UUID text.
inline bool isUuidLike(const QString &s)
{
    return s.size() == 36 && s[8] == QLatin1Char('-') && s[13] == QLatin1Char('-');
}

// hubcase-leftover-worker: a desktop killed part-way through writing a file,
// for tests/database/leftovers_test.cpp. It dies as kill -9 would (SIGKILL to
// itself; TerminateProcess on Windows) at a point the test chooses, so the
// kill lands in the same place every run, with no timing involved.
//
//   hubcase-leftover-worker backup FILE FOLDER STEPS
//       a backup of FILE into FOLDER under the name backupToFolder would
//       give it, killed after STEPS steps of the copy.
//   hubcase-leftover-worker demo FILE STAGE
//       `init --demo` of FILE, killed just after STAGE (practices, leads,
//       cases, as-of) of the demo has been written.
//
// Exits 1 with "error: ..." if it finishes instead of dying.
#include "database/backup/backup.h"
#include "database/backup/backup_folder.h"
#include "database/demo/demo_office.h"
#include "database/office_file.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <cstdio>
#include <cstdlib>

#ifdef _WIN32
#include <windows.h>
#else
#include <csignal>
#endif

using namespace hub;
using namespace hub::db;

namespace
{

[[noreturn]] void dieAsIfKilled()
{
    std::fflush(stdout);
#ifdef _WIN32
    TerminateProcess(GetCurrentProcess(), 9);
#else
    std::raise(SIGKILL);
#endif
    std::_Exit(9);
}

int failWith(const QString &message)
{
    std::fprintf(stdout, "error: %s\n", message.toUtf8().constData());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == QStringLiteral("backup")) {
        auto opened = OfficeFile::open(args[2]);
        if (!opened)
            return failWith(opened.error().describe());
        const OfficeFile &file = *opened.value();
        const QString dest = QDir(args[3]).filePath(backupFileName(file.officeCode(), QDateTime::currentDateTimeUtc()));
        const int steps = args[4].toInt();
        int done = 0;
        const Status s = backupTo(file.connection(), dest, [&](int, int) {
            if (++done >= steps)
                dieAsIfKilled();
        });
        return failWith(s ? QStringLiteral("the backup finished in %1 steps").arg(done) : s.error().describe());
    }
    if (args.size() == 4 && args[1] == QStringLiteral("demo")) {
        const QString stage = args[3];
        const auto demo = createDemoOffice(args[2], QStringLiteral("WMH"), [&](const QString &done) {
            if (done == stage)
                dieAsIfKilled();
        });
        return failWith(demo ? QStringLiteral("the demo finished") : demo.error().describe());
    }
    std::fprintf(stderr, "usage: hubcase-leftover-worker backup FILE FOLDER STEPS | demo FILE STAGE\n");
    return 2;
}

// Prints how long practice-list parsing takes on the real NHS files (median of several runs).
#include "core/practices/practice_import.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace
{

// Reads the file once so the figure is parse time, not disk time.
void bench(const QString &path, const hub::PracticeImportOptions &options, const char *label)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::printf("%-40s missing: %s\n", label, qPrintable(path));
        return;
    }
    const QByteArray bytes = f.readAll();
    std::vector<double> ms;
    qsizetype records = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer t;
        t.start();
        auto r = hub::parsePracticeBytes(bytes, path, options);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r.ok()) {
            std::printf("%-40s FAILED: %s\n", label, qPrintable(r.error().describe()));
            return;
        }
        records = r->records.size();
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-40s %6lld records  median %7.1f ms  min %7.1f ms  (%.1f MB)\n", label,
        static_cast<long long>(records), ms[ms.size() / 2], ms.front(), double(bytes.size()) / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QDir data(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(HUBCASE_TEST_DATA_DIR));
    const QString epraccur = data.filePath(QStringLiteral("ods-epraccur-gp-practices-2023-02.csv"));
    bench(epraccur, {}, "epraccur 2023-02 (all rows)");
    bench(epraccur, { true, true }, "epraccur 2023-02 (active GP practices)");
    bench(data.filePath(QStringLiteral("nhs-payments-to-general-practice-2015-16.csv")), {}, "payments 2015-16");
    bench(data.filePath(QStringLiteral("nhs-payments-to-general-practice-2022-23.csv")), {}, "payments 2022-23");
    return 0;
}

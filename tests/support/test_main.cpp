// Catch2 entry point for suites that need only QtCore (core, database, CLI).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char **argv)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

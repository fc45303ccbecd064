// hubcase-cli: the command-line companion. Same services as the GUI.
#include "cli_output.h"
#include "commands.h"
#include "commands_agreement.h"
#include "commands_calendar.h"
#include "commands_letters.h"
#include "commands_people.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>

int main(int argc, char **argv)
{
    // The CLI never shows a window; printing to PDF still needs fonts.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && !qEnvironmentVariableIsEmpty("HOME"))
        qputenv("XDG_RUNTIME_DIR", QDir::tempPath().toUtf8() + "/hubcase-runtime-" + qgetenv("USER"));
    QDir().mkpath(qEnvironmentVariable("XDG_RUNTIME_DIR"));
    QFile::setPermissions(
        qEnvironmentVariable("XDG_RUNTIME_DIR"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Hubcase"));
    QGuiApplication::setOrganizationName(QStringLiteral("Hubcase"));

    const hubcli::Args args(QGuiApplication::arguments(),
        { QStringLiteral("json"), QStringLiteral("demo"), QStringLiteral("help"), QStringLiteral("explain"),
            QStringLiteral("overdue"), QStringLiteral("open"), QStringLiteral("none"), QStringLiteral("draft") });
    const QString command = args.word(0);
    if (command.isEmpty() || command == QStringLiteral("help") || args.flag(QStringLiteral("help"))) {
        const int code = hubcli::cmdHelp();
        hubcli::out(hubcli::calendarHelp());
        hubcli::out(hubcli::lettersHelp());
        hubcli::out(hubcli::peopleHelp());
        hubcli::out(hubcli::agreementHelp());
        return code;
    }
    if (command == QStringLiteral("init"))
        return hubcli::cmdInit(args);
    if (command == QStringLiteral("check"))
        return hubcli::cmdCheck(args);
    if (command == QStringLiteral("catalogue"))
        return hubcli::cmdCatalogue(args);
    if (command == QStringLiteral("ccgs"))
        return hubcli::cmdCcgs(args);
    if (command == QStringLiteral("ccg"))
        return hubcli::cmdCcg(args);
    if (command == QStringLiteral("practices"))
        return hubcli::cmdPractices(args);
    if (command == QStringLiteral("spec"))
        return hubcli::cmdSpec(args);
    if (command == QStringLiteral("activity"))
        return hubcli::cmdActivity(args);
    if (command == QStringLiteral("sync"))
        return hubcli::cmdSync(args);
    if (command == QStringLiteral("backup"))
        return hubcli::cmdBackup(args);
    if (command == QStringLiteral("restore"))
        return hubcli::cmdRestore(args);
    if (command == QStringLiteral("presence"))
        return hubcli::cmdPresence(args);
    if (command == QStringLiteral("due"))
        return hubcli::cmdDue(args);
    if (command == QStringLiteral("case"))
        return hubcli::cmdCase(args);
    if (command == QStringLiteral("closure"))
        return hubcli::cmdClosure(args);
    if (command == QStringLiteral("calendar"))
        return hubcli::cmdCalendar(args);
    if (command == QStringLiteral("template"))
        return hubcli::cmdTemplate(args);
    if (command == QStringLiteral("letterhead"))
        return hubcli::cmdLetterhead(args);
    if (command == QStringLiteral("query-log"))
        return hubcli::cmdQueryLog(args);
    if (command == QStringLiteral("agreement"))
        return hubcli::cmdAgreement(args);
    if (command == QStringLiteral("whoami"))
        return hubcli::cmdWhoami(args);
    if (command == QStringLiteral("link-account"))
        return hubcli::cmdLinkAccount(args);
    return hubcli::usage(QStringLiteral("unknown command '%1'").arg(command));
}

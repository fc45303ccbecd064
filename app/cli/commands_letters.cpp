// template list|show|add|duplicate|delete and letterhead show|set.
#include "commands_letters.h"

#include "cli_output.h"
#include "command_preamble.h"

#include "database/cases/letterhead_repository.h"
#include "database/cases/template_repository.h"
#include "database/office_file.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace hubcli
{

using namespace hub;
using namespace hub::db;
using namespace Qt::StringLiterals;

namespace
{

QJsonObject templateJson(const LetterTemplate &t, bool withBody)
{
    QJsonObject o { { u"key"_s, t.key }, { u"name"_s, t.name }, { u"subject"_s, t.subject },
        { u"builtIn"_s, isBuiltInTemplate(t.key) }, { u"version"_s, static_cast<qint64>(t.meta.version) },
        { u"updatedBy"_s, t.meta.updatedBy }, { u"updatedAt"_s, t.meta.updatedAt } };
    if (withBody)
        o.insert(u"body"_s, t.body);
    return o;
}

// Templates as stored, the built-in letters added first when the file can be written.
Status seeded(OfficeFile &file)
{
    return file.isReadOnly() ? Status {} : TemplateRepository(file).ensureDefaults();
}

int templateList(const Args &args)
{
    int code = 0;
    auto file = openForCommand(args, 3, { u"json"_s }, &code);
    if (!file)
        return code;
    if (const Status s = seeded(*file); !s.ok())
        return fail(s.error());
    const auto list = TemplateRepository(*file).list();
    if (!list)
        return fail(list.error());
    QJsonArray arr;
    for (const LetterTemplate &t : list.value()) {
        arr.append(templateJson(t, false));
        if (!args.flag(u"json"_s))
            out(u"%1  %2  (version %3)"_s.arg(t.key, t.name).arg(t.meta.version));
    }
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(arr));
    return ExitOk;
}

int templateShow(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 4, { u"json"_s }, &code))
        return code;
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    if (const Status s = seeded(*file); !s.ok())
        return fail(s.error());
    const auto t = TemplateRepository(*file).get(args.word(3));
    if (!t)
        return fail(t.error());
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(templateJson(t.value(), true)));
    else
        out(u"%1 — %2\nSubject: %3\n\n%4"_s.arg(t->key, t->name, t->subject, t->body));
    return ExitOk;
}

int templateAdd(const Args &args)
{
    int code = 0;
    auto file = openForCommand(
        args, 3, { u"json"_s, u"key"_s, u"name"_s, u"subject"_s, u"body"_s, u"body-file"_s, u"from"_s }, &code);
    if (!file)
        return code;
    TemplateRepository repo(*file);
    LetterTemplate t;
    t.name = args.option(u"name"_s).trimmed();
    if (t.name.isEmpty())
        return usage(u"template add needs --name NAME"_s);
    t.subject = args.option(u"subject"_s);
    const int bodies = int(args.has(u"body"_s)) + int(args.has(u"body-file"_s)) + int(args.has(u"from"_s));
    if (bodies != 1)
        return usage(u"template add needs one of --body HTML, --body-file PATH or --from KEY"_s);
    if (args.has(u"from"_s)) {
        if (const Status s = seeded(*file); !s.ok())
            return fail(s.error());
        const auto from = repo.get(args.option(u"from"_s));
        if (!from)
            return fail(from.error());
        t.body = from->body;
        if (!args.has(u"subject"_s))
            t.subject = from->subject;
    } else if (args.has(u"body-file"_s)) {
        QFile in(args.option(u"body-file"_s));
        if (!in.open(QIODevice::ReadOnly))
            return fail(makeError(ErrorCode::NotFound, u"Cannot read %1: %2"_s.arg(in.fileName(), in.errorString())));
        t.body = QString::fromUtf8(in.readAll());
    } else {
        t.body = args.option(u"body"_s);
    }
    if (args.has(u"key"_s)) {
        t.key = args.option(u"key"_s).trimmed();
    } else {
        const auto key = repo.freeKey(t.name);
        if (!key)
            return fail(key.error());
        t.key = key.value();
    }
    if (const Status added = repo.add(t); !added.ok())
        return fail(added.error());
    const auto stored = repo.get(t.key);
    if (!stored)
        return fail(stored.error());
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(templateJson(stored.value(), false)));
    else
        out(u"Added letter template %1 (%2)."_s.arg(stored->key, stored->name));
    return ExitOk;
}

int templateDuplicate(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 4, { u"json"_s, u"name"_s }, &code))
        return code;
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    if (const Status s = seeded(*file); !s.ok())
        return fail(s.error());
    TemplateRepository repo(*file);
    const auto key = repo.duplicate(args.word(3), args.option(u"name"_s));
    if (!key)
        return fail(key.error());
    const auto stored = repo.get(key.value());
    if (!stored)
        return fail(stored.error());
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(templateJson(stored.value(), false)));
    else
        out(u"Duplicated %1 as %2 (%3)."_s.arg(args.word(3), stored->key, stored->name));
    return ExitOk;
}

int templateDelete(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 4, { u"json"_s, u"expect-version"_s }, &code))
        return code;
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    TemplateRepository repo(*file);
    const auto t = repo.get(args.word(3));
    if (!t)
        return fail(t.error());
    bool ok = true;
    const qint64 version
        = args.has(u"expect-version"_s) ? args.option(u"expect-version"_s).toLongLong(&ok) : t->meta.version;
    if (!ok)
        return usage(u"--expect-version needs a number"_s);
    if (const Status removed = repo.remove(t->key, version); !removed.ok())
        return fail(removed.error());
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(QJsonObject { { u"key"_s, t->key }, { u"deleted"_s, true } }));
    else
        out(u"Deleted letter template %1 (%2)."_s.arg(t->key, t->name));
    return ExitOk;
}

QJsonObject letterheadJson(const StoredLetterhead &l)
{
    return QJsonObject { { u"hubName"_s, l.letterhead.hubName },
        { u"address"_s, QJsonArray::fromStringList(addressLines(l.letterhead.address)) },
        { u"phone"_s, l.letterhead.phone }, { u"email"_s, l.letterhead.email },
        { u"version"_s, static_cast<qint64>(l.meta.version) } };
}

void printLetterhead(const StoredLetterhead &l)
{
    out(l.letterhead.hubName);
    for (const QString &line : addressLines(l.letterhead.address))
        out(line);
    if (!l.letterhead.phone.isEmpty())
        out(u"Telephone %1"_s.arg(l.letterhead.phone));
    if (!l.letterhead.email.isEmpty())
        out(u"Email %1"_s.arg(l.letterhead.email));
}

} // namespace

int cmdTemplate(const Args &args)
{
    const QString sub = args.word(1);
    if (sub == u"list"_s)
        return templateList(args);
    if (sub == u"show"_s)
        return templateShow(args);
    if (sub == u"add"_s)
        return templateAdd(args);
    if (sub == u"duplicate"_s)
        return templateDuplicate(args);
    if (sub == u"delete"_s)
        return templateDelete(args);
    return usage(u"template needs list, show, add, duplicate or delete"_s);
}

int cmdLetterhead(const Args &args)
{
    const QString sub = args.word(1);
    int code = 0;
    if (sub == u"show"_s) {
        auto file = openForCommand(args, 3, { u"json"_s }, &code);
        if (!file)
            return code;
        const auto l = LetterheadRepository(*file).get();
        if (!l)
            return fail(l.error());
        if (args.flag(u"json"_s))
            outJson(QJsonDocument(letterheadJson(l.value())));
        else
            printLetterhead(l.value());
        return ExitOk;
    }
    if (sub == u"set"_s) {
        auto file = openForCommand(args, 3, { u"json"_s, u"name"_s, u"address"_s, u"phone"_s, u"email"_s }, &code);
        if (!file)
            return code;
        LetterheadRepository repo(*file);
        const auto now = repo.get();
        if (!now)
            return fail(now.error());
        QVariantMap changes;
        if (args.has(u"name"_s))
            changes.insert(u"hub_name"_s, args.option(u"name"_s));
        if (args.has(u"address"_s)) // one --address per line, in order
            changes.insert(u"address"_s, args.options(u"address"_s).join(u'\n'));
        if (args.has(u"phone"_s))
            changes.insert(u"phone"_s, args.option(u"phone"_s));
        if (args.has(u"email"_s))
            changes.insert(u"email"_s, args.option(u"email"_s));
        if (changes.isEmpty())
            return usage(u"letterhead set needs --name, --address, --phone or --email"_s);
        if (const Status saved = repo.save(now->meta.version, changes); !saved.ok())
            return fail(saved.error());
        const auto stored = repo.get();
        if (!stored)
            return fail(stored.error());
        if (args.flag(u"json"_s))
            outJson(QJsonDocument(letterheadJson(stored.value())));
        else
            printLetterhead(stored.value());
        return ExitOk;
    }
    return usage(u"letterhead needs show or set"_s);
}

QString lettersHelp()
{
    return u"  template list|show FILE [KEY] [--json]   letter templates\n"
           "  template add FILE --name NAME (--body HTML|--body-file PATH|--from KEY) [--subject S] [--key KEY]\n"
           "  template duplicate FILE KEY [--name NAME] / template delete FILE KEY\n"
           "  letterhead show FILE [--json]             the Hub's letterhead on every letter\n"
           "  letterhead set FILE [--name N] [--address LINE]... [--phone P] [--email E]"_s;
}

} // namespace hubcli

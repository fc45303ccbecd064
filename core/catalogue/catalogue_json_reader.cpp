// Reads the MoU catalogue from its JSON form (resources/catalogue/mou-catalogue.json);
// the writer is catalogue_json_writer.cpp.
#include "core/catalogue/catalogue_json.h"
#include "core/catalogue/mou_clauses.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <array>
#include <cmath>

namespace hub
{

namespace
{

const QString kFormat = QStringLiteral("hubcase-mou-catalogue");
constexpr int kFormatVersion = 1;
const QStringList kNumerals = {
    QStringLiteral("I"),
    QStringLiteral("II"),
    QStringLiteral("III"),
    QStringLiteral("IV"),
    QStringLiteral("V"),
    QStringLiteral("VI"),
    QStringLiteral("VII"),
    QStringLiteral("VIII"),
    QStringLiteral("IX"),
    QStringLiteral("X"),
    QStringLiteral("XI"),
    QStringLiteral("XII"),
};
const QStringList kPartyKinds = {
    QStringLiteral("regional-team"),
    QStringLiteral("hub"),
    QStringLiteral("ccg"),
    QStringLiteral("spg"),
    QStringLiteral("committee"),
};

// Thrown inside this file only; parseCatalogueJson turns it into a hub::Error.
struct BadField {
    QString path;
    QString message;
};

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString at(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a true/false value");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return QStringLiteral("an unknown value");
}

// Reads one object's members, naming the JSON path of anything wrong.
class Fields
{
public:
    Fields(const QJsonValue &value, QString path)
        : m_path(std::move(path))
    {
        if (!value.isObject())
            throw BadField { m_path, QStringLiteral("expected an object, found %1").arg(typeName(value)) };
        m_obj = value.toObject();
    }

    QString path(const QString &key) const { return join(m_path, key); }

    QString text(const QString &key, bool required = false) const
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                throw BadField { path(key), QStringLiteral("missing required text") };
            return QString();
        }
        if (!v.isString())
            throw BadField { path(key), QStringLiteral("expected text, found %1").arg(typeName(v)) };
        const QString s = v.toString();
        if (required && s.trimmed().isEmpty())
            throw BadField { path(key), QStringLiteral("must not be empty") };
        return s;
    }

    int integer(const QString &key, int min, int max, int fallback, bool required = false) const
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                throw BadField { path(key), QStringLiteral("missing required number") };
            return fallback;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d)
            throw BadField { path(key), QStringLiteral("expected a whole number, found %1").arg(typeName(v)) };
        if (d < min || d > max)
            throw BadField { path(key), QStringLiteral("%1 is out of range %2..%3").arg(d).arg(min).arg(max) };
        return int(d);
    }

    bool boolean(const QString &key, bool fallback) const
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            throw BadField { path(key), QStringLiteral("expected true or false, found %1").arg(typeName(v)) };
        return v.toBool();
    }

    // ISO yyyy-MM-dd; missing, null or "" is a null date.
    QDate date(const QString &key) const
    {
        const QString s = text(key);
        if (s.isEmpty())
            return QDate();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (s.size() != 10 || !d.isValid())
            throw BadField { path(key), QStringLiteral("'%1' is not a date (expected yyyy-mm-dd)").arg(s) };
        return d;
    }

    QJsonArray list(const QString &key, bool required = false) const
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                throw BadField { path(key), QStringLiteral("missing required list") };
            return QJsonArray();
        }
        if (!v.isArray())
            throw BadField { path(key), QStringLiteral("expected a list, found %1").arg(typeName(v)) };
        return v.toArray();
    }

    QStringList texts(const QString &key) const
    {
        QStringList out;
        const QJsonArray a = list(key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonValue v = a.at(i);
            if (!v.isString() || v.toString().trimmed().isEmpty())
                throw BadField { at(path(key), i),
                    QStringLiteral("expected non-empty text, found %1").arg(typeName(v)) };
            out << v.toString();
        }
        return out;
    }

private:
    QString m_path;
    QJsonObject m_obj;
};

void requireUnique(QSet<QString> &seen, const QString &value, const QString &path)
{
    if (seen.contains(value))
        throw BadField { path, QStringLiteral("duplicate key '%1'").arg(value) };
    seen.insert(value);
}

void requireOrdered(const QDate &from, const QDate &to, const QString &path)
{
    if (from.isValid() && to.isValid() && to < from)
        throw BadField { path, QStringLiteral("ends before it starts") };
}

Agreement readAgreement(const Fields &f)
{
    Agreement a;
    a.key = f.text(QStringLiteral("key"), true);
    a.title = f.text(QStringLiteral("title"), true);
    a.version = f.text(QStringLiteral("version"));
    a.region = f.text(QStringLiteral("region"));
    a.publishedOn = f.date(QStringLiteral("publishedOn"));
    a.updatedOn = f.date(QStringLiteral("updatedOn"));
    a.periodStart = f.date(QStringLiteral("periodStart"));
    a.periodEnd = f.date(QStringLiteral("periodEnd"));
    requireOrdered(a.periodStart, a.periodEnd, f.path(QStringLiteral("periodEnd")));
    a.extensionAgreeBy = f.date(QStringLiteral("extensionAgreeBy"));
    a.noticeMonths = f.integer(QStringLiteral("noticeMonths"), 0, 120, 0);
    a.serviceStart = f.date(QStringLiteral("serviceStart"));

    const QJsonArray parties = f.list(QStringLiteral("parties"));
    for (qsizetype i = 0; i < parties.size(); ++i) {
        const Fields p(parties.at(i), at(f.path(QStringLiteral("parties")), i));
        Party party;
        party.name = p.text(QStringLiteral("name"), true);
        party.kind = p.text(QStringLiteral("kind"), true);
        if (!kPartyKinds.contains(party.kind))
            throw BadField { p.path(QStringLiteral("kind")),
                QStringLiteral("unknown party kind '%1'; expected one of %2")
                    .arg(party.kind, kPartyKinds.join(QStringLiteral(", "))) };
        a.parties << party;
    }
    a.purposes = f.texts(QStringLiteral("purposes"));
    a.associatedDocuments = f.texts(QStringLiteral("associatedDocuments"));
    a.principles = f.texts(QStringLiteral("principles"));

    const QJsonArray signatories = f.list(QStringLiteral("signatories"));
    for (qsizetype i = 0; i < signatories.size(); ++i) {
        const Fields s(signatories.at(i), at(f.path(QStringLiteral("signatories")), i));
        Signatory sig;
        sig.role = s.text(QStringLiteral("role"), true);
        sig.name = s.text(QStringLiteral("name"));
        sig.designation = s.text(QStringLiteral("designation"));
        sig.signedOn = s.date(QStringLiteral("signedOn"));
        a.signatories << sig;
    }

    const QJsonArray escalation = f.list(QStringLiteral("escalation"));
    int previousLevel = -1;
    for (qsizetype i = 0; i < escalation.size(); ++i) {
        const Fields e(escalation.at(i), at(f.path(QStringLiteral("escalation")), i));
        EscalationStage stage;
        stage.level = e.integer(QStringLiteral("level"), 0, 9, 0, true); // 0: officers, by mutual consent
        if (stage.level <= previousLevel)
            throw BadField { e.path(QStringLiteral("level")), QStringLiteral("escalation levels must increase") };
        previousLevel = stage.level;
        stage.name = e.text(QStringLiteral("name"), true);
        stage.who = e.text(QStringLiteral("who"));
        stage.source = e.text(QStringLiteral("source"));
        a.escalation << stage;
    }
    a.sourceFile = f.text(QStringLiteral("sourceFile"));
    return a;
}

Ccg readCcg(const Fields &f)
{
    Ccg c;
    c.code = f.text(QStringLiteral("code"), true);
    c.name = f.text(QStringLiteral("name"), true);
    c.shortName = f.text(QStringLiteral("shortName"));
    c.locality = f.text(QStringLiteral("locality"));
    const QJsonArray levels = f.list(QStringLiteral("levels"));
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const Fields l(levels.at(i), at(f.path(QStringLiteral("levels")), i));
        CommissioningPeriod period;
        const QString code = l.text(QStringLiteral("level"), true);
        if (!commissioningLevelFromCode(code, &period.level))
            throw BadField { l.path(QStringLiteral("level")),
                QStringLiteral("unknown commissioning level '%1'").arg(code) };
        period.effectiveFrom = l.date(QStringLiteral("effectiveFrom"));
        period.effectiveTo = l.date(QStringLiteral("effectiveTo"));
        requireOrdered(period.effectiveFrom, period.effectiveTo, l.path(QStringLiteral("effectiveTo")));
        period.note = l.text(QStringLiteral("note"));
        c.levels << period;
    }
    c.hubContractingLead = f.text(QStringLiteral("hubContractingLead"));
    c.hubFinanceLead = f.text(QStringLiteral("hubFinanceLead"));
    c.ccgLead = f.text(QStringLiteral("ccgLead"));
    return c;
}

DelegatedFunction readFunction(const Fields &f, QSet<QString> &activityKeys)
{
    DelegatedFunction fn;
    fn.numeral = f.text(QStringLiteral("numeral"), true);
    const qsizetype index = kNumerals.indexOf(fn.numeral);
    if (index < 0)
        throw BadField { f.path(QStringLiteral("numeral")),
            QStringLiteral("'%1' is not a function numeral I..XII").arg(fn.numeral) };
    fn.number = f.integer(QStringLiteral("number"), 1, 12, int(index) + 1);
    if (fn.number != index + 1)
        throw BadField { f.path(QStringLiteral("number")),
            QStringLiteral("%1 does not match numeral %2").arg(fn.number).arg(fn.numeral) };
    fn.title = f.text(QStringLiteral("title"), true);
    fn.note = f.text(QStringLiteral("note"));

    const QJsonArray activities = f.list(QStringLiteral("activities"));
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const Fields a(activities.at(i), at(f.path(QStringLiteral("activities")), i));
        Activity act;
        act.key = a.text(QStringLiteral("key"), true);
        requireUnique(activityKeys, act.key, a.path(QStringLiteral("key")));
        act.subgroup = a.text(QStringLiteral("subgroup"));
        act.text = a.text(QStringLiteral("text"), true);
        act.ccgRole = a.boolean(QStringLiteral("ccg"), false);
        const QString hub = a.text(QStringLiteral("hub"));
        act.hubRole = hubRoleFromCode(hub);
        if (!hub.isEmpty() && hubRoleCode(act.hubRole) != hub)
            throw BadField { a.path(QStringLiteral("hub")),
                QStringLiteral("unknown hub role '%1'; expected CORE, TBC, SUPPORT or empty").arg(hub) };
        act.hubQualifier = a.text(QStringLiteral("hubQualifier"));
        if (!act.hubQualifier.isEmpty() && act.hubRole == HubRole::None)
            throw BadField { a.path(QStringLiteral("hubQualifier")), QStringLiteral("a qualifier needs a hub role") };
        act.layoutNote = a.text(QStringLiteral("layoutNote"));
        fn.activities << act;
    }
    return fn;
}

ServiceStandard readStandard(const Fields &f)
{
    ServiceStandard s;
    s.number = f.integer(QStringLiteral("number"), 1, 99, 0, true);
    s.key = f.text(QStringLiteral("key"), true);
    s.name = f.text(QStringLiteral("name"), true);
    s.text = f.text(QStringLiteral("text"), true);
    s.acknowledgeWorkingDays = f.integer(QStringLiteral("acknowledgeWorkingDays"), 0, 365, 0);
    s.responseWorkingDays = f.integer(QStringLiteral("responseWorkingDays"), 0, 365, 0);
    const QJsonArray exclusions = f.list(QStringLiteral("exclusions"));
    QSet<QString> codes;
    for (qsizetype i = 0; i < exclusions.size(); ++i) {
        const Fields e(exclusions.at(i), at(f.path(QStringLiteral("exclusions")), i));
        Exclusion ex;
        ex.code = e.text(QStringLiteral("code"), true);
        requireUnique(codes, ex.code, e.path(QStringLiteral("code")));
        ex.text = e.text(QStringLiteral("text"), true);
        s.exclusions << ex;
    }
    return s;
}

Catalogue readCatalogue(const QJsonValue &root)
{
    const Fields top(root, QString());
    const QString format = top.text(QStringLiteral("format"));
    if (!format.isEmpty() && format != kFormat)
        throw BadField { QStringLiteral("format"), QStringLiteral("'%1' is not a Hubcase MoU catalogue").arg(format) };
    const int version = top.integer(QStringLiteral("formatVersion"), 1, 1000, kFormatVersion);
    if (version > kFormatVersion)
        throw BadField { QStringLiteral("formatVersion"),
            QStringLiteral("version %1 was written by a newer Hubcase (this one reads up to %2)")
                .arg(version)
                .arg(kFormatVersion) };

    Catalogue cat;
    QSet<QString> keys;
    const QJsonArray agreements = top.list(QStringLiteral("agreements"), true);
    for (qsizetype i = 0; i < agreements.size(); ++i) {
        const Fields f(agreements.at(i), at(QStringLiteral("agreements"), i));
        cat.agreements << readAgreement(f);
        requireUnique(keys, cat.agreements.last().key, f.path(QStringLiteral("key")));
    }

    keys.clear();
    const QJsonArray ccgs = top.list(QStringLiteral("ccgs"));
    for (qsizetype i = 0; i < ccgs.size(); ++i) {
        const Fields f(ccgs.at(i), at(QStringLiteral("ccgs"), i));
        cat.ccgs << readCcg(f);
        requireUnique(keys, cat.ccgs.last().code.toUpper(), f.path(QStringLiteral("code")));
    }

    keys.clear();
    QSet<QString> activityKeys;
    const QJsonArray functions = top.list(QStringLiteral("functions"), true);
    for (qsizetype i = 0; i < functions.size(); ++i) {
        const Fields f(functions.at(i), at(QStringLiteral("functions"), i));
        cat.functions << readFunction(f, activityKeys);
        requireUnique(keys, cat.functions.last().numeral, f.path(QStringLiteral("numeral")));
    }

    keys.clear();
    const QJsonArray finance = top.list(QStringLiteral("financeServices"));
    for (qsizetype i = 0; i < finance.size(); ++i) {
        const Fields f(finance.at(i), at(QStringLiteral("financeServices"), i));
        FinanceService s;
        s.key = f.text(QStringLiteral("key"), true);
        requireUnique(keys, s.key, f.path(QStringLiteral("key")));
        s.area = f.text(QStringLiteral("area"), true);
        s.activities = f.texts(QStringLiteral("activities"));
        cat.financeServices << s;
    }
    cat.ledgerResponsibilities = top.texts(QStringLiteral("ledgerResponsibilities"));

    keys.clear();
    const QJsonArray standards = top.list(QStringLiteral("standards"));
    for (qsizetype i = 0; i < standards.size(); ++i) {
        const Fields f(standards.at(i), at(QStringLiteral("standards"), i));
        cat.standards << readStandard(f);
        requireUnique(keys, cat.standards.last().key, f.path(QStringLiteral("key")));
    }
    cat.regionalTeamStandards = top.texts(QStringLiteral("regionalTeamStandards"));
    cat.committeeStandards = top.texts(QStringLiteral("committeeStandards"));

    keys.clear();
    const QJsonArray panels = top.list(QStringLiteral("panelRules"));
    for (qsizetype i = 0; i < panels.size(); ++i) {
        const Fields f(panels.at(i), at(QStringLiteral("panelRules"), i));
        PanelRule rule;
        rule.agreementKey = f.text(QStringLiteral("agreementKey"), true);
        if (!cat.agreement(rule.agreementKey))
            throw BadField { f.path(QStringLiteral("agreementKey")),
                QStringLiteral("no agreement '%1' in this catalogue").arg(rule.agreementKey) };
        rule.form = f.text(QStringLiteral("form"));
        if (rule.form.isEmpty())
            rule.form = kResolutionPanelForm;
        if (rule.form != kResolutionPanelForm && rule.form != kEscalationProcessesForm)
            throw BadField { f.path(QStringLiteral("form")),
                QStringLiteral("unknown panel form '%1'; expected %2 or %3")
                    .arg(rule.form, kResolutionPanelForm, kEscalationProcessesForm) };
        rule.formName = f.text(QStringLiteral("formName"));
        rule.source = f.text(QStringLiteral("source"));
        requireUnique(keys, rule.agreementKey + QLatin1Char('/') + rule.form, f.path(QStringLiteral("form")));
        const QJsonArray seats = f.list(QStringLiteral("seats"), true);
        for (qsizetype j = 0; j < seats.size(); ++j) {
            const Fields s(seats.at(j), at(f.path(QStringLiteral("seats")), j));
            PanelSeat seat;
            seat.role = s.text(QStringLiteral("role"), true);
            seat.count = s.integer(QStringLiteral("count"), 1, 99, 1);
            rule.seats << seat;
        }
        rule.independence = f.text(QStringLiteral("independence"));
        rule.binding = f.boolean(QStringLiteral("binding"), true);
        rule.note = f.text(QStringLiteral("note"));
        cat.panelRules << rule;
    }

    const QJsonArray reporting = top.list(QStringLiteral("reporting"));
    for (qsizetype i = 0; i < reporting.size(); ++i) {
        const Fields f(reporting.at(i), at(QStringLiteral("reporting"), i));
        ReportingQuarter q;
        q.quarter = f.integer(QStringLiteral("quarter"), 1, 4, 0, true);
        q.due = f.text(QStringLiteral("due"), true);
        q.dueMonth = f.integer(QStringLiteral("dueMonth"), 1, 12, 0, true);
        cat.reporting << q;
    }

    const QJsonArray contacts = top.list(QStringLiteral("keyContacts"));
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const Fields f(contacts.at(i), at(QStringLiteral("keyContacts"), i));
        Contact c;
        c.name = f.text(QStringLiteral("name"), true);
        c.role = f.text(QStringLiteral("role"));
        cat.keyContacts << c;
    }
    return cat;
}

Error invalid(const QString &sourceName, const QString &field, const QString &message)
{
    Error e = makeError(ErrorCode::Invalid, message);
    e.file = sourceName;
    e.field = field;
    return e;
}

} // namespace

Result<Catalogue> parseCatalogueJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return invalid(sourceName, QString(),
            QStringLiteral("not valid JSON at line %1, column %2: %3")
                .arg(line)
                .arg(column)
                .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return invalid(sourceName, QString(), QStringLiteral("expected a JSON object at the top level"));
    try {
        return readCatalogue(doc.object());
    } catch (const BadField &bad) {
        return invalid(sourceName, bad.path, bad.message);
    }
}

Result<Catalogue> loadBuiltInCatalogue()
{
    static const Result<Catalogue> cached = []() -> Result<Catalogue> {
        const QString path = QStringLiteral(":/catalogue/mou-catalogue.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Error e = makeError(
                ErrorCode::Internal, QStringLiteral("the built-in MoU catalogue is missing from this build"));
            e.file = path;
            return e;
        }
        Result<Catalogue> cat = parseCatalogueJson(file.readAll(), path);
        if (!cat)
            return cat;
        const QString clausesPath = QStringLiteral(":/catalogue/mou-clauses.json");
        QFile clausesFile(clausesPath);
        if (!clausesFile.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Internal, QStringLiteral("the MoU's clauses are missing from this build"));
        Result<QVector<MouClause>> clauses = parseClausesJson(clausesFile.readAll(), clausesPath);
        if (!clauses)
            return clauses.error();
        for (const MouClause &c : clauses.value()) {
            if (!cat->agreement(c.agreementKey))
                return makeError(
                    ErrorCode::Internal, QStringLiteral("clause '%1' names no agreement of the catalogue").arg(c.key));
        }
        cat->clauses = clauses.value();
        return cat;
    }();
    return cached;
}

} // namespace hub

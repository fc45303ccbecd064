#include "core/cases/case_fields.h"

#include "core/cases/case_status.h"
#include "core/cases/case_type.h"
#include "core/common/format.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace hub
{

using namespace Qt::StringLiterals;

using namespace Qt::StringLiterals;

namespace
{

Result<QVariant> text(const QString &typed, const QDate &)
{
    return QVariant(typed);
}

Result<QVariant> title(const QString &typed, const QDate &)
{
    if (typed.isEmpty())
        return invalidCaseField(u"title"_s, u"A case needs a title."_s);
    return QVariant(typed);
}

Result<QVariant> priority(const QString &typed, const QDate &)
{
    CasePriority p;
    if (!casePriorityFromCode(typed, &p))
        return invalidCaseField(u"priority"_s, u"'%1' is not low, normal, high or urgent."_s.arg(typed));
    return QVariant(typed);
}

Result<QVariant> type(const QString &typed, const QDate &)
{
    CaseType t;
    if (!caseTypeFromCode(typed, &t))
        return invalidCaseField(
            u"type"_s, u"'%1' is not a case type (%2)."_s.arg(typed, caseTypeCodes().join(u", "_s)));
    return QVariant(typed);
}

Result<QVariant> practice(const QString &typed, const QDate &)
{
    return QVariant(typed.toUpper());
}

Result<QVariant> stage(const QString &typed, const QDate &)
{
    bool ok = false;
    const int n = typed.toInt(&ok);
    if (!ok || n < 0 || n > 3)
        return invalidCaseField(u"stage"_s, u"The stage is 0, 1, 2 or 3."_s);
    return QVariant(n);
}

Result<QVariant> received(const QString &typed, const QDate &today)
{
    const QDate r = parseDate(typed);
    if (!r.isValid() || r > today)
        return invalidCaseField(u"received_on"_s, u"'%1' is not a date on or before today."_s.arg(typed));
    return QVariant(r.toString(Qt::ISODate));
}

// One line of text: a line break typed into a contact field is a slip, not content.
Result<QVariant> line(const QString &typed, const QDate &)
{
    return QVariant(QString(typed).replace(QRegularExpression(u"\\s*[\\r\\n]+\\s*"_s), u" "_s));
}

Result<QVariant> email(const QString &typed, const QDate &)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!typed.isEmpty() && !shape.match(typed).hasMatch())
        return invalidCaseField(
            u"requester_email"_s, u"'%1' is not an email address (name@example.nhs.uk)."_s.arg(typed));
    return QVariant(typed);
}

Result<QVariant> phone(const QString &typed, const QDate &)
{
    static const QRegularExpression shape(u"^\\+?[0-9 ()-]*$"_s);
    qsizetype digits = 0;
    for (const QChar c : typed)
        digits += c.isDigit() ? 1 : 0;
    if (!typed.isEmpty() && (!shape.match(typed).hasMatch() || digits < 6))
        return invalidCaseField(u"requester_phone"_s,
            u"'%1' is not a phone number (digits, spaces, brackets and dashes, e.g. 01902 444000)."_s.arg(typed));
    return QVariant(typed);
}

QString shownDate(const QVariant &stored)
{
    return formatDateLong(QDate::fromString(stored.toString(), Qt::ISODate));
}

QString shownPriority(const QVariant &stored)
{
    CasePriority p;
    return casePriorityFromCode(stored.toString(), &p) ? casePriorityName(p) : stored.toString();
}

QString shownType(const QVariant &stored)
{
    return caseTypeLabel(stored.toString());
}

QString shownStage(const QVariant &stored)
{
    const int n = stored.toInt();
    return n > 0 ? QCoreApplication::translate("CaseField", "Stage %1").arg(n) : QString();
}

} // namespace

const QVector<CaseFieldInfo> &caseFields()
{
    using K = CaseFieldKind;
    using G = CaseFieldGroup;
#define TR(text) QT_TRANSLATE_NOOP("CaseField", text)
    // The order of CaseField.
    static const QVector<CaseFieldInfo> fields {
        { CaseField::Title, "title", K::Text, G::Case, TR("title"), TR("Title"), &title },
        { CaseField::Description, "description", K::LongText, G::Case, TR("description"), TR("Description"), &text },
        { CaseField::Officer, "officer", K::Text, G::Case, TR("officer"), TR("Officer"), &text },
        { CaseField::Priority, "priority", K::Choice, G::Case, TR("priority"), TR("Priority"), &priority,
            &shownPriority },
        { CaseField::Type, "type", K::Choice, G::Case, TR("type"), TR("Type"), &type, &shownType },
        { CaseField::PracticeOds, "practice_ods", K::Code, G::Case, TR("practice"), TR("Practice"), &practice },
        { CaseField::ActivityKey, "activity_key", K::Code, G::Case, TR("activity"), TR("Activity"), &text },
        { CaseField::Stage, "stage", K::Integer, G::Case, TR("stage"), TR("Stage"), &stage, &shownStage },
        { CaseField::ReceivedOn, "received_on", K::Date, G::Case, TR("received date"), TR("Received"), &received,
            &shownDate },
        { CaseField::RequesterName, "requester_name", K::Text, G::Requester, TR("requester's name"), TR("Name"),
            &line },
        { CaseField::RequesterOrganisation, "requester_organisation", K::Text, G::Requester,
            TR("requester's organisation"), TR("Organisation"), &line },
        { CaseField::RequesterEmail, "requester_email", K::Text, G::Requester, TR("requester's email"), TR("Email"),
            &email },
        { CaseField::RequesterPhone, "requester_phone", K::Text, G::Requester, TR("requester's phone"), TR("Phone"),
            &phone },
    };
#undef TR
    return fields;
}

const CaseFieldInfo &caseFieldInfo(CaseField field)
{
    return caseFields()[int(field)];
}

const CaseFieldInfo *findCaseField(const QString &code)
{
    for (const CaseFieldInfo &f : caseFields())
        if (code == QLatin1String(f.code))
            return &f;
    return nullptr;
}

QStringList editableCaseFieldCodes()
{
    QStringList out;
    for (const CaseFieldInfo &f : caseFields())
        out << QString::fromLatin1(f.code);
    return out;
}

QVector<const CaseFieldInfo *> caseFieldsIn(CaseFieldGroup group)
{
    QVector<const CaseFieldInfo *> out;
    for (const CaseFieldInfo &f : caseFields())
        if (f.group == group)
            out << &f;
    return out;
}

QString caseFieldShown(const CaseFieldInfo &field, const QVariant &stored)
{
    return field.shown ? field.shown(stored) : stored.toString();
}

QString caseFieldLabel(const CaseFieldInfo &field)
{
    return QCoreApplication::translate("CaseField", field.label);
}

QString caseFieldFormLabel(const CaseFieldInfo &field)
{
    return QCoreApplication::translate("CaseField", field.formLabel);
}

QVector<CaseChoice> casePriorityChoices()
{
    QVector<CaseChoice> out;
    for (const CasePriority p : { CasePriority::Low, CasePriority::Normal, CasePriority::High, CasePriority::Urgent })
        out.append({ casePriorityCode(p), casePriorityName(p) });
    return out;
}

QVector<CaseChoice> caseStageChoices()
{
    QVector<CaseChoice> out { { u"0"_s, QCoreApplication::translate("CaseField", "—") } };
    for (int i = 1; i <= 3; ++i)
        out.append({ QString::number(i), QCoreApplication::translate("CaseField", "Stage %1").arg(i) });
    return out;
}

bool stageApplies(const QString &typeCode, int currentStage)
{
    return typeCode == u"performance-concern"_s || currentStage > 0;
}

Error invalidCaseField(const QString &field, const QString &message)
{
    Error e = makeError(ErrorCode::Invalid, message);
    e.field = field;
    return e;
}

Result<QVariantMap> validateCaseEdit(const QVariantMap &typed, const QDate &today)
{
    QVariantMap out;
    for (auto it = typed.begin(); it != typed.end(); ++it) {
        const CaseFieldInfo *f = findCaseField(it.key());
        if (!f)
            return invalidCaseField(it.key(),
                u"'%1' cannot be changed here (editable: %2)."_s.arg(it.key(), editableCaseFieldCodes().join(u", "_s)));
        Result<QVariant> v = f->validate(it.value().toString().trimmed(), today);
        if (!v)
            return v.error();
        out.insert(it.key(), v.value());
    }
    if (out.isEmpty())
        return invalidCaseField(QString(), u"Nothing to change."_s);
    return out;
}

Result<QVariantMap> validateNewCaseFields(const QVariantMap &typed, const QDate &today)
{
    QVariantMap out;
    for (auto it = typed.begin(); it != typed.end(); ++it) {
        const CaseFieldInfo *f = findCaseField(it.key());
        if (!f || f->group != CaseFieldGroup::Requester) {
            QStringList codes;
            for (const CaseFieldInfo *r : caseFieldsIn(CaseFieldGroup::Requester))
                codes << QString::fromLatin1(r->code);
            return invalidCaseField(it.key(),
                u"'%1' cannot be given when opening a case (these can: %2)."_s.arg(it.key(), codes.join(u", "_s)));
        }
        const QString text = it.value().toString().trimmed();
        if (text.isEmpty())
            continue;
        Result<QVariant> v = f->validate(text, today);
        if (!v)
            return v.error();
        out.insert(it.key(), v.value());
    }
    return out;
}

Result<CaseEditPlan> planCaseEdit(const CaseEditState &now, const QVariantMap &validated, const QDate &today)
{
    CaseEditPlan plan;
    plan.changes = validated;
    plan.newType = validated.value(u"type"_s, now.typeCode).toString();
    plan.typeChanged = plan.newType != now.typeCode;
    if (plan.typeChanged && !plan.changes.contains(u"activity_key"_s)) {
        CaseType t;
        caseTypeFromCode(plan.newType, &t);
        plan.changes.insert(u"activity_key"_s, QString::fromLatin1(caseTypeInfo(t).activityKey));
    }
    plan.receivedChanged = validated.contains(u"received_on"_s);
    plan.received = plan.receivedChanged ? QDate::fromString(validated.value(u"received_on"_s).toString(), Qt::ISODate)
                                         : now.received;
    if (plan.receivedChanged) {
        for (const CaseEvent &e : now.timeline) {
            if (e.kind != CaseEventKind::Received && e.on < plan.received)
                return invalidCaseField(u"received_on"_s,
                    u"The timeline has a %1 event on %2, before %3."_s.arg(
                        caseEventCode(e.kind), formatDate(e.on), formatDate(plan.received)));
        }
    }
    const QDate on = std::max(today, plan.received);
    if (plan.typeChanged) {
        CaseEvent e;
        e.kind = CaseEventKind::TypeChanged;
        e.on = on;
        e.detail = u"%1 -> %2"_s.arg(now.typeCode, plan.newType);
        plan.events.append(e);
    }
    if (validated.contains(u"officer"_s) && validated.value(u"officer"_s).toString() != now.officer) {
        CaseEvent e;
        e.kind = CaseEventKind::Reassigned;
        e.on = on;
        e.detail = validated.value(u"officer"_s).toString();
        e.note = u"from %1"_s.arg(now.officer);
        plan.events.append(e);
    }
    return plan;
}

} // namespace hub

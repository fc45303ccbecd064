#include "core/cases/case_fields.h"

#include "core/cases/case_status.h"
#include "core/cases/case_type.h"
#include "core/common/format.h"

#include <QCoreApplication>
#include <algorithm>

namespace hub {

#define S QStringLiteral

namespace {

Result<QVariant> text(const QString &typed, const QDate &)
{
    return QVariant(typed);
}

Result<QVariant> title(const QString &typed, const QDate &)
{
    if (typed.isEmpty())
        return invalidCaseField(S("title"), S("A case needs a title."));
    return QVariant(typed);
}

Result<QVariant> priority(const QString &typed, const QDate &)
{
    CasePriority p;
    if (!casePriorityFromCode(typed, &p))
        return invalidCaseField(S("priority"), S("'%1' is not low, normal, high or urgent.").arg(typed));
    return QVariant(typed);
}

Result<QVariant> type(const QString &typed, const QDate &)
{
    CaseType t;
    if (!caseTypeFromCode(typed, &t))
        return invalidCaseField(S("type"), S("'%1' is not a case type (%2).").arg(typed, caseTypeCodes().join(S(", "))));
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
        return invalidCaseField(S("stage"), S("The stage is 0, 1, 2 or 3."));
    return QVariant(n);
}

Result<QVariant> received(const QString &typed, const QDate &today)
{
    const QDate r = parseDate(typed);
    if (!r.isValid() || r > today)
        return invalidCaseField(S("received_on"), S("'%1' is not a date on or before today.").arg(typed));
    return QVariant(r.toString(Qt::ISODate));
}

} // namespace

const QVector<CaseFieldInfo> &caseFields()
{
    static const QVector<CaseFieldInfo> fields{
        {CaseField::Title, "title", CaseFieldKind::Text, QT_TRANSLATE_NOOP("CaseField", "title"), &title},
        {CaseField::Description, "description", CaseFieldKind::LongText, QT_TRANSLATE_NOOP("CaseField", "description"), &text},
        {CaseField::Officer, "officer", CaseFieldKind::Text, QT_TRANSLATE_NOOP("CaseField", "officer"), &text},
        {CaseField::Priority, "priority", CaseFieldKind::Choice, QT_TRANSLATE_NOOP("CaseField", "priority"), &priority},
        {CaseField::Type, "type", CaseFieldKind::Choice, QT_TRANSLATE_NOOP("CaseField", "type"), &type},
        {CaseField::PracticeOds, "practice_ods", CaseFieldKind::Code, QT_TRANSLATE_NOOP("CaseField", "practice"), &practice},
        {CaseField::ActivityKey, "activity_key", CaseFieldKind::Code, QT_TRANSLATE_NOOP("CaseField", "activity"), &text},
        {CaseField::Stage, "stage", CaseFieldKind::Integer, QT_TRANSLATE_NOOP("CaseField", "stage"), &stage},
        {CaseField::ReceivedOn, "received_on", CaseFieldKind::Date, QT_TRANSLATE_NOOP("CaseField", "received date"), &received},
    };
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

QVector<CaseChoice> casePriorityChoices()
{
    QVector<CaseChoice> out;
    for (const CasePriority p : {CasePriority::Low, CasePriority::Normal, CasePriority::High, CasePriority::Urgent})
        out.append({casePriorityCode(p), casePriorityName(p)});
    return out;
}

QVector<CaseChoice> caseStageChoices()
{
    QVector<CaseChoice> out{{S("0"), QCoreApplication::translate("CaseField", "—")}};
    for (int i = 1; i <= 3; ++i)
        out.append({QString::number(i), QCoreApplication::translate("CaseField", "Stage %1").arg(i)});
    return out;
}

bool stageApplies(const QString &typeCode, int currentStage)
{
    return typeCode == S("performance-concern") || currentStage > 0;
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
            return invalidCaseField(it.key(), S("'%1' cannot be changed here (editable: %2).")
                                                  .arg(it.key(), editableCaseFieldCodes().join(S(", "))));
        Result<QVariant> v = f->validate(it.value().toString().trimmed(), today);
        if (!v)
            return v.error();
        out.insert(it.key(), v.value());
    }
    if (out.isEmpty())
        return invalidCaseField(QString(), S("Nothing to change."));
    return out;
}

Result<CaseEditPlan> planCaseEdit(const CaseEditState &now, const QVariantMap &validated, const QDate &today)
{
    CaseEditPlan plan;
    plan.changes = validated;
    plan.newType = validated.value(S("type"), now.typeCode).toString();
    plan.typeChanged = plan.newType != now.typeCode;
    if (plan.typeChanged && !plan.changes.contains(S("activity_key"))) {
        CaseType t;
        caseTypeFromCode(plan.newType, &t);
        plan.changes.insert(S("activity_key"), QString::fromLatin1(caseTypeInfo(t).activityKey));
    }
    plan.receivedChanged = validated.contains(S("received_on"));
    plan.received = plan.receivedChanged ? QDate::fromString(validated.value(S("received_on")).toString(), Qt::ISODate)
                                         : now.received;
    if (plan.receivedChanged) {
        for (const CaseEvent &e : now.timeline) {
            if (e.kind != CaseEventKind::Received && e.on < plan.received)
                return invalidCaseField(S("received_on"), S("The timeline has a %1 event on %2, before %3.")
                                                              .arg(caseEventCode(e.kind), formatDate(e.on), formatDate(plan.received)));
        }
    }
    const QDate on = std::max(today, plan.received);
    if (plan.typeChanged) {
        CaseEvent e;
        e.kind = CaseEventKind::TypeChanged;
        e.on = on;
        e.detail = S("%1 -> %2").arg(now.typeCode, plan.newType);
        plan.events.append(e);
    }
    if (validated.contains(S("officer")) && validated.value(S("officer")).toString() != now.officer) {
        CaseEvent e;
        e.kind = CaseEventKind::Reassigned;
        e.on = on;
        e.detail = validated.value(S("officer")).toString();
        e.note = S("from %1").arg(now.officer);
        plan.events.append(e);
    }
    return plan;
}

#undef S

} // namespace hub

#pragma once
// A case's editable fields, once: the code (the case_record column, the
// CLI's FIELD=VALUE name), the kind of value, the label people see, and the
// validator turning typed text into the stored value, or an error naming the
// field. The repository, the case editor, the new-case dialog and the CLI all
// read this table; planCaseEdit() adds the rules that span fields and the
// timeline events an edit implies. See docs/architecture.md "Adding a case field".

#include "core/cases/case_event.h"
#include "core/common/result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace hub
{

enum class CaseField {
    Title,
    Description,
    Officer,
    Priority,
    Type,
    PracticeOds,
    ActivityKey,
    Stage,
    ReceivedOn,
    RequesterName,
    RequesterOrganisation,
    RequesterEmail,
    RequesterPhone,
};

enum class CaseFieldKind { Text, LongText, Choice, Code, Integer, Date };

// Case fields are placed on the screens one by one. Requester fields (who
// asked, and how to reach them) are shown as one group wherever the case's
// requester is: the editor's header form, the new-case dialog and
// `case add --requester-name ...`, so a new one needs no screen code.
enum class CaseFieldGroup { Case, Requester };

struct CaseFieldInfo {
    CaseField field;
    const char *code; // column, FIELD= name, JSON "fields" key and letter merge field: "title"
    CaseFieldKind kind;
    CaseFieldGroup group;
    const char *label; // shown, lower case as in "Change title of ...": "title"
    const char *formLabel; // beside the box on a form: "Title"
    // Trimmed typed text -> the stored value, or an Invalid error with `field` set.
    Result<QVariant> (*validate)(const QString &typed, const QDate &today);
    // The stored value in words, as a letter prints it (null: the stored text).
    QString (*shown)(const QVariant &stored) = nullptr;
};

// Every editable field, in the order the CLI lists them.
const QVector<CaseFieldInfo> &caseFields();
const CaseFieldInfo &caseFieldInfo(CaseField field);
// Null for a code that is not an editable field.
const CaseFieldInfo *findCaseField(const QString &code);
QStringList editableCaseFieldCodes();
// The fields of one group, in table order.
QVector<const CaseFieldInfo *> caseFieldsIn(CaseFieldGroup group);
// The stored value in words (CaseFieldInfo::shown, else the text as stored).
QString caseFieldShown(const CaseFieldInfo &field, const QVariant &stored);
// The label translated, for screens.
QString caseFieldLabel(const CaseFieldInfo &field);
QString caseFieldFormLabel(const CaseFieldInfo &field);

// The choices of the Choice fields, as stored code and shown label.
struct CaseChoice {
    QString code;
    QString label;
};
QVector<CaseChoice> casePriorityChoices(); // low, normal, high, urgent
// Stages 1-3 of a performance concern; 0 ("—") for none.
QVector<CaseChoice> caseStageChoices();
// A stage means something only for a performance concern (or a case that already has one).
bool stageApplies(const QString &typeCode, int currentStage);

// An Invalid error for `field` (the field code, or "" for the edit as a whole).
Error invalidCaseField(const QString &field, const QString &message);

// Step 1 of an edit: each typed value checked by its field's validator.
// Unknown fields and an empty edit are refused. Returns the stored values.
Result<QVariantMap> validateCaseEdit(const QVariantMap &typed, const QDate &today);

// The further fields a new case may be opened with (the requester group,
// NewCase::fields), each checked by its validator; empty values are dropped.
Result<QVariantMap> validateNewCaseFields(const QVariantMap &typed, const QDate &today);

// Step 2, against the case as stored (inside the write transaction): the
// changes to write and the timeline events they imply (a type change is
// recorded, a new officer is "reassigned", a new receipt date moves the
// received event and may not pass a later event).
struct CaseEditState {
    QString typeCode;
    QString officer;
    QDate received;
    QVector<CaseEvent> timeline;
};
struct CaseEditPlan {
    QVariantMap changes; // validated values plus implied ones (activity_key for a new type)
    QString newType; // the type after the edit
    QDate received; // the receipt date after the edit
    bool typeChanged = false;
    bool receivedChanged = false;
    QVector<CaseEvent> events; // to add: type changed, reassigned
};
Result<CaseEditPlan> planCaseEdit(const CaseEditState &now, const QVariantMap &validated, const QDate &today);

} // namespace hub

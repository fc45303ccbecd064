#pragma once
// A CCG's fields, once: the code (the ccg column and the CLI's FIELD=VALUE
// name), the label people see, and whether it must be filled. The repository,
// the Add / Edit CCG dialogs and `hubcase-cli ccg add|edit` all validate here,
// so a bad value is refused with the same message, naming the field, everywhere.

#include "core/catalogue/catalogue.h"
#include "core/common/result.h"

#include <QDate>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace hub
{

struct CcgFieldInfo {
    const char *code; // "hub_contracting_lead"
    const char *label; // "Hub contracting lead"
    bool required;
};

// The editable fields in the order the dialogs and the CLI list them:
// name, short_name, locality, hub_contracting_lead, hub_finance_lead, ccg_lead.
const QVector<CcgFieldInfo> &ccgFields();
// Null for a code that is not an editable field.
const CcgFieldInfo *findCcgField(const QString &code);
QStringList ccgFieldCodes();

// Longest value a CCG field (or its code) may hold.
inline constexpr int kCcgFieldMaxLength = 200;

// An Invalid error naming `field` ("code" or a field code).
Error invalidCcgField(const QString &field, const QString &message);

// A CCG's ODS code: three letters or digits ("05X"); returned upper-cased.
Result<QString> validateCcgCode(const QString &typed);

// Each typed value trimmed and checked against its field. Unknown fields and
// an empty edit are refused. Returns the values to store.
Result<QVariantMap> validateCcgEdit(const QVariantMap &typed);

// A CCG to add: its code, its fields (a name is required) and the
// co-commissioning level it starts at (from `levelFrom`; null = as far back as known).
struct NewCcg {
    QString code;
    QVariantMap fields;
    CommissioningLevel level = CommissioningLevel::GreaterCollaboration;
    QDate levelFrom;
};
// The new CCG with its code upper-cased and its fields validated.
Result<NewCcg> validateNewCcg(const NewCcg &typed);

} // namespace hub

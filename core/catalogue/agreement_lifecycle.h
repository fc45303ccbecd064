#pragma once
// An agreement after signing: extensions agreed and notices of withdrawal
// given (the seeds' "Period of the Agreement"), checked before they are
// recorded, and the end date they leave the agreement with.

#include "core/catalogue/catalogue.h"
#include "core/common/result.h"

namespace hub
{

QString agreementEventKindCode(AgreementEventKind kind); // "extension", "notice"
bool agreementEventKindFromCode(const QString &code, AgreementEventKind *out);

// The end in force after every extension (the period end when none) and
// before any notice: the date an extension must move on from.
QDate extendedEnd(const Agreement &agreement);
// The end in force: the extended end, or a notice's effective end when earlier.
QDate effectiveEnd(const Agreement &agreement);
// The day a notice given on `givenOn` takes effect: givenOn plus the notice
// months (6 in the core principles). Null when the agreement sets no notice period.
QDate noticeEffectiveEnd(const Agreement &agreement, const QDate &givenOn);

// An extension agreed on `agreedOn` to `newEnd`; refused, naming the field,
// when a date is missing, the new end is not after the end in force, or the
// agreement has already ended by notice. `late` is set when it was agreed
// after the "agree any extension by" date (recorded, and said so).
Status checkExtension(const Agreement &agreement, const QDate &agreedOn, const QDate &newEnd, const QString &by);
bool extensionLate(const Agreement &agreement, const QDate &agreedOn);
// A notice given by `party` on `givenOn`; refused when the agreement sets no
// notice period, the party is not one of its parties, or notice is already given.
Status checkNotice(const Agreement &agreement, const QString &party, const QDate &givenOn);
// A written confirmation; refused without a party and a date.
Status checkConfirmation(const Agreement &agreement, const AgreementConfirmation &confirmation);

// One line for the agreement's history: "Extension agreed on 01/09/2015 by ...: ends 31/03/2017".
QString describeEvent(const Agreement &agreement, const AgreementEvent &event);

} // namespace hub

#pragma once
// Each CCG's own specification of the activities the MoU leaves to individual
// determination, and the "Approved by" block it is signed off with.

#include "core/catalogue/catalogue.h"
#include "core/common/record_meta.h"
#include "core/common/result.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace hub
{

enum class Determination { Undetermined, HubDelivers, CcgDelivers, HubSupports };

QString determinationCode(Determination d); // "", "hub-delivers", "ccg-delivers", "hub-supports"
QString determinationName(Determination d); // "Hub delivers", ...
Determination determinationFromCode(const QString &code);

enum class SpecStatus { Draft, Agreed };
QString specStatusCode(SpecStatus s); // "draft" / "agreed"
QString specStatusName(SpecStatus s); // "Draft" / "Agreed"

struct SpecItem {
    QString activityKey; // "VIII.4"
    Determination determination = Determination::Undetermined;
    QString note;
    RecordMeta meta;
};

struct CcgSpecification {
    QString ccgCode;
    QString agreementKey;
    SpecStatus status = SpecStatus::Draft;
    QString ccgLeadName;
    QString ccgLeadDesignation;
    QDate ccgLeadSignedOn;
    QString directorName;
    QString directorDesignation;
    QDate directorSignedOn;
    QString notes;
    QVector<SpecItem> items;
    RecordMeta meta;

    const SpecItem *item(const QString &activityKey) const;
    int undeterminedCount() const;
};

// The activities a CCG must determine (Activity::needsDetermination: TBC
// rows, and rows shared between the CCG ☒ and the Hub CORE/SUPPORT).
QVector<const Activity *> determinableActivities(const Catalogue &catalogue);

// The default a new specification starts from, read off the seed's markers:
// TBC -> undetermined, ☒ + SUPPORT -> Hub supports CCG, ☒ + CORE -> Hub delivers.
Determination defaultDetermination(const Activity &activity);

// Why a specification cannot be marked agreed yet (empty list = it can).
QStringList agreementBlockers(const CcgSpecification &spec);

} // namespace hub

#pragma once
// How far a new office has got with setting itself up, read from the file:
// the CCGs it serves, their Hub leads, its practices and its backup folder.
// My work's first-run checklist ticks each step from this.

#include "core/common/result.h"

#include <QString>

namespace hub::db
{

class OfficeFile;

struct OfficeSetup {
    int ccgs = 0;
    int ccgsWithoutLeads = 0; // no Hub contracting lead or no Hub finance lead
    QString firstCcgWithoutLeads; // its code, by code order; empty when none
    int practices = 0;
    QString backupFolder;

    bool ccgsDone() const { return ccgs > 0; }
    // The Hub names a contracting and a finance lead for every CCG (MoU 3.4);
    // the CCG's own lead is recorded when its specification is signed.
    bool leadsDone() const { return ccgs > 0 && ccgsWithoutLeads == 0; }
    bool practicesDone() const { return practices > 0; }
    bool backupDone() const { return !backupFolder.isEmpty(); }
    int doneCount() const { return int(ccgsDone()) + int(leadsDone()) + int(practicesDone()) + int(backupDone()); }
    bool allDone() const { return doneCount() == 4; }
};

Result<OfficeSetup> readOfficeSetup(const OfficeFile &file);

} // namespace hub::db

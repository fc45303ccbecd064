#pragma once
// One entry in a case's timeline. Clock events (acknowledged, updated,
// responded, paused, resumed, closed) drive the service clocks; the others
// (type changed, reassigned, note, letter) are the record of what happened.

#include "core/common/record_meta.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace hub
{

enum class CaseEventKind {
    Received,
    Acknowledged,
    Updated,
    Responded,
    Paused,
    Resumed,
    Closed,
    TypeChanged,
    Reassigned,
    Note,
    Letter,
};

QString caseEventCode(CaseEventKind k); // "acknowledged", "type-changed", ...
bool caseEventFromCode(const QString &code, CaseEventKind *out);
QStringList caseEventCodes();
// The events a user may add directly (the CLI's EVENT word).
bool isUserClockEvent(CaseEventKind k);

struct CaseEvent {
    CaseEventKind kind = CaseEventKind::Note;
    QDate on; // the day it happened (the clock's unit)
    QString exclusionCode; // paused only
    QString note;
    QString detail; // type changed: "old-code -> new-code"; reassigned: new officer
    QString actor; // who recorded it
    // closed only: what came of the case, and for a provider query whether
    // the practice had a full response (unset when not asked)
    QString outcome;
    std::optional<bool> fullResponse;
    // acknowledged, Data and Information standard only: "when the information
    // will reasonably be made available" (core principles, standard 2)
    QDate availableBy;
    QString unknownKind; // the stored kind when this version does not know it (read as a note)
    RecordMeta meta;
};

// The kind as shown: its code, or "Unknown (code)" for a kind a newer Hubcase may add.
QString caseEventLabel(const CaseEvent &event);

// The day the case's acknowledgement said the information will be available; null when none did.
QDate informationAvailableBy(const QVector<CaseEvent> &timeline);

// Timeline order: by date, then the order recorded (stable for same-day events).
QVector<CaseEvent> sortedTimeline(QVector<CaseEvent> events);

} // namespace hub

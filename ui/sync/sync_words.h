#pragma once
// The Office sync page in plain words: what the user needs to know about the
// exchange with other offices ("You have not exchanged changes with another
// office yet", "3 changes waiting to go to DUD", "In step with DUD as of
// 14:02"), read off db::SyncStatus. Identifiers stay out of these sentences.

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hub::db
{
struct PeerStatus;
struct SyncStatus;
}

namespace hub::ui::syncwords
{

// One sentence per other office heard from, or one saying none has been.
QStringList headline(const db::SyncStatus &status, const QDateTime &now);
// This office's changes not yet sent: "3 changes waiting to go to DUD".
QString pending(const db::SyncStatus &status);
// Where this office stands with one other office.
QString peerState(const db::PeerStatus &peer, bool nothingPending, const QDateTime &now);
// A stored UTC time as the user reads it: "14:02" today, else "12/03/2026 14:02"; `never` when none.
QString when(const QString &isoUtc, const QDateTime &now, const QString &never = QString());
// "DUD", "DUD and WOL", "DUD, WOL and SAN"; "other offices" when there are none.
QString offices(const QVector<db::PeerStatus> &peers);

} // namespace hub::ui::syncwords
